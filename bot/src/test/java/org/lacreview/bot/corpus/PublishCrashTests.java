package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.BotApplication;
import org.lacreview.bot.support.TestCorpora;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code 201} for a publish means the version is on disk: the app runs in a child JVM
 * on an H2 file, is killed (SIGKILL, no shutdown hook) right after the {@code 201}, and
 * the restarted app serves that version and gives the next publish a higher id. Two
 * starts of a child JVM take ≈ 30-60 s on a loaded 2-core machine, so this runs only when
 * asked:
 * {@code ./mvnw -pl bot -am test -Dtest=PublishCrashTests -Dchatbot.crash-tests=true}.
 */
@EnabledIfSystemProperty(named = "chatbot.crash-tests", matches = "true")
class PublishCrashTests {

	private static final String TOKEN = "publish-crash-tests-admin-token-0123456789";

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The app in a child JVM, and the port it listens on once started. */
	private record Child(Process process, int port) {
	}

	@Test
	void aVersionAcknowledgedWith201SurvivesAKillAndItsIdIsNeverReused(@TempDir Path dir) throws Exception {
		// H2 writes a commit to its file within its write delay (0.5 s by default); a
		// slow answer on a loaded
		// machine can outlast it, so it is widened to make sure the kill falls inside it,
		// as it did 4/4 times on
		// the packaged jar.
		String database = "jdbc:h2:file:" + dir.resolve("chatbot").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=10000";
		long acknowledged;
		Child first = start(database);
		try {
			HttpResponse<String> published = publish(first, PersistenceTests.CHANGED);
			// Killed at once: no shutdown hook, no orderly close of the database.
			first.process().destroyForcibly();
			assertThat(published.statusCode()).isEqualTo(201);
			acknowledged = JSON.readTree(published.body()).path("version").path("id").asLong();
			assertThat(acknowledged).isGreaterThan(1);
			first.process().waitFor(30, TimeUnit.SECONDS);
		}
		finally {
			first.process().destroyForcibly();
		}
		Child second = start(database);
		try {
			JsonNode live = get(second, "/api/admin/corpus");
			assertThat(live.path("id").asLong()).isEqualTo(acknowledged);
			HttpResponse<String> next = publish(second,
					CorpusZips.bundled()
						.replace("intents/meeting.yml", TestCorpora.BUNDLED_DATES_ES,
								TestCorpora.BUNDLED_DATES_ES + " CRASH-2")
						.zip());
			assertThat(next.statusCode()).isEqualTo(201);
			assertThat(JSON.readTree(next.body()).path("version").path("id").asLong()).isGreaterThan(acknowledged);
		}
		finally {
			second.process().destroyForcibly();
			second.process().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Child start(String database) throws IOException, InterruptedException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", classPath, BotApplication.class.getName(), "--server.port=0",
						"--server.address=127.0.0.1", "--chatbot.admin.token=" + TOKEN, "--chatbot.telegram.token=",
						"--chatbot.publishing.measure-golden-at-start=false", "--spring.datasource.url=" + database));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					Matcher started = STARTED.matcher(line);
					if (started.find()) {
						port.complete(Integer.parseInt(started.group(1)));
					}
				}
				port.completeExceptionally(new IllegalStateException("the app stopped before it started"));
			}
			catch (IOException ex) {
				port.completeExceptionally(ex);
			}
		}, "child-app-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new Child(process, port.get(180, TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IllegalStateException("the app in the child JVM did not start", ex);
		}
	}

	private HttpResponse<String> publish(Child app, byte[] zip) throws IOException, InterruptedException {
		return http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/admin/corpus?author=crash"))
					.header("Authorization", "Bearer " + TOKEN)
					.header("Content-Type", "application/zip")
					.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
					.timeout(Duration.ofSeconds(120))
					.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode get(Child app, String path) throws IOException, InterruptedException {
		return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
			.header("Authorization", "Bearer " + TOKEN)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

}
