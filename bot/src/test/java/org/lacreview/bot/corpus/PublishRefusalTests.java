package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.lacreview.bot.support.TestCorpora;

/**
 * Uploads refused with a 422 that says why, the live version serving on. A golden
 * {@code expect} pattern that is not valid for the linear-time engine (a backreference,
 * as in the catastrophic {@code (a+)+\1b}) or not a pattern at all names its file and
 * line. An upload whose intent model's training would need more memory than
 * {@code chatbot.publishing.build-memory} allows here is trained in a separate JVM, and
 * one that would need more than {@code chatbot.publishing.training-memory} allows there
 * too is refused before it is built, with a 422 saying what it needs and what is allowed,
 * and the live bot keeps answering. A key the bot does not read ({@code sugest:}) is
 * refused with its file and line, since what it holds would never be said.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + PublishRefusalTests.TOKEN,
				"chatbot.publishing.build-memory=1MB", "chatbot.publishing.training-memory=1MB" })
@DirtiesContext
class PublishRefusalTests {

	static final String TOKEN = "build-memory-tests-admin-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> send(String path, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return http.send(request.uri(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Uploads the changed bundled corpus to {@code path}: published, or opened as the
	 * draft.
	 */
	private HttpResponse<String> upload(String path) throws IOException, InterruptedException {
		return upload(CorpusZips.bundled()
			.replace("intents/meeting.yml", TestCorpora.BUNDLED_DATES_ES, TestCorpora.BUNDLED_DATES_ES + " GRANDE-1")
			.zip(), path);
	}

	private HttpResponse<String> upload(byte[] zip, String path) throws IOException, InterruptedException {
		return send(path,
				HttpRequest.newBuilder()
					.header("Authorization", "Bearer " + TOKEN)
					.header("Content-Type", "application/zip")
					.POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
	}

	private static final String PUBLISH = "/api/admin/corpus?author=test";

	@Test
	void anInvalidGoldenPatternIsRefusedWithFileAndLine() throws Exception {
		for (String pattern : new String[] { "(a+)+\\1b", "abril(" }) {
			byte[] zip = CorpusZips.bundled().entry("corpus/golden/zz-patterns.yml", ("""
					- q: ¿Cuándo fue la reunión?
					  expect:
					    - '%s'
					""".replace("%s", pattern)).getBytes(java.nio.charset.StandardCharsets.UTF_8)).zip();
			HttpResponse<String> refused = upload(zip, PUBLISH);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
			JsonNode body = JSON.readTree(refused.body());
			assertThat(body.path("errors").get(0).asString()).startsWith("zz-patterns.yml:3").contains(pattern);
		}
	}

	@Test
	void aKeyTheBotDoesNotReadIsRefusedWithFileLineAndTheKeyMeant() throws Exception {
		String suggest = "  suggest: [organisers, meeting_structure, registered_total]";
		// The line of the key in the bundled corpus as it is today: staff edits move it.
		int line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("corpus/intents/meeting.yml"))
			.indexOf(suggest) + 1;
		assertThat(line).isPositive();
		byte[] zip = CorpusZips.bundled()
			.replace("intents/meeting.yml", suggest, "  sugest: [organisers, meeting_structure, registered_total]")
			.zip();
		for (String path : new String[] { PUBLISH, "/api/admin/draft/from-zip" }) {
			HttpResponse<String> refused = upload(zip, path);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
			JsonNode body = JSON.readTree(refused.body());
			assertThat(body.path("detail").asString()).isEqualTo("the corpus has errors");
			assertThat(body.path("errors").get(0).asString())
				.startsWith("intents/meeting.yml:" + line + ": error: unknown key 'sugest'")
				.endsWith("did you mean 'suggest'?");
		}
		HttpResponse<String> live = send("/api/admin/corpus",
				HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN));
		assertThat(JSON.readTree(live.body()).path("id").asLong()).isEqualTo(1);
	}

	@Test
	void anUploadBeyondTheTrainingMemoryIsRefusedWithWhyAndTheLiveBotKeepsAnswering() throws Exception {
		for (String path : new String[] { PUBLISH, "/api/admin/draft/from-zip" }) {
			HttpResponse<String> refused = upload(path);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
			JsonNode body = JSON.readTree(refused.body());
			assertThat(body.path("status").asInt()).isEqualTo(422);
			assertThat(body.path("detail").asString()).contains("too large");
			assertThat(body.path("errors").get(0).asString()).contains("MB")
				.contains("chatbot.publishing.training-memory");
		}
		HttpResponse<String> chat = send("/api/chat",
				HttpRequest.newBuilder()
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString(JSON.writeValueAsString(Map.of("message", "¿Cuándo fue la reunión?")))));
		assertThat(chat.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(chat.body()).path("answer").asString()).contains("2021").doesNotContain("GRANDE-1");
		HttpResponse<String> live = send("/api/admin/corpus",
				HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN));
		assertThat(JSON.readTree(live.body()).path("id").asLong()).isEqualTo(1);
	}

}
