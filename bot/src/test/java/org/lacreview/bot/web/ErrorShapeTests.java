package org.lacreview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacreview.bot.support.ProblemAssertions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every 4xx and 5xx the app answers, one case each (but the admin API's 404 with the
 * staff tools off, {@code StaffToolsOffTests}, and the Telegram webhook's 503,
 * {@code WebhookBusyTests}, which need an app of their own), on the real server (filters,
 * Spring Security, Spring MVC and the container's error page included): each is
 * {@code application/problem+json} with {@code status} (the response's), {@code title},
 * {@code detail} and the {@code error} code the pages test. Limits are low here so that
 * the refusals can be reached: one question per conversation, three wrong sign-ins per
 * account (and wrong admin tokens per address), 1 MB per corpus upload, two requests in
 * progress per address, 2 s for a body to arrive. What Java's client cannot send (a body
 * trickling in, requests from another address) goes through a {@link Raw} connection from
 * 127.0.0.x; the database can be switched off for one case ({@link Outage}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + ErrorShapeTests.TOKEN,
				"chatbot.rate-limit.per-session=1", "chatbot.admin.max-failures=3", "chatbot.publishing.max-upload=1MB",
				"chatbot.web.max-in-flight-per-client=2", "chatbot.web.body-deadline=2s" })
@Import({ ErrorShapeTests.Failing.class, ErrorShapeTests.Outage.class })
@DirtiesContext
class ErrorShapeTests {

	static final String TOKEN = "error-shape-admin-token-0123456789abcdef";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "a-long-enough-test-password-42";

	private static final String INTENT = "/api/admin/draft/intents/meeting_dates";

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	/** Raw connections a case opened, closed after it. */
	private final List<Raw> raws = new ArrayList<>();

	/** A controller that fails as a bug would: nothing handles its exception. */
	@RestController
	static class Failing {

		@GetMapping("/api/test/failure")
		String fail() {
			throw new IllegalStateException("a bug nobody handled");
		}

	}

	/**
	 * The app's DataSource behind a switch: while {@link #down} is set, every new
	 * connection is refused as by a database that has gone away.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Outage {

		@Bean
		static BeanPostProcessor switchableDatabase() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !(bean instanceof Switch)) ? new Switch(dataSource)
							: bean;
				}

			};
		}

		/** The switch. */
		static final class Switch extends DelegatingDataSource {

			volatile boolean down;

			Switch(DataSource target) {
				super(target);
			}

			@Override
			public Connection getConnection() throws SQLException {
				refuseIfDown();
				return super.getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				refuseIfDown();
				return super.getConnection(username, password);
			}

			private void refuseIfDown() throws SQLException {
				if (down) {
					throw new SQLException("the database is down (switched off by the test)", "08001");
				}
			}

		}

	}

	/** One error of the app: how to provoke it, and the status it must have. */
	interface Provoke {

		HttpResponse<String> send(ErrorShapeTests test) throws Exception;

	}

	/** An error provoked by hand, on a {@link Raw} connection. */
	interface ProvokeRaw {

		Reply send(ErrorShapeTests test) throws Exception;

	}

	/** A response as the cases read it. */
	record Reply(int status, String contentType, String body) {

		static Reply of(HttpResponse<String> response) {
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}

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
						t -> t.send(t.request("/api/test/failure"))),
				error("feedback: the database is down", 503, "unavailable", ErrorShapeTests::feedbackWithoutDatabase),
				raw("a body that arrives too slowly", 408, "too_slow", ErrorShapeTests::tooSlowBody),
				raw("too many requests in progress from one address", 429, "rate_limited",
						ErrorShapeTests::tooManyInProgress),
				raw("admin: too many wrong tokens from one address", 429, "rate_limited",
						ErrorShapeTests::tooManyWrongTokens),
				error("draft: another version went live since it was opened", 409, "live_changed",
						ErrorShapeTests::liveChanged));
	}

	private static Arguments error(String name, int status, String code, Provoke provoke) {
		return raw(name, status, code, t -> Reply.of(provoke.send(t)));
	}

	private static Arguments raw(String name, int status, String code, ProvokeRaw provoke) {
		return Arguments.of(name, status, code, provoke);
	}

	@AfterEach
	void closeRawConnectionsAndBringTheDatabaseBack() throws IOException {
		((Outage.Switch) database).down = false;
		for (Raw raw : raws) {
			raw.close();
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("errors")
	void everyErrorIsAProblemWithItsStatusTitleDetailAndCode(String name, int status, String code, ProvokeRaw provoke)
			throws Exception {
		Reply response = provoke.send(this);

		ProblemAssertions.assertProblem(response.status(), response.contentType(), response.body(), status, code);
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

	private static HttpResponse<String> feedbackWithoutDatabase(ErrorShapeTests test) throws Exception {
		((Outage.Switch) test.database).down = true;
		return test.post("/api/feedback", "{\"question\":\"hola\",\"helpful\":true}");
	}

	/** A chat body that trickles in, one byte every 300 ms, past the 2 s deadline. */
	private static Reply tooSlowBody(ErrorShapeTests test) throws Exception {
		Raw slow = test.raw("127.0.0.21");
		slow.send(slowPost("/api/chat") + "{");
		for (int i = 0; i < 30 && !slow.answered(); i++) {
			Thread.sleep(300);
			slow.send(" ");
		}
		return slow.reply();
	}

	/**
	 * Two chat requests from 127.0.0.22 wait for their bodies; a third from there is
	 * refused.
	 */
	private static Reply tooManyInProgress(ErrorShapeTests test) throws Exception {
		for (int i = 0; i < 2; i++) {
			test.raw("127.0.0.22").send(slowPost("/api/chat"));
		}
		Thread.sleep(500);
		Raw third = test.raw("127.0.0.22");
		third.send(slowPost("/api/chat"));
		return third.reply();
	}

	/**
	 * Three wrong admin tokens from 127.0.0.23; a fourth request from there is refused.
	 */
	private static Reply tooManyWrongTokens(ErrorShapeTests test) throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(test.tokenFrom("127.0.0.23", "guess-" + i).status()).isEqualTo(403);
		}
		return test.tokenFrom("127.0.0.23", TOKEN);
	}

	/**
	 * A draft opened from the live version; the same files are then uploaded as a new
	 * version, so publishing the draft would undo it.
	 */
	private static HttpResponse<String> liveChanged(ErrorShapeTests test) throws Exception {
		long live = JSON.readTree(test.admin("GET", "/api/admin/corpus", null, null).body()).path("id").asLong();
		assertThat(test.admin("POST", "/api/admin/draft/from-version/" + live, null, null).statusCode()).isEqualTo(201);
		byte[] zip = HttpClient.newHttpClient()
			.send(test.request("/api/admin/corpus/versions/" + live + "/download")
				.header("Authorization", "Bearer " + TOKEN)
				.build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();
		assertThat(test
			.send(test.request("/api/admin/corpus")
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip)))
			.statusCode()).isEqualTo(201);
		return test.admin("POST", "/api/admin/draft/publish", null, null);
	}

	private static String slowPost(String path) {
		return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 100\r\n\r\n";
	}

	private Reply tokenFrom(String source, String token) throws IOException {
		try (Raw raw = new Raw(source)) {
			raw.send("GET /api/admin/corpus HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
					+ "\r\nConnection: close\r\n\r\n");
			return raw.reply();
		}
	}

	private Raw raw(String source) throws IOException {
		Raw raw = new Raw(source);
		raws.add(raw);
		return raw;
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

	/**
	 * One hand-driven HTTP/1.1 connection to the app from a chosen loopback address
	 * (127.0.0.x), for requests Java's client cannot send.
	 */
	final class Raw implements AutoCloseable {

		private final Socket socket = new Socket();

		Raw(String source) throws IOException {
			socket.bind(new InetSocketAddress(source, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
		}

		void send(String text) throws IOException {
			socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().flush();
		}

		/** Whether the first bytes of a response have arrived. */
		boolean answered() throws IOException {
			return socket.getInputStream().available() > 0;
		}

		/**
		 * The response, read within 10 s: up to its {@code Content-Length} or its last
		 * chunk, else until the app closes the connection.
		 */
		Reply reply() throws IOException {
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			byte[] buffer = new byte[4096];
			while (!complete(read.toString(StandardCharsets.UTF_8))) {
				int n = in.read(buffer);
				if (n < 0) {
					break;
				}
				read.write(buffer, 0, n);
			}
			String text = read.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			assertThat(end).as("a complete response head: %s", text).isPositive();
			String head = text.substring(0, end);
			String body = text.substring(end + 4);
			return new Reply(Integer.parseInt(head.substring(9, 12)), header(head, "Content-Type"),
					header(head, "Transfer-Encoding").equalsIgnoreCase("chunked") ? unchunked(body) : body);
		}

		private static boolean complete(String text) {
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				return false;
			}
			String head = text.substring(0, end);
			if (header(head, "Transfer-Encoding").equalsIgnoreCase("chunked")) {
				return text.endsWith("\r\n0\r\n\r\n");
			}
			String length = header(head, "Content-Length");
			return !length.isEmpty()
					&& text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length);
		}

		private static String header(String head, String name) {
			return head.lines()
				.filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map(l -> l.substring(name.length() + 1).strip())
				.findFirst()
				.orElse("");
		}

		private static String unchunked(String chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
			int at = 0;
			while (true) {
				int lineEnd = at;
				while (bytes[lineEnd] != '\r') {
					lineEnd++;
				}
				int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
				if (size == 0) {
					return body.toString(StandardCharsets.UTF_8);
				}
				body.write(bytes, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

}
