package org.lacreview.bot.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.bot.draft.DraftClient.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Messages;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: {@code GET /api/welcome} serves the widget's welcome and starters of the live
 * corpus, so staff change them by editing the bot's sentences and publishing, with no
 * code change; its ETag follows the live version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedWelcomeTests {

	private static final Messages BUNDLED = CorpusLoader.load(Path.of("corpus")).messages();

	private RunningApp app;

	private DraftClient draft;

	@BeforeAll
	void start() {
		app = RunningApp.start("spring.datasource.url=jdbc:h2:mem:published-welcome;DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
		draft = new DraftClient(app);
	}

	@AfterAll
	void stop() {
		app.close();
	}

	private HttpResponse<String> welcome(String query, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/api/welcome" + query)));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return app.send(request, false);
	}

	@Test
	void theWelcomeAndStartersAreTheLiveCorpussInTheLanguageAsked() {
		HttpResponse<String> english = welcome("?language=en", null);

		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(json(english).path("language").asString()).isEqualTo("en");
		assertThat(json(english).path("welcome").asString())
			.isEqualTo(BUNDLED.widgetWelcome().in("en", List.of()).orElseThrow());
		assertThat(json(english).path("starters").valueStream().map(JsonNode::asString).toList())
			.isEqualTo(BUNDLED.widgetStartersIn("en", List.of()))
			.isNotEmpty();
		assertThat(english.headers().firstValue("Cache-Control")).contains("no-cache");
		String etag = english.headers().firstValue("ETag").orElseThrow();
		assertThat(welcome("?language=en", etag).statusCode()).as("unchanged since read").isEqualTo(304);
		assertThat(welcome("?language=es", null).headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
	}

	@Test
	void withoutALanguageTheDefaultOneAndAnUnknownOneIsRefused() {
		HttpResponse<String> none = welcome("", null);
		assertThat(json(none).path("language").asString()).isEqualTo("es");
		assertThat(json(none).path("welcome").asString())
			.isEqualTo(BUNDLED.widgetWelcome().in("es", List.of()).orElseThrow());

		HttpResponse<String> unknown = welcome("?language=de", null);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(json(unknown).path("detail").asString()).contains("'language'").contains("'de'");
	}

	@Test
	void aWelcomeEditedByStaffIsServedOncePublishedAndNotBefore() {
		String before = welcome("?language=fr", null).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> read = draft.get("/api/admin/draft/messages");
		Map<String, String> welcome = new LinkedHashMap<>(texts(json(read).path("texts").path("widget_welcome")));
		welcome.put("fr", "Bonjour (NOUVEL ACCUEIL) !");
		Map<String, String> starters = new LinkedHashMap<>(texts(json(read).path("texts").path("widget_starters")));
		starters.put("fr", "Qui a ouvert la réunion ?\nQuand s'est tenue la réunion ?");
		HttpResponse<String> put = draft.put("/api/admin/draft/messages",
				read.headers().firstValue("ETag").orElseThrow(),
				Map.of("texts", Map.of("widget_welcome", welcome, "widget_starters", starters)));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(json(welcome("?language=fr", null)).path("welcome").asString()).doesNotContain("NOUVEL ACCUEIL");

		HttpResponse<String> published = draft.post("/api/admin/draft/publish", null);

		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		HttpResponse<String> after = welcome("?language=fr", before);
		assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
		assertThat(json(after).path("welcome").asString()).isEqualTo("Bonjour (NOUVEL ACCUEIL) !");
		assertThat(json(after).path("starters").valueStream().map(JsonNode::asString).toList())
			.containsExactly("Qui a ouvert la réunion ?", "Quand s'est tenue la réunion ?");
		assertThat(json(welcome("?language=es", null)).path("welcome").asString())
			.isEqualTo(BUNDLED.widgetWelcome().in("es", List.of()).orElseThrow());

		assertThat(draft.post("/api/admin/corpus/rollback", null).statusCode()).isEqualTo(200);
		assertThat(json(welcome("?language=fr", null)).path("welcome").asString())
			.isEqualTo(BUNDLED.widgetWelcome().in("fr", List.of()).orElseThrow());
	}

	private static Map<String, String> texts(JsonNode byLanguage) {
		Map<String, String> texts = new LinkedHashMap<>();
		byLanguage.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
		assertThat(texts).isNotEmpty();
		return texts;
	}

}
