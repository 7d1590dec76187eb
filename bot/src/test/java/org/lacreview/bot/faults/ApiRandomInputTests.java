package org.lacreview.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API fed random and hostile bodies: never a 500, always a well-formed JSON
 * answer or a JSON 4xx. Each case is made from a seed, shown in its name; the seeds of a
 * run start at {@code -Dproperties.seed} (random when unset), so a failing case can be
 * made again.
 */
class ApiRandomInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> HOSTILE = List.of("'; DROP TABLE feedback; --", "<script>alert(1)</script>",
			"**x** [l](javascript:alert(1))", "\u202Eevil", "\u0000\u0007", "😀🇲🇽", "مرحبا",
			"¿Cuándo fue la reunión?");

	/**
	 * Bodies that are not what the API expects: broken JSON, wrong types, arrays, huge
	 * numbers.
	 */
	private static final List<String> MALFORMED = List.of("{", "[]", "null", "{\"message\": 5}",
			"{\"message\": [\"a\"]}", "{\"message\": {}}", "{\"message\": \"a\", \"sessionId\": 7}",
			"{\"message\": \"a\", \"language\": \"xx\"}", "{\"helpful\": \"yes\"}",
			"{\"message\": \"" + "9".repeat(400) + "\"}", "\"just a string\"", "{\"message\": \"a\"}}}",
			"{\"message\": \"\\ud800\"}");

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.onMini("chatbot.rate-limit.enabled=false");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	static Stream<Long> seeds() {
		long first = Long.getLong("properties.seed", new SecureRandom().nextLong());
		return LongStream.range(0, 150).mapToObj(i -> first + i);
	}

	/**
	 * Any UTF-16 units (lone surrogates too), control characters, a 1,000-character
	 * question, hostile strings.
	 */
	private static String message(Random random) {
		return switch (random.nextInt(10)) {
			case 0, 1, 2, 3 -> units(random, random.nextInt(201), Character.MIN_VALUE, Character.MAX_VALUE);
			case 4, 5 -> units(random, random.nextInt(21), '\u0000', '\u001F');
			case 6 -> "ab ¿? ".repeat(150 + random.nextInt(50));
			default -> HOSTILE.get(random.nextInt(HOSTILE.size()));
		};
	}

	private static String units(Random random, int length, char from, char to) {
		char[] units = new char[length];
		for (int i = 0; i < length; i++) {
			units[i] = (char) (from + random.nextInt(to - from + 1));
		}
		return new String(units);
	}

	private static HttpResponse<String> post(String path, String body) {
		return app.send(HttpRequest.newBuilder(URI.create(app.url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)), false);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void anyMessageGetsAnAnswerOrAJsonClientError(long seed) {
		String message = message(new Random(seed));

		HttpResponse<String> response = post("/api/chat", JSON.writeValueAsString(Map.of("message", message)));

		assertThat(response.statusCode()).isIn(200, 400);
		JsonNode body = JSON.readTree(response.body());
		if (response.statusCode() == 200) {
			assertThat(body.path("answer").asString()).isNotBlank();
			assertThat(body.path("language").asString()).isIn("es", "en", "pt", "fr");
		}
		else {
			assertThat(body.path("detail").asString()).isNotBlank();
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void anyBodyOnEitherEndpointIsNeverAServerError(long seed) {
		Random random = new Random(seed);
		String body = random.nextBoolean() ? MALFORMED.get(random.nextInt(MALFORMED.size()))
				: units(random, random.nextInt(101), Character.MIN_VALUE, Character.MAX_VALUE);
		String path = random.nextBoolean() ? "/api/chat" : "/api/feedback";

		HttpResponse<String> response = post(path, body);

		assertThat(response.statusCode()).isBetween(200, 499);
		assertThat(JSON.readTree(response.body()).isObject()).isTrue();
	}

}
