package org.lacreview.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API fed random and hostile bodies: never a 500, always a well-formed JSON answer or a JSON 4xx.
 */
class ApiProperties {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> HOSTILE = List.of("'; DROP TABLE feedback; --", "<script>alert(1)</script>",
			"**x** [l](javascript:alert(1))", "\u202Eevil", "\u0000\u0007", "😀🇲🇽", "مرحبا", "¿Cuándo fue la reunión?");

	private static RunningApp app;

	@BeforeContainer
	static void start() {
		app = RunningApp.start("chatbot.rate-limit.enabled=false");
	}

	@AfterContainer
	static void stop() {
		app.close();
	}

	@Provide
	Arbitrary<String> messages() {
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().all().ofMaxLength(200)),
				Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(20)),
				Tuple.of(1, Arbitraries.strings().withChars("ab ¿?").ofMinLength(900).ofMaxLength(1200)),
				Tuple.of(3, Arbitraries.of(HOSTILE)));
	}

	/** Bodies that are not what the API expects: broken JSON, wrong types, arrays, huge numbers. */
	@Provide
	Arbitrary<String> malformed() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(100),
				Arbitraries.of("{", "[]", "null", "{\"message\": 5}", "{\"message\": [\"a\"]}", "{\"message\": {}}",
						"{\"message\": \"a\", \"sessionId\": 7}", "{\"message\": \"a\", \"language\": \"xx\"}",
						"{\"helpful\": \"yes\"}", "{\"message\": \"" + "9".repeat(400) + "\"}", "\"just a string\"",
						"{\"message\": \"a\"}}}", "{\"message\": \"\\ud800\"}"));
	}

	private static HttpResponse<String> post(String path, String body) {
		return app.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), false);
	}

	@Property(tries = 150)
	void anyMessageGetsAnAnswerOrAJsonClientError(@ForAll("messages") String message) {
		HttpResponse<String> response = post("/api/chat", JSON.writeValueAsString(Map.of("message", message)));
		assertThat(response.statusCode()).isIn(200, 400);
		JsonNode body = JSON.readTree(response.body());
		if (response.statusCode() == 200) {
			assertThat(body.path("answer").asString()).isNotBlank();
			assertThat(body.path("language").asString()).isIn("es", "en", "pt", "fr");
		}
		else {
			assertThat(body.path("message").asString()).isNotBlank();
		}
	}

	@Property(tries = 100)
	void anyBodyOnEitherEndpointIsNeverAServerError(@ForAll("malformed") String body,
			@ForAll("endpoints") String path) {
		HttpResponse<String> response = post(path, body);
		assertThat(response.statusCode()).isBetween(200, 499);
		assertThat(JSON.readTree(response.body()).isObject()).isTrue();
	}

	@Provide
	Arbitrary<String> endpoints() {
		return Arbitraries.of("/api/chat", "/api/feedback");
	}
}
