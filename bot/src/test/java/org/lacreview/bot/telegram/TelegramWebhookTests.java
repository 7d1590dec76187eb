package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram bot in webhook mode: Telegram (here the test) posts updates to the app
 * with the shared secret; a request without it is refused before its body is read, and a
 * body over the cap on any spelling of the path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class TelegramWebhookTests {

	static final FakeBotApi telegram = new FakeBotApi();

	static final String SECRET = "webhook-Secret_42";

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	private HttpResponse<String> post(String secret, String update) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(update));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		// A connection per update, as Telegram's servers use: the bot closes the
		// connection of a request whose body
		// it refused unread (UnreadBodyValve), and Java's client does not resend a POST
		// on a connection closed
		// under it, so a shared pooled connection would make the next update fail at
		// random.
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String update(String withoutId) {
		return "{\"update_id\":" + telegram.nextUpdateId() + "," + withoutId.substring(1);
	}

	@Test
	void theWebhookIsRegisteredWithItsSecretAtStartUp() {
		FakeBotApi.Call registration = FakeBotApi
			.await(() -> telegram.calls("setwebhook"), l -> !l.isEmpty(), Duration.ofSeconds(20))
			.get(0);
		assertThat(registration.body()).contains("https://bot.example.org/telegram/webhook").contains(SECRET);
		assertThat(telegram.calls("getupdates")).isEmpty();
	}

	@Test
	void anUpdateWithAWrongOrMissingSecretIsRefusedAndNothingIsProcessed() throws Exception {
		HttpResponse<String> wrong = post("not-the-secret",
				update(Updates.privateText(3001, "es", "¿Quién organizó la reunión?")));
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(wrong.body()).path("detail").asString()).contains("X-Telegram-Bot-Api-Secret-Token");
		assertThat(JSON.readTree(wrong.body()).path("error").asString()).isEqualTo("forbidden");
		assertThat(post(null, update(Updates.privateText(3001, "es", "¿Quién organizó la reunión?"))).statusCode())
			.isEqualTo(403);
		// The chat's next update is answered; had the refused ones been processed, their
		// answers would come first.
		assertThat(post(SECRET, update(Updates.privateText(3001, "es", "¿Cuándo fue la reunión?"))).statusCode())
			.isEqualTo(200);
		var sent = telegram.awaitSent(3001, 1);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).text()).contains("28 de abril");
	}

	@Test
	void anUpdateWithTheRightSecretIsAnswered() throws Exception {
		HttpResponse<String> response = post(SECRET,
				update(Updates.privateText(3002, "en", "Who organised the meeting?")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(telegram.awaitSent(3002, 1).get(0).text()).contains("IOM").contains("ECLAC");
	}

	@Test
	void anUpdateDeliveredThreeTimesIsAnsweredOnce() throws Exception {
		String update = update(Updates.privateText(3003, "es", "¿Cuándo fue la reunión?"));
		for (int i = 0; i < 3; i++) {
			assertThat(post(SECRET, update).statusCode()).isEqualTo(200);
		}
		// The chat's updates are answered in order: a repeat answered would come before
		// the next update's answer.
		assertThat(post(SECRET, update(Updates.privateText(3003, "en", "Who organised the meeting?"))).statusCode())
			.isEqualTo(200);
		var sent = FakeBotApi.await(() -> telegram.sent(3003), l -> l.stream().anyMatch(c -> c.text().contains("IOM")),
				Duration.ofSeconds(20));
		assertThat(sent.stream().filter(c -> c.text().contains("28 de abril"))).hasSize(1);
	}

	@Test
	void aBodyThatIsNotAnUpdateIsABadRequest() throws Exception {
		HttpResponse<String> response = post(SECRET, "{\"hello\":");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("not a Telegram update");
		assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(400);
	}

	// Against a stranger: only headers are sent, so a server that waited for the body
	// would leave the 3-second
	// read to time out.

	/**
	 * Sends only the head of a POST and returns the response's status code, waiting at
	 * most 3 s.
	 */
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
