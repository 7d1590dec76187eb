package org.lacreview.bot.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.bot.draft.DraftClient.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;

/**
 * The draft API on the real app (the bundled corpus as version 1), on each database
 * ({@link DraftApiOnH2Tests}, {@link DraftApiOnPostgresTests}): editing intents, the
 * bot's sentences, sections and entity values without YAML, optimistic locking,
 * validation tied to fields, the diff, trying, publishing through the golden gate, and
 * the audit trail. Every test starts without a draft.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DraftApiContract {

	private static final String DATES = "/api/admin/draft/intents/meeting_dates";

	private RunningApp app;

	private DraftClient draft;

	/** The properties that point the app at its database. */
	abstract String[] database();

	@BeforeAll
	void start() {
		app = RunningApp.start(database());
		draft = new DraftClient(app);
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@BeforeEach
	void noDraft() {
		draft.discard();
	}

	@Test
	void anAnswerChangedInTheDraftIsTriedThenPublishedThenRolledBack() {
		HttpResponse<String> read = draft.get(DATES);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		String old = json(read).path("answer").path("es").asString();
		Map<String, String> answer = new LinkedHashMap<>();
		json(read).path("answer").properties().forEach(e -> answer.put(e.getKey(), e.getValue().asString()));
		answer.put("es", old + " CAMBIO-1.");
		answer.put("en", answer.get("en") + " CHANGE-1.");

		HttpResponse<String> put = draft.put(DATES, etag, Map.of("answer", answer));
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(put.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(json(put).path("examples").path("es").size()).as("examples kept when not sent").isGreaterThan(5);

		JsonNode summary = json(draft.get("/api/admin/draft"));
		assertThat(summary.path("changedFiles").size()).isEqualTo(1);
		assertThat(summary.path("changedFiles").get(0).asString()).isEqualTo("intents/meeting.yml");
		JsonNode diff = json(draft.get("/api/admin/draft/diff"));
		assertThat(diff.path("intents").get(0).path("name").asString()).isEqualTo("meeting_dates");
		assertThat(diff.path("intents").get(0).path("answer").path("es").path("before").asString()).isEqualTo(old);
		assertThat(diff.path("intents").get(0).path("answer").path("es").path("after").asString()).contains("CAMBIO-1");

		assertThat(
				json(draft.post("/api/admin/draft/try", Map.of("question", "¿Cuándo fue la reunión?"))).path("answer")
					.asString())
			.contains("CAMBIO-1");
		assertThat(json(draft.post("/api/admin/draft/try", Map.of("question", "When was the meeting?"))).path("answer")
			.asString()).contains("CHANGE-1");
		assertThat(app.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).doesNotContain("CAMBIO-1");

		HttpResponse<String> published = draft.post("/api/admin/draft/publish", null);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		assertThat(app.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).contains("CAMBIO-1");
		assertThat(draft.get("/api/admin/draft").statusCode()).as("the draft is gone once live").isEqualTo(404);

		assertThat(draft.post("/api/admin/corpus/rollback", null).statusCode()).isEqualTo(200);
		assertThat(app.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).doesNotContain("CAMBIO-1");

		List<String> actions = json(draft.get("/api/admin/audit")).findValuesAsString("action");
		assertThat(actions).startsWith("corpus.rollback", "draft.publish", "draft.intent.put", "draft.open");
	}

	@Test
	void anEditOnAStaleCopyGetsTheConflictWithTheCurrentContentAndChangesNothing() {
		String etag = draft.get(DATES).headers().firstValue("ETag").orElseThrow();
		assertThat(draft.put(DATES, etag, Map.of("suggest", List.of("organisers"))).statusCode()).isEqualTo(200);

		HttpResponse<String> stale = draft.put(DATES, etag, Map.of("suggest", List.of("registered_total")));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(stale).path("current").path("suggest").size()).isEqualTo(1);
		assertThat(json(stale).path("current").path("suggest").get(0).asString()).isEqualTo("organisers");
		assertThat(json(draft.get(DATES)).path("suggest").get(0).asString()).isEqualTo("organisers");
	}

	@Test
	void changesWithoutTheEtagOrWithValuesThatAreNotValidAreRefusedNamingTheField() {
		HttpResponse<String> noEtag = draft.put(DATES, null, Map.of("suggest", List.of("organisers")));
		assertThat(noEtag.statusCode()).isEqualTo(428);
		assertThat(json(noEtag).path("field").asString()).isEqualTo("If-Match");

		String etag = draft.get(DATES).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> twoLines = draft.put(DATES, etag, Map.of("examples", Map.of("es", List.of("una\notra"))));
		assertThat(twoLines.statusCode()).isEqualTo(400);
		assertThat(json(twoLines).path("field").asString()).isEqualTo("examples");

		HttpResponse<String> badName = draft.put("/api/admin/draft/intents/Fechas-Reunión", null, Map.of());
		assertThat(badName.statusCode()).isEqualTo(400);
		assertThat(json(badName).path("field").asString()).isEqualTo("name");

		assertThat(draft.get("/api/admin/draft/intents/no_such_intent").statusCode()).isEqualTo(404);
		assertThat(draft.get("/api/admin/draft").statusCode()).as("nothing was saved").isEqualTo(404);
		HttpResponse<String> anonymous = app
			.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/draft/intents"))), false);
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void anErrorIsShownBesideItsFieldAndBlocksPublishing() {
		String etag = draft.get(DATES).headers().firstValue("ETag").orElseThrow();

		JsonNode edited = json(draft.put(DATES, etag, Map.of("sections", List.of("resumen", "no-such-section"))));

		assertThat(edited.path("problems").get(0).path("field").asString()).isEqualTo("sections");
		assertThat(edited.path("problems").get(0).path("severity").asString()).isEqualTo("error");
		assertThat(edited.path("problems").get(0).path("message").asString()).contains("no-such-section");
		assertThat(edited.path("problems").get(0).path("code").asString()).isEqualTo("intent.unknown_section");
		assertThat(edited.path("problems").get(0).path("args").path("section").asString()).isEqualTo("no-such-section");
		HttpResponse<String> publish = draft.post("/api/admin/draft/publish", null);
		assertThat(publish.statusCode()).isEqualTo(422);
		assertThat(json(publish).path("errors").get(0).asString()).contains("no-such-section");
	}

	@Test
	void anExampleAddedInOneClickIsInTheIntentAndTheDiff() {
		HttpResponse<String> added = draft.post(DATES + "/examples", Map.of("language", "en", "text", "dates pls"));

		assertThat(added.statusCode()).isEqualTo(201);
		JsonNode en = json(added).path("examples").path("en");
		assertThat(en.get(en.size() - 1).asString()).isEqualTo("dates pls");
		JsonNode diff = json(draft.get("/api/admin/draft/diff")).path("intents").get(0);
		assertThat(diff.path("examples").path("en").path("added").get(0).asString()).isEqualTo("dates pls");
		HttpResponse<String> noLanguage = draft.post(DATES + "/examples", Map.of("text", "x"));
		assertThat(noLanguage.statusCode()).isEqualTo(400);
		assertThat(json(noLanguage).path("field").asString()).isEqualTo("language");
	}

	@Test
	void theBotsOwnSentencesAreEditedByKeyAndLanguage() {
		HttpResponse<String> read = draft.get("/api/admin/draft/messages");
		assertThat(json(read).path("texts").has("fallback")).isTrue();
		Map<String, Object> change = Map.of("texts",
				Map.of("unknown_value", Map.of("es", "No hay datos sobre eso (CAMBIO-2).", "en", "No data on that.",
						"pt", "Sem dados.", "fr", "Pas de données.")));

		HttpResponse<String> put = draft.put("/api/admin/draft/messages",
				read.headers().firstValue("ETag").orElseThrow(), change);

		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode diff = json(draft.get("/api/admin/draft/diff"));
		assertThat(diff.path("texts").get(0).path("key").asString()).isEqualTo("unknown_value");
		assertThat(diff.path("texts").get(0).path("texts").path("es").path("after").asString()).contains("CAMBIO-2");
		HttpResponse<String> unknownKey = draft.put("/api/admin/draft/messages",
				put.headers().firstValue("ETag").orElseThrow(), Map.of("texts", Map.of("sugest", Map.of("es", "x"))));
		assertThat(unknownKey.statusCode()).isEqualTo(400);
		assertThat(json(unknownKey).path("detail").asString()).contains("'sugest'");
	}

	@Test
	void aNewIntentIsCreatedInItsOwnFileAndCanBeRemoved() {
		HttpResponse<String> created = draft.put("/api/admin/draft/intents/venue_question", null,
				Map.of("examples", Map.of("es", List.of("¿dónde fue la reunión?")), "answer",
						Map.of("es", "Fue virtual.", "en", "It was online.", "pt", "Foi virtual.", "fr", "En ligne.")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		assertThat(json(created).path("file").asString()).isEqualTo("intents/venue_question.yml");
		String etag = created.headers().firstValue("ETag").orElseThrow();

		assertThat(draft.delete("/api/admin/draft/intents/venue_question", etag).statusCode()).isEqualTo(204);
		assertThat(draft.get("/api/admin/draft/intents/venue_question").statusCode()).isEqualTo(404);
	}

	@Test
	void aDraftOpensFromAnyVersionAndCanBeDiscarded() {
		HttpResponse<String> opened = draft.post("/api/admin/draft/from-version/1", null);
		assertThat(opened.statusCode()).isEqualTo(201);
		assertThat(json(opened).path("baseVersion").asLong()).isEqualTo(1);
		assertThat(draft.post("/api/admin/draft/from-version/999", null).statusCode()).isEqualTo(404);
		assertThat(draft.delete("/api/admin/draft", null).statusCode()).isEqualTo(204);
		assertThat(draft.delete("/api/admin/draft", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theFormsChoicesComeFromTheCorpusAndAPreviewShowsTheAnswerWithRealFigures() {
		JsonNode options = json(draft.get("/api/admin/draft/options"));
		assertThat(options.path("languages").get(0).asString()).isEqualTo("es");
		assertThat(options.path("sections").toString()).contains("\"id\":\"resumen\"");
		assertThat(options.path("placeholders").toString()).contains("{sum(day.zoom)}", "{count(group)}");
		assertThat(options.path("families").toString()).contains("\"name\":\"day\"");

		HttpResponse<String> preview = draft.post("/api/admin/draft/preview",
				Map.of("intent", "zoom_by_day", "language", "es"));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(json(preview).path("answer").asString()).contains("691", "608", "468");
		assertThat(draft.post("/api/admin/draft/preview", Map.of("intent", "no_such", "language", "es")).statusCode())
			.isEqualTo(404);
	}

	@Test
	void anUploadedZipBecomesTheDraftAndABrokenOneIsRefusedWithFileAndLine() throws Exception {
		byte[] zip = draftZip();
		HttpResponse<String> opened = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/draft/from-zip")))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip)), true);
		assertThat(opened.statusCode()).isEqualTo(201);
		// The uploaded corpus against whatever version is live after the tests before.
		JsonNode uploaded = json(draft.get("/api/admin/draft")).path("changedFiles");
		byte[] broken = org.lacreview.bot.corpus.CorpusZips.bundled()
			.replace("intents/meeting.yml", "suggest: [organisers, meeting_structure, registered_total]",
					"suggest: [nowhere]")
			.zip();
		HttpResponse<String> refused = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/draft/from-zip")))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(broken)), true);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(json(refused).path("errors").get(0).asString())
			.matches("intents/meeting\\.yml:\\d+: error: .*nowhere");
		assertThat(json(draft.get("/api/admin/draft")).path("changedFiles")).as("the uploaded draft stays")
			.isEqualTo(uploaded);
		assertThat(json(draft.get(DATES)).path("suggest").toString()).contains("organisers").doesNotContain("nowhere");
	}

	@Test
	void publishingADraftOpenedBeforeAnotherVersionWentLiveIsRefusedUnlessOverwritten() {
		draft.post(DATES + "/examples", Map.of("language", "es", "text", "¿qué días, exactamente?"));
		assertThat(draft.post("/api/admin/draft/from-version/1", null).statusCode()).isEqualTo(201);
		draft.post(DATES + "/examples", Map.of("language", "es", "text", "¿qué días, exactamente?"));
		// Another version goes live meanwhile (a rollback to the same content counts as a
		// change of the live one).
		long live = json(draft.get("/api/admin/corpus")).path("id").asLong();
		app.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/corpus")))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(draftZipWithMarker())), true);
		assertThat(json(draft.get("/api/admin/corpus")).path("id").asLong()).isGreaterThan(live);

		HttpResponse<String> refused = draft.post("/api/admin/draft/publish", null);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).path("error").asString()).isEqualTo("live_changed");
		// force: whether the added example moves a golden item is not what this test is
		// about.
		HttpResponse<String> overwritten = draft.post("/api/admin/draft/publish?overwrite=true&force=true", null);
		assertThat(overwritten.statusCode()).as(overwritten.body()).isEqualTo(201);
	}

	private byte[] draftZip() throws Exception {
		HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/corpus/versions/1/download")))
				.header("Authorization", "Bearer " + RunningApp.ADMIN_TOKEN)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		return download.body();
	}

	private static byte[] draftZipWithMarker() {
		return org.lacreview.bot.corpus.CorpusZips.bundled()
			.replace("intents/meeting.yml", "durante tres días.", "durante tres días (OTRA-VERSION).")
			.zip();
	}

	@Test
	void aSectionsTitleLinkAndMarkdownAreEditedWithItsEtagAndItsPreviewEscapesHtml() {
		HttpResponse<String> read = draft.get("/api/admin/draft/sections/resumen");
		assertThat(read.statusCode()).isEqualTo(200);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		String text = json(read).path("markdown").asString();

		HttpResponse<String> put = draft.put("/api/admin/draft/sections/resumen", etag,
				Map.of("markdown", text + "\n\nNOTA-5."));
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(json(put).path("markdown").asString()).endsWith("NOTA-5.");
		assertThat(json(put).path("titles").path("es").asString())
			.isEqualTo(json(read).path("titles").path("es").asString());
		assertThat(json(draft.get("/api/admin/draft/diff")).path("files").get(0).asString())
			.isEqualTo("sections/01-resumen.md");
		assertThat(draft.put("/api/admin/draft/sections/resumen", etag, Map.of("markdown", "otra")).statusCode())
			.isEqualTo(409);
		assertThat(draft.get("/api/admin/draft/sections/nowhere").statusCode()).isEqualTo(404);
		assertThat(draft.delete("/api/admin/draft/sections/resumen", null).statusCode()).isEqualTo(428);
		assertThat(draft.delete("/api/admin/draft/sections/resumen", put.headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(204);
		assertThat(draft.get("/api/admin/draft/sections/resumen").statusCode()).isEqualTo(404);
		assertThat(json(draft.get("/api/admin/draft")).path("problems").toString())
			.as("answers citing the removed section are errors to fix")
			.contains("intent.unknown_section");

		String html = json(draft.post("/api/admin/draft/markdown",
				Map.of("markdown", "**negrita** <script>alert(1)</script> [x](javascript:alert(1))")))
			.path("html")
			.asString();
		assertThat(html).contains("<strong>negrita</strong>", "&lt;script&gt;")
			.doesNotContain("<script>", "javascript:");
	}

	@Test
	void anEntityValuesFigureAndNamesAreEditedInPlaceAndTheAnswerUsesTheNewFigure() {
		HttpResponse<String> read = draft.get("/api/admin/draft/entities/day");
		assertThat(read.statusCode()).isEqualTo(200);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		JsonNode first = json(read).path("values").get(0);
		assertThat(first.path("values").path("zoom").asInt()).isEqualTo(691);

		HttpResponse<String> put = draft.put("/api/admin/draft/entities/day", etag,
				Map.of("values", List.of(Map.of("id", first.path("id").asString(), "values", Map.of("zoom", 700)))));

		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(json(put).path("values").get(0).path("values").path("zoom").asInt()).isEqualTo(700);
		assertThat(json(put).path("values").get(0).path("label").toString()).isEqualTo(first.path("label").toString());
		assertThat(json(draft.post("/api/admin/draft/try",
				Map.of("question", "¿Cuántos se conectaron por Zoom el 26 de abril?")))
			.path("answer")
			.asString()).contains("700");
		assertThat(draft.put("/api/admin/draft/entities/day", etag, Map.of("values", List.of(Map.of("id", "x"))))
			.statusCode()).isEqualTo(409);
		assertThat(draft
			.put("/api/admin/draft/entities/day", put.headers().firstValue("ETag").orElseThrow(),
					Map.of("values", List.of(Map.of("id", "nope"))))
			.statusCode()).isEqualTo(400);
		assertThat(draft.get("/api/admin/draft/entities/nothing").statusCode()).isEqualTo(404);
		assertThat(draft.delete("/api/admin/draft/entities/day", etag).statusCode()).as("a stale etag").isEqualTo(409);
	}

}
