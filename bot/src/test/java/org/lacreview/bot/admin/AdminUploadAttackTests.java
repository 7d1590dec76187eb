package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.corpus.CorpusZips;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile or broken corpus uploads by someone holding the admin token, on the real app:
 * each is refused with a 4xx naming what is wrong (file and line for a corpus), never a
 * 500, an empty 200, or a body read whole into memory. Uploads are drafts (or refused
 * before publishing), so the live version never changes here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + AdminUploadAttackTests.TOKEN,
				"chatbot.publishing.max-upload=1MB" })
@DirtiesContext
class AdminUploadAttackTests {

	static final String TOKEN = "upload-attack-test-token-0123456789abcdef";

	/** The raw body cap set above, in bytes. */
	private static final int CAP = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> upload(byte[] zip, String query) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/corpus?" + query))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The zip opened as the draft: checked and built as an upload is, never published.
	 */
	private HttpResponse<String> draft(byte[] zip) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/draft/from-zip"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A refusal with the API's JSON shape; returns its errors (or message) as one text.
	 */
	private static String refused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("detail").asString()).isNotBlank();
		return body.path("detail").asString() + " " + body.path("errors");
	}

	private static byte[] bundledWith(String name, String content) {
		return CorpusZips.bundled().entry(name, content.getBytes(StandardCharsets.UTF_8)).zip();
	}

	@Test
	void aYamlAliasIsRefusedWithFileAndLineInsteadOfBeingExpanded() throws Exception {
		String intents = """
				- intent: bomb_a
				  examples:
				    es: |
				      - pregunta de prueba alfa
				  answer: &big "Un texto que se repetiría cada vez que se nombra."
				- intent: bomb_b
				  examples:
				    es: |
				      - pregunta de prueba beta
				  answer: *big
				""";
		String errors = refused(draft(bundledWith("corpus/intents/zz-bomb.yml", intents)), 422);
		assertThat(errors).contains("intents/zz-bomb.yml:10: error: YAML aliases");
	}

	@Test
	void yamlNestedTooDeeplyIsA422WithFileAndLineNotA500() throws Exception {
		String intents = "- intent: deep\n  suggest: " + "[".repeat(80) + "]".repeat(80) + "\n";
		String errors = refused(draft(bundledWith("corpus/intents/zz-deep.yml", intents)), 422);
		assertThat(errors).contains("intents/zz-deep.yml:2: error: YAML").containsIgnoringCase("nesting");
	}

	@Test
	void aJavascriptLinkInASectionIsRefusedWithFileAndLine() throws Exception {
		byte[] zip = CorpusZips.bundled()
			.replace("sections/01-resumen.md", "url: https://pactomigracion.cepal.org/es", "url: javascript:alert(1)")
			.zip();
		List<String> lines = Files.readAllLines(Path.of("corpus/sections/01-resumen.md"));
		int line = lines.indexOf("url: https://pactomigracion.cepal.org/es") + 1;
		assertThat(line).isPositive();
		assertThat(refused(draft(zip), 422))
			.contains("sections/01-resumen.md:" + line + ": error: a link must be an http:// or https://");
	}

	@Test
	void garbageAndTruncatedZipsAreA422() throws Exception {
		byte[] garbage = new byte[4096];
		new Random(11).nextBytes(garbage);
		assertThat(refused(draft(garbage), 422)).containsIgnoringCase("zip");
		byte[] zip = CorpusZips.bundled().zip();
		for (int length : new int[] { 30, 200, zip.length / 2, zip.length - 10 }) {
			assertThat(refused(draft(Arrays.copyOf(zip, length)), 422)).as("cut at " + length)
				.containsIgnoringCase("zip");
		}
	}

	@Test
	void entryNamesWithNulOrNotInUtf8AreA422NamingTheProblem() throws Exception {
		assertThat(refused(draft(bundledWith("corpus/notes\u0000.txt", "x")), 422)).containsIgnoringCase("name");
		// "é" in Latin-1 is one byte that is not UTF-8, and no flag says the names are
		// UTF-8.
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
			zip.putNextEntry(new ZipEntry("corpus/notas-\u00e9.txt"));
			zip.write("x".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(refused(draft(bytes.toByteArray()), 422)).containsIgnoringCase("UTF-8");
	}

	@Test
	void aZipWithTheSameFileTwiceIsRefusedNotLastOneWins() throws Exception {
		// Two entries whose names differ only in a placeholder byte, then patched to the
		// same name.
		byte[] zip = CorpusZips.bundled()
			.entry("corpus/messages.ym#", "fallback: otra cosa\n".getBytes(StandardCharsets.UTF_8))
			.zip();
		byte[] from = "corpus/messages.ym#".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i + from.length <= zip.length; i++) {
			if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
				zip[i + from.length - 1] = 'l';
			}
		}
		assertThat(refused(draft(zip), 422)).contains("corpus/messages.yml").contains("twice");
		// The same file under two spellings of its path.
		byte[] dotted = bundledWith("corpus/./messages.yml", "fallback: otra cosa\n");
		assertThat(refused(draft(dotted), 422)).contains("messages.yml").contains("twice");
	}

	@Test
	void anAuthorWithLineBreaksOrControlCharactersOrTooLongIsA400() throws Exception {
		byte[] zip = "not even a zip".getBytes(StandardCharsets.UTF_8);
		for (String author : new String[] { "Ana\r\n2030-01-01 INFO corpus version 9 published by root", "Ana\u0000",
				"Ana\u001b[31m", "A".repeat(201) }) {
			String query = "author=" + URLEncoder.encode(author, StandardCharsets.UTF_8);
			assertThat(refused(upload(zip, query), 400)).as(author).contains("author");
		}
	}

	@Test
	void aRawUploadDeclaredOverTheCapIsA413BeforeItsBodyIsSent() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/admin/corpus HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
					+ "\r\nContent-Type: application/zip\r\nContent-Length: " + 100L * CAP + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			// No body is sent: the answer must come from the declared length alone.
			assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
		}
	}

	@Test
	void aChunkedRawUploadOverTheCapIsA413BeforeTheWholeBodyIsRead() throws Exception {
		long total = 32L * CAP;
		long sent = 0;
		String status;
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(("POST /api/admin/corpus HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
					+ "\r\nContent-Type: application/zip\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			try {
				while (sent < total && in.available() == 0) {
					out.write(head);
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					sent += chunk.length;
				}
				if (sent >= total) {
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed without reading the rest: what it should
				// do.
			}
			status = statusLine(in);
		}
		assertThat(status).startsWith("HTTP/1.1 413");
		assertThat(sent).as("bytes sent before the answer").isLessThan(total);
	}

	private static String statusLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
			line.append((char) c);
		}
		return line.toString().strip();
	}

}
