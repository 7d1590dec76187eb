package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Telegram that accepts requests and never answers does not slow the web chat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@DirtiesContext
class TelegramHangTests {

	static final FakeBotApi telegram = new FakeBotApi();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("chatbot.telegram.token", () -> "777:hanging-telegram");
		registry.add("chatbot.telegram.api-url", telegram::url);
	}

	@TestConfiguration
	static class FakeLifecycle {

		@Bean
		DisposableBean stopFakeBotApi() {
			return () -> {
				telegram.release();
				telegram.close();
			};
		}

	}

	@LocalServerPort
	int port;

	private long chatMillis(HttpClient http, int i) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"sessionId\":\"hang-" + i + "\",\"message\":\"¿Cuándo fue la reunión?\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("28 de abril");
		return (System.nanoTime() - start) / 1_000_000;
	}

	@Test
	void theWebChatAnswersAtItsUsualSpeedWhileTelegramHangs() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 20; i++) {
			chatMillis(http, i);
		}
		telegram.hang("sendMessage");
		for (int chat = 0; chat < 8; chat++) {
			telegram.enqueue(Updates.privateText(5000 + chat, "es", "¿Cuándo fue la reunión?"));
		}
		FakeBotApi.await(telegram::held, n -> n >= 4, Duration.ofSeconds(30));
		List<Long> during = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			during.add(chatMillis(http, 100 + i));
		}
		assertThat(telegram.held()).as("Telegram still hanging while the web chat answered").isGreaterThanOrEqualTo(4);
		during.sort(null);
		assertThat(during.get(during.size() / 2)).as("median web answer while Telegram hangs, ms").isLessThan(200);
		assertThat(during.get(during.size() - 1)).as("slowest web answer while Telegram hangs, ms").isLessThan(1000);
		telegram.release();
		assertThat(telegram.awaitSent(5000, 1).get(0).text()).contains("28 de abril");
	}

}
