package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The webhook against a stranger: a request without the secret is refused before its body is read, and a body
 * over the cap is refused on any spelling of the path. Only headers are sent, so a server that waited for the
 * body would leave the test's 3-second read to time out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class WebhookIngressTests {

	static final FakeBotApi telegram = new FakeBotApi();

	static final String SECRET = "webhook-Secret_42";

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("chatbot.telegram.token", () -> "654321:webhook-test-token");
		registry.add("chatbot.telegram.api-url", telegram::url);
		registry.add("chatbot.telegram.mode", () -> "webhook");
		registry.add("chatbot.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
		registry.add("chatbot.telegram.webhook-secret", () -> SECRET);
	}

	@TestConfiguration
	static class FakeLifecycle {

		@Bean
		DisposableBean stopFakeBotApi() {
			return telegram::close;
		}
	}

	@LocalServerPort
	int port;

	/** Sends only the head of a POST and returns the response's status code, waiting at most 3 s. */
	private int headOnly(String path, String secret, int contentLength) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
			socket.setSoTimeout(3000);
			String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ (secret == null ? "" : "X-Telegram-Bot-Api-Secret-Token: " + secret + "\r\n") + "Content-Length: "
					+ contentLength + "\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
			byte[] status = socket.getInputStream().readNBytes(12);
			return Integer.parseInt(new String(status, StandardCharsets.ISO_8859_1).substring(9, 12));
		}
	}

	@Test
	void aWrongOrMissingSecretIsRefusedBeforeTheBodyIsRead() throws IOException {
		assertThat(headOnly("/telegram/webhook", "not-the-secret", 60_000)).isEqualTo(403);
		assertThat(headOnly("/telegram/webhook", null, 60_000)).isEqualTo(403);
	}

	@Test
	void aBodyOverTheCapIsRefusedOnAPercentEncodedPath() throws IOException {
		assertThat(headOnly("/%74elegram/webhook", "not-the-secret", 60_000_000)).isEqualTo(413);
		assertThat(headOnly("/%74elegram/webhook", SECRET, 60_000_000)).isEqualTo(413);
	}
}
