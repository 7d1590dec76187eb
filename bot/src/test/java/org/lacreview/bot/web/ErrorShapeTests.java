package org.lacreview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every 4xx and 5xx the app answers, one case each, on the real server (filters, Spring
 * Security, Spring MVC and the container's error page included): each is
 * {@code application/problem+json} with {@code status} (the response's), {@code title},
 * {@code detail} and the {@code error} code the pages test. Limits are low here so that
 * the refusals can be reached: one question per conversation, three wrong sign-ins per
 * account, 1 MB per corpus upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + ErrorShapeTests.TOKEN,
				"chatbot.rate-limit.per-session=1", "chatbot.admin.max-failures=3",
				"chatbot.publishing.max-upload=1MB" })
@Import(ErrorShapeTests.Failing.class)
@DirtiesContext
class ErrorShapeTests {

	static final String TOKEN = "error-shape-admin-token-0123456789abcdef";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a-long-enough-test-password-42";

	private static final String INTENT = "/api/admin/draft/intents/meeting_dates";

	@LocalServerPort
	int port;

	/** A controller that fails as a bug would: nothing handles its exception. */
	@RestController
	static class Failing {

		@GetMapping("/api/test/failure")
		String fail() {
			throw new IllegalStateException("a bug nobody handled");
		}

	}

	/** One error of the app: how to provoke it, and the status it must have. */
	interface Provoke {

		HttpResponse<String> send(ErrorShapeTests test) throws Exception;

	}

	static Stream<Arguments> errors() {
		return Stream.of(
				error("chat: malformed JSON", 400, "malformed_json", t -> t.post("/api/chat", "{\"message\": ")),
				error("chat: missing message", 400, "bad_request", t -> t.post("/api/chat", "{\"sessionId\":\"s\"}")),
				error("chat: message too long", 400, "bad_request",
						t -> t.post("/api/chat", JSON.writeValueAsString(Map.of("message", "a".repeat(5000))))),
				error("chat: field of the wrong type", 400, "bad_request",
						t -> t.post("/api/chat", "{\"message\": {\"a\": 1}}")),
				error("welcome: a language the corpus lacks", 400, "bad_request",
						t -> t.send(t.request("/api/welcome?language=de"))),
				error("feedback: nothing to rate", 400, "bad_request",
						t -> t.post("/api/feedback", "{\"sessionId\":\"s\",\"helpful\":true}")),
				error("unknown path", 404, "not_found", t -> t.send(t.request("/no/such/page"))),
				error("direct /error", 404, "not_found", t -> t.send(t.request("/error"))),
				error("wrong method", 405, "method_not_allowed", t -> t.send(t.request("/api/chat"))),
				error("answer type not acceptable", 406, "not_acceptable",
						t -> t.send(t.request("/api/chat")
							.header("Content-Type", "application/json")
							.header("Accept", "text/html")
							.POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hola\"}")))),
				error("wrong content type", 415, "unsupported_media_type",
						t -> t.send(t.request("/api/chat")
							.header("Content-Type", "text/plain")
							.POST(HttpRequest.BodyPublishers.ofString("hola")))),
				error("body over the cap", 413, "too_large",
						t -> t.post("/api/chat", "{\"message\":\"" + "a".repeat(70_000) + "\"}")),
				error("chat: over the conversation's limit", 429, "rate_limited", ErrorShapeTests::overTheLimit),
				error("admin: no credentials", 401, "unauthorized",
						t -> t.send(t.request("/api/admin/corpus").header("Accept", "application/json"))),
				error("admin: not a bearer token", 401, "unauthorized",
						t -> t.send(t.request("/api/admin/corpus").header("Authorization", "Basic YTpi"))),
				error("admin: wrong token", 403, "forbidden",
						t -> t.send(t.request("/api/admin/corpus").header("Authorization", "Bearer wrong-token"))),
				error("admin: role too low", 403, "forbidden", t -> t.editor().get("/api/admin/accounts")),
				error("admin: change without the CSRF token", 403, "forbidden",
						t -> t.editor().send("POST", "/api/admin/draft/golden", null)),
				error("sign-in: wrong password", 401, "unauthorized", t -> t.signIn("nobody", "wrong-password")),
				error("sign-in: without a password", 400, "bad_request",
						t -> t.post("/api/admin/session", "{\"username\":\"nobody\"}")),
				error("sign-in: too many failures", 429, "rate_limited", ErrorShapeTests::tooManySignIns),
				error("admin: parameter of the wrong type", 400, "bad_request",
						t -> t.admin("GET", "/api/admin/unanswered?limit=many", null, null)),
				error("admin: no such account", 404, "not_found",
						t -> t.admin("PUT", "/api/admin/accounts/nobody", "{\"enabled\":true}", null)),
				error("admin: demoting the last admin", 409, "last_admin", ErrorShapeTests::demoteLastAdmin),
				error("draft: stale copy", 409, "conflict", t -> t.admin("PUT", INTENT, "{}", "\"stale\"")),
				error("draft: change without If-Match", 428, "if_match_required",
						t -> t.admin("PUT", INTENT, "{}", null)),
				error("draft: invalid name, with its field", 400, "bad_request",
						t -> t.admin("PUT", "/api/admin/draft/intents/Not-A-Name", "{}", null)),
				error("corpus: rejected upload", 422, "rejected", ErrorShapeTests::emptyCorpus),
				error("corpus: upload over its cap", 413, "too_large",
						t -> t.send(t.request("/api/admin/corpus")
							.header("Authorization", "Bearer " + TOKEN)
							.header("Content-Type", "application/zip")
							.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1_100_000])))),
				error("unexpected exception", 500, "internal_server_error",
						t -> t.send(t.request("/api/test/failure"))));
	}

	private static Arguments error(String name, int status, String code, Provoke provoke) {
		return Arguments.of(name, status, code, provoke);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("errors")
	void everyErrorIsAProblemWithItsStatusTitleDetailAndCode(String name, int status, String code, Provoke provoke)
			throws Exception {
		HttpResponse<String> response = provoke.send(this);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(problem.path("error").asString()).isEqualTo(code);
	}

	private static HttpResponse<String> overTheLimit(ErrorShapeTests test) throws Exception {
		String question = "{\"sessionId\":\"limited\",\"message\":\"hola\"}";
		assertThat(test.post("/api/chat", question).statusCode()).isEqualTo(200);
		return test.post("/api/chat", question);
	}

	private static HttpResponse<String> tooManySignIns(ErrorShapeTests test) throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(test.signIn("guessed", "guess-" + i).statusCode()).isEqualTo(401);
		}
		return test.signIn("guessed", "guess-3");
	}

	private static HttpResponse<String> demoteLastAdmin(ErrorShapeTests test) throws Exception {
		test.admin("POST", "/api/admin/accounts",
				JSON.writeValueAsString(Map.of("username", "chief", "password", PASSWORD, "role", "admin")), null);
		return test.admin("PUT", "/api/admin/accounts/chief", "{\"role\":\"editor\"}", null);
	}

	private static HttpResponse<String> emptyCorpus(ErrorShapeTests test) throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		new ZipOutputStream(zip).close();
		return test.send(test.request("/api/admin/corpus")
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray())));
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		// A connection per request: the app closes those whose body it refused unread.
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> admin(String method, String path, String json, String ifMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return send(request);
	}

	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		return post("/api/admin/session", JSON.writeValueAsString(Map.of("username", username, "password", password)));
	}

	/** An editor signed in on the staff page, created with the token if need be. */
	Browser editor() throws IOException, InterruptedException {
		admin("POST", "/api/admin/accounts",
				JSON.writeValueAsString(Map.of("username", "ed", "password", PASSWORD, "role", "editor")), null);
		Browser browser = new Browser();
		assertThat(browser
			.send("POST", "/api/admin/session", JSON.writeValueAsString(Map.of("username", "ed", "password", PASSWORD)))
			.statusCode()).isEqualTo(200);
		return browser;
	}

	/**
	 * The staff page's requests with its session cookie, but never the CSRF token the
	 * page would echo.
	 */
	final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send("GET", path, null);
		}

		HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
			return http.send(request(path).header("Content-Type", "application/json")
				.method(method,
						json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
