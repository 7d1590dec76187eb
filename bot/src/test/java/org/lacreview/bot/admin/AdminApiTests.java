package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.corpus.CorpusZips;
import org.lacreview.bot.support.TestCorpora;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API on the real app (in-memory H2; the mini test corpus, published as version
 * 1 on the first start, since these tests are about the API, not what the bundled corpus
 * answers): the admin token, publishing a changed corpus, refusing broken ones with file
 * and line while the live version keeps serving, rollback, and chats running during a
 * publish. Each test starts with version 1 live and publishes what it needs, so the tests
 * pass in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + AdminApiTests.TOKEN, TestCorpora.ON_MINI })
@DirtiesContext
class AdminApiTests {

	static final String TOKEN = "admin-test-token-0123456789-abcdefghij";

	static final String MARKER = "MARCADOR-7";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DATES_ES = TestCorpora.MINI_DATES_ES;

	private static final String OTHER_DATES_ES = "Fue en 2021.";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String token)
			throws IOException, InterruptedException {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)), TOKEN);
	}

	private HttpResponse<String> upload(byte[] zip, String query) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/api/admin/corpus?author=Ana" + query))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip)), TOKEN);
	}

	private String ask(String question) throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/chat"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("message", question)))),
				null);
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).path("answer").asString();
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private long liveId() throws IOException, InterruptedException {
		return json(get("/api/admin/corpus")).path("id").asLong();
	}

	private long newestId() throws IOException, InterruptedException {
		return json(get("/api/admin/corpus/versions")).path("versions").get(0).path("id").asLong();
	}

	private HttpResponse<String> rollbackTo(long version) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/api/admin/corpus/rollback"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"version\": " + version + "}")), TOKEN);
	}

	@BeforeEach
	void firstVersionLive() throws Exception {
		if (liveId() != 1) {
			assertThat(rollbackTo(1).statusCode()).isEqualTo(200);
		}
		send(HttpRequest.newBuilder(uri("/api/admin/draft")).DELETE(), TOKEN);
	}

	@Test
	void withoutATokenTheAdminApiIsUnauthorizedAndWithAWrongOneForbidden() throws Exception {
		HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/admin/corpus")), null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
		assertThat(json(none).path("detail").asString()).contains("Authorization: Bearer");
		HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/admin/corpus")), "not-the-token");
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(json(wrong).path("error").asString()).isEqualTo("forbidden");
		HttpResponse<String> right = get("/api/admin/corpus");
		assertThat(right.statusCode()).isEqualTo(200);
		JsonNode live = json(right);
		assertThat(live.path("id").asLong()).isEqualTo(1);
		// The started corpus's own count, not a number staff change with every new
		// intent.
		assertThat(live.path("intents").asInt())
			.isEqualTo(org.lacreview.index.corpus.CorpusLoader.load(TestCorpora.MINI).intents().size());
		assertThat(live.path("author").asString()).isEqualTo("bundled corpus/");
		// The public API stays public.
		assertThat(ask("¿Cuándo fue la reunión?")).contains(DATES_ES);
	}

	@Test
	void aValidChangedCorpusIsPublishedAndItsAnswerServedRightAfter() throws Exception {
		long next = newestId() + 1;
		byte[] zip = CorpusZips.mini().replace("intents/meeting.yml", DATES_ES, DATES_ES + " " + MARKER).zip();
		HttpResponse<String> response = upload(zip, "");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = json(response);
		assertThat(body.path("version").path("id").asLong()).isEqualTo(next);
		assertThat(body.path("version").path("author").asString()).isEqualTo("admin token (Ana)");
		// A publish measures the live version's score to compare with.
		long before = -1;
		for (JsonNode version : json(get("/api/admin/corpus/versions")).path("versions")) {
			if (version.path("id").asLong() == 1) {
				before = version.path("golden").path("passed").asLong();
			}
		}
		assertThat(before).isPositive();
		assertThat(body.path("golden").path("passed").asLong()).isGreaterThanOrEqualTo(before);
		assertThat(ask("¿Cuándo fue la reunión?")).contains(MARKER);
		assertThat(liveId()).isEqualTo(next);
	}

	@Test
	void aCorpusWithAYamlErrorIsRefusedWithFileAndLineAndTheOldAnswerStillServed() throws Exception {
		byte[] zip = CorpusZips.mini()
			.replace("intents/meeting.yml", "  suggest: [zoom_by_day]", "  suggest: [zoom_by_day\n  bad: : :")
			.zip();
		HttpResponse<String> response = upload(zip, "");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(json(response).path("errors").get(0).asString())
			.matches("intents/meeting\\.yml:\\d+: error: YAML syntax.*");
		assertThat(ask("¿Cuándo fue la reunión?")).contains(DATES_ES);
		assertThat(liveId()).isEqualTo(1);
	}

	@Test
	void aCorpusWithADanglingReferenceIsRefusedWithFileAndLine() throws Exception {
		byte[] zip = CorpusZips.mini()
			.replace("intents/meeting.yml", "  suggest: [zoom_by_day]", "  suggest: [zoom_by_day, no_such_intent]")
			.zip();
		HttpResponse<String> response = upload(zip, "");
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(json(response).path("errors").toString()).contains(
				"intents/meeting.yml:16: error: intent meeting_dates suggests an intent that does not exist: no_such_intent");
		assertThat(liveId()).isEqualTo(1);
	}

	@Test
	void aCorpusThatFailsMoreGoldenTestsIsRefusedUnlessForced() throws Exception {
		byte[] zip = CorpusZips.mini().replace("intents/meeting.yml", DATES_ES, OTHER_DATES_ES).zip();
		HttpResponse<String> refused = upload(zip, "");
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode report = json(refused);
		assertThat(report.path("detail").asString()).contains("golden score would drop");
		assertThat(report.path("golden").path("failures").toString()).contains("meeting_dates");
		assertThat(ask("¿Cuándo fue la reunión?")).contains(DATES_ES);

		HttpResponse<String> forced = upload(zip, "&force=true");
		assertThat(forced.statusCode()).isEqualTo(201);
		assertThat(json(forced).path("version").path("note").asString()).contains("forced");
		assertThat(ask("¿Cuándo fue la reunión?")).contains(OTHER_DATES_ES).doesNotContain("27 de abril");
	}

	@Test
	void zipSlipNonUtf8AndNonCorpusFilesAreRefused() throws Exception {
		HttpResponse<String> slip = upload(
				CorpusZips.mini().entry("../../evil.yml", "x: 1".getBytes(StandardCharsets.UTF_8)).zip(), "");
		assertThat(slip.statusCode()).isEqualTo(422);
		assertThat(json(slip).path("errors").get(0).asString()).contains("../../evil.yml").contains("outside");

		byte[] latin1 = "title: Revisión\n".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> encoding = upload(CorpusZips.mini().entry("corpus/notes.txt", latin1).zip(), "");
		assertThat(encoding.statusCode()).isEqualTo(422);
		assertThat(json(encoding).path("errors").get(0).asString()).contains("corpus/notes.txt:1").contains("UTF-8");

		HttpResponse<String> binary = upload(
				CorpusZips.mini().entry("corpus/run.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8)).zip(), "");
		assertThat(binary.statusCode()).isEqualTo(422);

		HttpResponse<String> notZip = upload("this is not a zip".getBytes(StandardCharsets.UTF_8), "");
		assertThat(notZip.statusCode()).isEqualTo(422);
		assertThat(liveId()).isEqualTo(1);
	}

	@Test
	void versionsAreListedAndDownloadableAndRollbackRestoresTheOldAnswer() throws Exception {
		assertThat(upload(CorpusZips.mini().replace("intents/meeting.yml", DATES_ES, DATES_ES + " " + MARKER).zip(), "")
			.statusCode()).isEqualTo(201);
		long marked = liveId();
		assertThat(
				upload(CorpusZips.mini().replace("intents/meeting.yml", DATES_ES, OTHER_DATES_ES).zip(), "&force=true")
					.statusCode())
			.isEqualTo(201);
		long forced = liveId();
		JsonNode versions = json(get("/api/admin/corpus/versions"));
		assertThat(versions.path("live").asLong()).isEqualTo(forced);
		assertThat(versions.path("versions").findValuesAsString("author")).startsWith("admin token (Ana)",
				"admin token (Ana)");
		assertThat(versions.path("versions").findValuesAsString("author")).endsWith("bundled corpus/");

		HttpResponse<byte[]> download = http
			.send(HttpRequest.newBuilder(uri("/api/admin/corpus/versions/" + marked + "/download"))
				.header("Authorization", "Bearer " + TOKEN)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
			.contains("corpus-v" + marked + ".zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("corpus.yml", "intents/meeting.yml", "telegram.yml");

		HttpResponse<String> back = send(
				HttpRequest.newBuilder(uri("/api/admin/corpus/rollback")).POST(HttpRequest.BodyPublishers.noBody()),
				TOKEN);
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(json(back).path("version").path("id").asLong()).isEqualTo(marked);
		assertThat(ask("¿Cuándo fue la reunión?")).contains(MARKER);

		assertThat(rollbackTo(1).statusCode()).isEqualTo(200);
		assertThat(ask("¿Cuándo fue la reunión?")).contains(DATES_ES).doesNotContain(MARKER);

		assertThat(rollbackTo(99_999).statusCode()).isEqualTo(404);
		assertThat(liveId()).isEqualTo(1);

		// "Previous" is the version live before the current one (the marked one, rolled
		// away from just now), not id − 1.
		HttpResponse<String> undo = send(
				HttpRequest.newBuilder(uri("/api/admin/corpus/rollback")).POST(HttpRequest.BodyPublishers.noBody()),
				TOKEN);
		assertThat(json(undo).path("version").path("id").asLong()).isEqualTo(marked);
		JsonNode history = json(get("/api/admin/corpus/versions")).path("history");
		assertThat(history.findValuesAsString("reason")).startsWith("rollback", "rollback", "rollback", "publish");
		assertThat(history.findValues("version").stream().map(JsonNode::asLong).toList()).startsWith(marked, 1L, marked,
				forced);
	}

	@Test
	void chatsRunningDuringAPublishAllGetAnswers() throws Exception {
		AtomicBoolean publishing = new AtomicBoolean(true);
		ExecutorService chats = Executors.newFixedThreadPool(3, task -> new Thread(task, "admin-api-chats"));
		List<Future<List<Integer>>> results = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			results.add(chats.submit(() -> {
				List<Integer> statuses = new ArrayList<>();
				HttpClient client = HttpClient.newHttpClient();
				while (publishing.get() || statuses.size() < 5) {
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/chat"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"¿Cuándo fue la reunión?\"}"))
						.build(), HttpResponse.BodyHandlers.ofString());
					statuses.add(response.body().contains("abril") ? response.statusCode() : -response.statusCode());
				}
				return statuses;
			}));
		}
		byte[] zip = CorpusZips.mini().replace("intents/meeting.yml", DATES_ES, DATES_ES + " " + MARKER).zip();
		HttpResponse<String> published = upload(zip, "");
		publishing.set(false);
		assertThat(published.statusCode()).isEqualTo(201);
		for (Future<List<Integer>> result : results) {
			assertThat(result.get()).isNotEmpty().allSatisfy(status -> assertThat(status).isEqualTo(200));
		}
		chats.shutdown();
	}

	@Test
	void aDraftCanBeTriedWithoutBeingPublished() throws Exception {
		long live = liveId();
		byte[] zip = CorpusZips.mini().replace("intents/meeting.yml", DATES_ES, DATES_ES + " BORRADOR-9").zip();
		HttpResponse<String> draft = send(HttpRequest.newBuilder(uri("/api/admin/draft/from-zip"))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip)), TOKEN);
		assertThat(draft.statusCode()).isEqualTo(201);
		HttpResponse<String> tried = send(HttpRequest.newBuilder(uri("/api/admin/draft/try"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("question", "¿Cuándo fue la reunon?")))), TOKEN);
		assertThat(tried.statusCode()).isEqualTo(200);
		JsonNode answer = json(tried);
		assertThat(answer.path("answer").asString()).contains("BORRADOR-9");
		assertThat(answer.path("intent").asString()).isEqualTo("meeting_dates");
		assertThat(answer.path("trace").path("intents").get(0).path("name").asString()).isEqualTo("meeting_dates");
		assertThat(answer.path("trace").path("corrections").toString()).contains("reunon");
		assertThat(answer.path("trace").path("decision").asString()).isNotBlank();
		assertThat(ask("¿Cuándo fue la reunión?")).doesNotContain("BORRADOR-9");
		assertThat(liveId()).isEqualTo(live);
		send(HttpRequest.newBuilder(uri("/api/admin/draft")).DELETE(), TOKEN);
	}

}
