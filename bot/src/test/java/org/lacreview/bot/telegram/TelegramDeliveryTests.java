package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;

/**
 * Instances behind one webhook URL sharing one PostgreSQL database
 * ({@code chatbot.context.store=database}): an update delivered to several of them is
 * answered once, and the updates an instance took in but could not answer before it
 * stopped (Telegram unreachable) are answered by the next instance to start; the same for
 * one instance on the embedded database.
 */
class TelegramDeliveryTests {

	static final FakeBotApi telegram = new FakeBotApi();

	static final String SECRET = "delivery-test-secret-0123";

	@AfterAll
	static void stopFakeBotApi() {
		telegram.close();
	}

	private static final String[] TELEGRAM = { "chatbot.telegram.token=24680:delivery",
			"chatbot.telegram.api-url=" + telegram.url(), "chatbot.telegram.mode=webhook",
			"chatbot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
			"chatbot.telegram.webhook-secret=" + SECRET, "chatbot.telegram.shutdown-grace=1s",
			"chatbot.telegram.max-backoff=1s", "chatbot.telegram.send-attempts=1000" };

	/**
	 * Instances sharing a new PostgreSQL database, and conversations and update ids in
	 * it.
	 */
	private static String[] instance(String database) {
		List<String> properties = new ArrayList<>(List.of(TELEGRAM));
		properties.add("chatbot.context.store=database");
		return RunningApp.postgres(database, properties.toArray(String[]::new));
	}

	/** One instance at a time on an H2 file, as shipped: update ids in memory. */
	private static String[] embedded(Path dir) {
		List<String> properties = new ArrayList<>(List.of(TELEGRAM));
		properties.add("spring.datasource.url=jdbc:h2:file:" + dir.resolve("chatbot").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		return properties.toArray(String[]::new);
	}

	private static int post(RunningApp app, String update) {
		return app
			.send(HttpRequest.newBuilder(URI.create(app.url("/telegram/webhook")))
				.header("Content-Type", "application/json")
				.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
				.POST(HttpRequest.BodyPublishers.ofString(update)), false)
			.statusCode();
	}

	private static String update(String withoutId) {
		return "{\"update_id\":" + telegram.nextUpdateId() + "," + withoutId.substring(1);
	}

	/**
	 * Waits until {@code chatId} got a message containing each of {@code texts}, and
	 * returns what it got.
	 */
	private static List<FakeBotApi.Call> awaitAnswers(long chatId, String... texts) {
		return FakeBotApi.await(() -> telegram.sent(chatId),
				sent -> List.of(texts).stream().allMatch(t -> sent.stream().anyMatch(c -> c.text().contains(t))),
				Duration.ofSeconds(30));
	}

	private static long containing(List<FakeBotApi.Call> sent, String text) {
		return sent.stream().filter(c -> c.text().contains(text)).count();
	}

	@OnPostgres
	@Test
	void anUpdateDeliveredToTwoInstancesIsAnsweredOnce() {
		String[] shared = instance(TestPostgres.newDatabase());
		try (RunningApp a = RunningApp.start(shared); RunningApp b = RunningApp.start(shared)) {
			String update = update(Updates.privateText(8001, "es", "¿Cuándo fue la reunión?"));
			assertThat(post(a, update)).isEqualTo(200);
			assertThat(post(b, update)).isEqualTo(200);
			assertThat(post(a, update)).isEqualTo(200);
			// Each instance answers one chat in order: a repeat either answered would
			// come before its next update.
			assertThat(post(a, update(Updates.privateText(8001, "en", "Who organised the meeting?")))).isEqualTo(200);
			assertThat(
					post(b, update(Updates.privateText(8001, "es", "¿Cuántos se conectaron por Zoom el 26 de abril?"))))
				.isEqualTo(200);
			List<FakeBotApi.Call> sent = awaitAnswers(8001, "28 de abril", "IOM", "691");
			assertThat(containing(sent, "28 de abril")).isEqualTo(1);
		}
	}

	@OnPostgres
	@Test
	void updatesNotAnsweredWhenAnInstanceStopsAreAnsweredByTheNextOneToStart() {
		stopWithTelegramDownThenStartAgain(instance(TestPostgres.newDatabase()), 8101);
	}

	@Test
	void updatesNotAnsweredWhenTheEmbeddedDatabaseAppStopsAreAnsweredWhenItStartsAgain(@TempDir Path dir) {
		stopWithTelegramDownThenStartAgain(embedded(dir), 8201);
	}

	/**
	 * Chats {@code chat} and {@code chat + 1} ask while Telegram is down and the instance
	 * stops; the next answers.
	 */
	private static void stopWithTelegramDownThenStartAgain(String[] properties, long chat) {
		telegram.down("sendMessage");
		try {
			RunningApp a = RunningApp.start(properties);
			try {
				assertThat(post(a, update(Updates.privateText(chat, "es", "¿Cuándo fue la reunión?")))).isEqualTo(200);
				assertThat(post(a, update(Updates.privateText(chat, "en", "Who organised the meeting?"))))
					.isEqualTo(200);
				assertThat(post(a, update(Updates.privateText(chat + 1, "es", "¿Cuándo fue la reunión?"))))
					.isEqualTo(200);
				// Telegram is unreachable while the instance is trying to answer.
				FakeBotApi.await(() -> telegram.calls("sendmessage")
					.stream()
					.filter(c -> c.chatId().equals(Long.toString(chat)))
					.toList(), calls -> !calls.isEmpty(), Duration.ofSeconds(30));
			}
			finally {
				a.close();
			}
		}
		finally {
			telegram.up();
		}
		assertThat(telegram.sent(chat)).isEmpty();
		try (RunningApp b = RunningApp.start(properties)) {
			List<FakeBotApi.Call> first = awaitAnswers(chat, "28 de abril", "IOM");
			assertThat(containing(first, "28 de abril")).isEqualTo(1);
			assertThat(first.indexOf(first.stream().filter(c -> c.text().contains("IOM")).findFirst().orElseThrow()))
				.as("answered in the order asked")
				.isGreaterThan(first
					.indexOf(first.stream().filter(c -> c.text().contains("28 de abril")).findFirst().orElseThrow()));
			assertThat(containing(awaitAnswers(chat + 1, "28 de abril"), "28 de abril")).isEqualTo(1);
		}
	}

}
