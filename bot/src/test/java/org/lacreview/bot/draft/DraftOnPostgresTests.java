package org.lacreview.bot.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.bot.draft.DraftClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;

/**
 * The draft on a real PostgreSQL server shared by two instances, as behind a load
 * balancer: an edit made through one is what the other shows (same content, same etag),
 * an edit on a stale copy through the other gets 409, two first edits at once both land,
 * and a draft published through one is served by both.
 */
@OnPostgres
class DraftOnPostgresTests {

	@Test
	void twoInstancesSeeTheSameDraftRefuseStaleEditsAndServeWhatIsPublished() throws Exception {
		String[] shared = RunningApp.postgres(TestPostgres.newDatabase(), "chatbot.publishing.poll-interval=1s");
		try (RunningApp a = RunningApp.start(shared); RunningApp b = RunningApp.start(shared)) {
			DraftClient viaA = new DraftClient(a);
			DraftClient viaB = new DraftClient(b);
			String path = "/api/admin/draft/intents/organisers";
			String etag = viaB.get(path).headers().firstValue("ETag").orElseThrow();

			HttpResponse<String> added = viaA.post(path + "/examples",
					Map.of("language", "es", "text", "¿quién puso la reunión?"));
			assertThat(added.statusCode()).isEqualTo(201);
			HttpResponse<String> seen = viaB.get(path);
			assertThat(seen.headers().firstValue("ETag")).contains(added.headers().firstValue("ETag").orElseThrow());
			assertThat(json(seen).path("examples").path("es").toString()).contains("¿quién puso la reunión?");

			HttpResponse<String> stale = viaB.put(path, etag, Map.of("suggest", List.of("meeting_dates")));
			assertThat(stale.statusCode()).isEqualTo(409);
			assertThat(json(stale).path("current").path("examples").path("es").toString())
				.contains("¿quién puso la reunión?");
			assertThat(json(viaA.get("/api/admin/draft")).path("revision").asLong()).isEqualTo(1);

			// force: whether the added example moves a golden item is not what this
			// test is about (the publish gate has its own tests in AdminApiTests).
			HttpResponse<String> published = viaB.post("/api/admin/draft/publish?force=true", null);
			assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
			assertThat(viaA.get("/api/admin/draft").statusCode()).isEqualTo(404);
			Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
			while (Instant.now().isBefore(deadline) && a.admin("/api/admin/corpus").path("id").asLong() != 2) {
				Thread.sleep(200);
			}
			assertThat(a.admin("/api/admin/corpus").path("id").asLong()).isEqualTo(2);
			assertThat(a.chat(null, "¿quién puso la reunión?").path("answer").asString()).contains("OIM");

			// Two first edits at once, one through each instance: both open-or-edit the
			// one draft, neither is lost.
			CompletableFuture<HttpResponse<String>> first = CompletableFuture
				.supplyAsync(() -> viaA.post("/api/admin/draft/intents/meeting_dates/examples",
						Map.of("language", "en", "text", "dates?? pls")));
			CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
					() -> viaB.post(path + "/examples", Map.of("language", "en", "text", "who put it together?")));
			assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
			assertThat(second.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
			String diff = viaA.get("/api/admin/draft/diff").body();
			assertThat(diff).contains("dates?? pls", "who put it together?");
		}
	}

}
