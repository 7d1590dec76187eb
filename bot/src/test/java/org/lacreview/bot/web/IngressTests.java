package org.lacreview.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reaches the app, and as whom, on the real server: body caps on decoded paths,
 * X-Forwarded-For from a proxy that appends its own line, IPv6 clients per /64,
 * {@code /error}, and request fields of the wrong type or content. The address limit is 2
 * a minute here; the trusted proxy is this machine.
 */
class IngressTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CHAT = "{\"message\": \"¿Cuándo fue la reunión?\"}";

	private static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.onMini("chatbot.rate-limit.per-address=2");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	/**
	 * Sends {@code request} as raw bytes and returns the status line's code, waiting at
	 * most 3 s.
	 */
	private static int raw(String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", URI.create(app.url("/")).getPort()), 2000);
			socket.setSoTimeout(3000);
			try {
				socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				// The server may answer and close before a long request is written; its
				// answer is still there.
			}
			InputStream in = socket.getInputStream();
			byte[] head = in.readNBytes(12);
			return Integer.parseInt(new String(head, StandardCharsets.ISO_8859_1).substring(9, 12));
		}
	}

	/**
	 * A chat question sent by the proxy on this machine with the given X-Forwarded-For
	 * lines.
	 */
	private static int viaProxy(String... forwardedFor) throws IOException {
		StringBuilder request = new StringBuilder("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\n");
		for (String line : forwardedFor) {
			request.append("X-Forwarded-For: ").append(line).append("\r\n");
		}
		byte[] body = CHAT.getBytes(StandardCharsets.UTF_8);
		request.append("Content-Length: ").append(body.length).append("\r\n\r\n").append(CHAT);
		return raw(request.toString());
	}

	@Test
	void aBodyOverTheCapIsRefusedOnAPercentEncodedPathBeforeItIsRead() throws IOException {
		// Only the headers are sent: a server that meant to read the 200 KB would wait,
		// and the test time out.
		assertThat(raw("POST /api/%63hat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 200000\r\n\r\n"))
			.isEqualTo(413);
		assertThat(raw("POST /api/%66eedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 200000\r\n\r\n"))
			.isEqualTo(413);
	}

	@Test
	void aRawCorpusUploadOverItsCapIsRefusedBeforeItIsRead() throws IOException {
		assertThat(raw("POST /api/%61dmin/corpus HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/zip\r\n"
				+ "Authorization: Bearer " + RunningApp.ADMIN_TOKEN + "\r\nContent-Length: 100000000\r\n\r\n"))
			.isEqualTo(413);
	}

	@Test
	void aChunkedBodyOverTheCapOnAnEncodedPathIs413() throws IOException {
		String body = "{\"message\": \"" + "a".repeat(100_000) + "\"}";
		assertThat(raw("POST /api/%63hat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body
				+ "\r\n0\r\n\r\n"))
			.isEqualTo(413);
	}

	@Test
	void aClientsOwnForwardedForLineDoesNotGiveItANewBudget() throws IOException {
		// The proxy appends its own line with the address it saw; the client writes a new
		// first line each time.
		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			statuses.add(viaProxy("10.66.0." + i, "198.51.100.7"));
		}
		assertThat(statuses).containsExactly(200, 200, 429);
	}

	@Test
	void ipv6ClientsAreLimitedPerSlash64() throws IOException {
		assertThat(List.of(viaProxy("2001:db8:1:2::1"), viaProxy("2001:db8:1:2::2"), viaProxy("2001:db8:1:2:ffff::3")))
			.containsExactly(200, 200, 429);
		assertThat(viaProxy("2001:db8:1:3::1")).as("another /64").isEqualTo(200);
	}

	@Test
	void aDirectRequestForTheErrorPageIsANotFound() throws IOException {
		HttpResponse<String> response = app.send(HttpRequest.newBuilder(URI.create(app.url("/error"))), false);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("not_found");
		assertThat(raw("POST /%65rror HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")).isEqualTo(404);
	}

	@Test
	void aMessageThatIsNotAStringIsABadRequestNamingTheField() {
		for (String body : List.of("{\"message\": 12}", "{\"message\": true}",
				"{\"message\": \"hola\", \"sessionId\": 7}", "{\"message\": \"hola\", \"language\": 1.5}")) {
			HttpResponse<String> response = app.postJson("/api/chat", body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(JSON.readTree(response.body()).get("detail").asString()).as(body).contains("must be a string");
		}
		HttpResponse<String> feedback = app.postJson("/api/feedback", "{\"question\": 12, \"helpful\": true}");
		assertThat(feedback.statusCode()).isEqualTo(400);
	}

	@Test
	void aFeedbackMessageIdOverOneHundredCharactersOrANulIsABadRequest() {
		JsonNode answer = app.chat("ingress-1", "¿Cuándo fue la reunión?");
		String messageId = answer.get("messageId").asString();
		assertThat(app
			.postJson("/api/feedback",
					"{\"messageId\": \"" + "a".repeat(101) + "\", \"question\": \"q\", \"helpful\": true}")
			.statusCode()).isEqualTo(400);
		assertThat(app
			.postJson("/api/feedback",
					"{\"messageId\": \"" + messageId + "\", \"helpful\": false, \"comment\": \"a\\u0000b\"}")
			.statusCode()).isEqualTo(400);
		assertThat(app.postJson("/api/feedback", "{\"question\": \"a\\u0000b\", \"helpful\": true}").statusCode())
			.isEqualTo(400);
		assertThat(app.postJson("/api/chat", "{\"message\": \"hola\\u0000\"}").statusCode()).isEqualTo(400);
		assertThat(
				app.postJson("/api/feedback", "{\"messageId\": \"" + messageId + "\", \"helpful\": true}").statusCode())
			.isEqualTo(201);
	}

}
