package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.ProblemAssertions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The webhook with its one worker stuck on a Telegram that does not answer and its queue
 * of one update full: the next update is refused with 503 as a problem, so that Telegram
 * sends it again later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.telegram.workers=1",
				"chatbot.telegram.queue-per-worker=1" })
@DirtiesContext
class WebhookBusyTests {

	static final FakeBotApi telegram = new FakeBotApi();

	static final String SECRET = "busy-webhook-Secret_7";

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("chatbot.telegram.token", () -> "765432:busy-webhook-token");
		registry.add("chatbot.telegram.api-url", telegram::url);
		registry.add("chatbot.telegram.mode", () -> "webhook");
		registry.add("chatbot.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
		registry.add("chatbot.telegram.webhook-secret", () -> SECRET);
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

	private HttpResponse<String> deliver(String text) throws Exception {
		String update = Updates.privateText(4001, "es", text);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
				.header("Content-Type", "application/json")
				.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"update_id\":" + telegram.nextUpdateId() + "," + update.substring(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anUpdateBeyondAFullQueueIsAServiceUnavailableProblem() throws Exception {
		telegram.hang("sendMessage");
		assertThat(deliver("hola").statusCode()).isEqualTo(200);
		FakeBotApi.await(telegram::held, n -> n >= 1, Duration.ofSeconds(30));
		assertThat(deliver("¿y ahora?").statusCode()).as("queued behind the stuck one").isEqualTo(200);

		HttpResponse<String> refused = deliver("¿y ahora qué?");

		ProblemAssertions.assertProblem(refused.statusCode(), refused.headers().firstValue("Content-Type").orElse(""),
				refused.body(), 503, "unavailable");
		telegram.release();
	}

}
