package org.lacreview.bot.insights;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.index.Answer;
import org.lacreview.index.Trace;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The attack of issue 11 (item 7), bounded: 30,000 unique fallback questions through
 * {@code /api/chat} from 127.0.0.1, on an H2 file with the shipped limits. The database
 * keeps at most {@code max-new-per-client} of them (one address) and never more than
 * {@code max-groups}, and the report's first page stays a page. Takes a minute or more,
 * so it runs only with {@code -Dchatbot.attack=true}:
 * {@code ./mvnw -B -q -o -pl bot -am test -Dtest=UnansweredFloodAttackTests -Dchatbot.attack=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints the figures (database size, report
 * time).
 */
@EnabledIfSystemProperty(named = "chatbot.attack", matches = "true")
class UnansweredFloodAttackTests {

	static final int QUESTIONS = 30_000;

	@Test
	void aFloodOfUniqueFallbacksKeepsTheLogAndTheReportBounded(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("chatbot");
		try (RunningApp app = RunningApp.start(
				"spring.datasource.url=jdbc:h2:file:" + file.toAbsolutePath()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				// The whole flood in one period from one address, as an attacker would:
				// the cap on new questions
				// per client is what is measured, with the shipped numbers.
				"chatbot.unanswered.max-groups=2000", "chatbot.unanswered.max-new-per-client=20",
				"chatbot.unanswered.max-new-per-channel=2000")) {
			HttpClient http = HttpClient.newHttpClient();
			long before = size(dir);
			AtomicInteger next = new AtomicInteger();
			long start = System.nanoTime();
			ExecutorService clients = Executors.newFixedThreadPool(8, task -> new Thread(task, "flood-client"));
			for (int c = 0; c < 8; c++) {
				clients.execute(() -> {
					for (int i = next.getAndIncrement(); i < QUESTIONS; i = next.getAndIncrement()) {
						String body = "{\"sessionId\":\"flood-" + i + "\",\"message\":\"zqx " + Integer.toString(i, 36)
								+ " wvk plorth " + i * 7919L + "\"}";
						try {
							http.send(HttpRequest.newBuilder(URI.create(app.url("/api/chat")))
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(body))
								.build(), HttpResponse.BodyHandlers.discarding());
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
					}
				});
			}
			clients.shutdown();
			assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
			app.bean(UnansweredLog.class).flush();
			long floodMs = (System.nanoTime() - start) / 1_000_000;

			JdbcClient jdbc = app.bean(JdbcClient.class);
			int rows = jdbc.sql("select count(*) from unanswered_question").query(Integer.class).single();
			app.admin("/api/admin/unanswered"); // the first admin request warms up its
												// filters and JSON
			long reportStart = System.nanoTime();
			int shown = app.admin("/api/admin/unanswered").path("questions").size();
			long reportMs = (System.nanoTime() - reportStart) / 1_000_000;
			MeterRegistry meters = app.bean(MeterRegistry.class);
			double client = meters.get("chatbot.unanswered.dropped").tag("reason", "client").counter().count();
			double dropped = meters.get("chatbot.unanswered.dropped")
				.counters()
				.stream()
				.mapToDouble(c -> c.count())
				.sum();
			double fallbacks = meters.get("chatbot.questions")
				.tag("outcome", "fallback")
				.counters()
				.stream()
				.mapToDouble(c -> c.count())
				.sum();
			int asked = jdbc.sql("select coalesce(sum(asked), 0) from unanswered_question")
				.query(Integer.class)
				.single();
			jdbc.sql("checkpoint sync").update();
			System.out.printf(Locale.ROOT,
					"flood: %d questions in %d ms; rows kept %d; dropped (client) %.0f; report page of %d in %d ms;"
							+ " database %d -> %d KB%n",
					QUESTIONS, floodMs, rows, client, shown, reportMs, before / 1024, size(dir) / 1024);
			// 20 new questions per hour and client, refilled continuously over the
			// flood's duration.
			assertThat(rows).isLessThanOrEqualTo(20 + (int) (20 * floodMs / 3_600_000) + 1);
			// Every fallback was either counted in the log or counted as dropped.
			assertThat(asked + dropped).isEqualTo(fallbacks);
			assertThat(fallbacks).isGreaterThan(QUESTIONS / 2);
			// Fewer rows than a page are kept now; the report shows them all, a page at
			// most.
			assertThat(shown).isEqualTo(Math.min(50, rows));
		}
	}

	@Test
	void theReportOfAFullLogComesAPageAtATime() throws Exception {
		// The worst the caps allow: max-groups questions, each in two languages and both
		// channels.
		try (RunningApp app = RunningApp.start("chatbot.unanswered.max-new-per-channel=100000",
				"chatbot.unanswered.max-new-per-client=100000")) {
			UnansweredLog log = app.bean(UnansweredLog.class);
			for (int i = 0; i < 2000; i++) {
				for (String channel : List.of("web", "telegram")) {
					for (String language : List.of("es", "en")) {
						log.answered(new Asker(channel, "bench"), "zqx pregunta sin respuesta " + i, new Answer("?",
								false, Answer.FALLBACK, 0, language, List.of(), List.of(),
								new Trace(language, Map.of(), "", List.of(), List.of(), List.of(), "fallback")));
					}
				}
				if (i % 100 == 99) {
					log.flush();
				}
			}
			log.flush();
			int rows = app.bean(JdbcClient.class)
				.sql("select count(*) from unanswered_question")
				.query(Integer.class)
				.single();
			app.admin("/api/admin/unanswered");
			long start = System.nanoTime();
			JsonNode last = app.admin("/api/admin/unanswered?offset=1950");
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.printf(Locale.ROOT, "full log: %d rows, %d groups; last page of %d in %d ms%n", rows,
					last.path("total").asInt(), last.path("questions").size(), ms);
			assertThat(last.path("total").asInt()).isEqualTo(2000);
			assertThat(last.path("questions").size()).isEqualTo(50);
		}
	}

	private static long size(Path dir) throws Exception {
		try (var files = Files.list(dir)) {
			return files.mapToLong(f -> f.toFile().length()).sum();
		}
	}

}
