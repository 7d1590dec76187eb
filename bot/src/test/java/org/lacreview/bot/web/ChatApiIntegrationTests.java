package org.lacreview.bot.web;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real app on a real port with the bundled corpus, scored the way {@code eval.py}
 * scores it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ChatApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode ask(String session, String message) throws IOException, InterruptedException {
		HttpResponse<String> response = post("application/json",
				JSON.writeValueAsString(Map.of("sessionId", session, "message", message)));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	@Test
	void scoresAtLeastNinetyFivePercentOnThePublicQuestionsOverHttp() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("index/src/test/resources/eval/public-questions.jsonl"))
			.stream()
			.filter(l -> !l.isBlank())
			.toList();
		int passed = 0;
		for (String line : lines) {
			JsonNode item = JSON.readTree(line);
			JsonNode reply = ask("it-" + UUID.randomUUID(), item.get("q").asString());
			boolean ok;
			if (item.path("fallback").asBoolean(false)) {
				ok = !reply.get("answered").asBoolean();
			}
			else {
				String answer = fold(reply.get("answer").asString());
				ok = true;
				for (JsonNode rx : item.get("expect")) {
					ok &= Pattern.compile(rx.asString()).matcher(answer).find();
				}
			}
			passed += ok ? 1 : 0;
		}
		assertThat(passed).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * lines.size()));
	}

	@Test
	void aFollowUpInTheSameSessionUsesTheContext() throws Exception {
		String session = "it-" + UUID.randomUUID();
		assertThat(ask(session, "¿Cuántos se conectaron por Zoom el 26 de abril?").get("answer").asString())
			.contains("691");
		JsonNode followUp = ask(session, "¿y el 27?");
		assertThat(followUp.get("answer").asString()).contains("608");
		assertThat(followUp.get("answered").asBoolean()).isTrue();
		assertThat(ask("it-" + UUID.randomUUID(), "¿y el 27?").get("answer").asString()).doesNotContain("608");
	}

	@Test
	void theLanguageFieldIsAHintThatNeverOverridesAClearQuestion() throws Exception {
		String session = "it-" + UUID.randomUUID();
		JsonNode english = askWithLanguage(session, "Who opened the meeting?", "es");
		assertThat(english.get("answered").asBoolean()).isTrue();
		assertThat(english.get("language").asString()).isEqualTo("en");
		// A short turn keeps the conversation's language, whatever the hint says.
		assertThat(askWithLanguage(session, "ok", "es").get("language").asString()).isEqualTo("en");
		// With nothing else to go on, the hint is the reply's language.
		assertThat(askWithLanguage("it-" + UUID.randomUUID(), "ok", "pt").get("language").asString()).isEqualTo("pt");
	}

	private JsonNode askWithLanguage(String session, String message, String language)
			throws IOException, InterruptedException {
		HttpResponse<String> response = post("application/json",
				JSON.writeValueAsString(Map.of("sessionId", session, "message", message, "language", language)));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	@Test
	void everyAnswerCarriesItsSourceWithTheDocumentsLink() throws Exception {
		JsonNode reply = ask("it-" + UUID.randomUUID(), "¿Cuándo fue la reunión?");
		assertThat(reply.get("sources")).isNotEmpty();
		assertThat(reply.get("sources").get(0).get("url").asString()).startsWith("https://");
		assertThat(reply.get("sources").get(0).get("title").asString()).isNotBlank();
		assertThat(reply.get("confidence").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void badRequestsGetJsonErrorsFromTheRealServer() throws Exception {
		HttpResponse<String> malformed = post("application/json", "{\"message\": \"hola");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(malformed.body()).get("error").asString()).isEqualTo("malformed_json");
		HttpResponse<String> text = post("text/plain", "hola");
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(JSON.readTree(text.body()).get("detail").asString()).contains("application/json");
	}

	@Test
	void withoutAnAdminTokenTheAdminApiIsOff() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/corpus"))
			.header("Authorization", "Bearer guess")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("CHATBOT_ADMIN_TOKEN");
	}

}
