package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestCorpora;
import org.lacreview.bot.support.TestPostgres;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * A published version, and the questions the bot could not answer, survive a restart: on
 * the default H2 file and on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersistenceTests {

	/** The bundled corpus with a changed answer, for the tests that start on it. */
	static final byte[] CHANGED = CorpusZips.bundled()
		.replace("intents/meeting.yml", TestCorpora.BUNDLED_DATES_ES, TestCorpora.BUNDLED_DATES_ES + " PERSISTE-1")
		.zip();

	private static final byte[] MINI_CHANGED = CorpusZips.mini()
		.replace("intents/meeting.yml", TestCorpora.MINI_DATES_ES, TestCorpora.MINI_DATES_ES + " PERSISTE-1")
		.zip();

	/** Persistence is not about the bundled corpus: the app starts on the mini one. */
	private static RunningApp start(String... database) {
		String[] properties = Arrays.copyOf(database, database.length + 1);
		properties[database.length] = TestCorpora.ON_MINI;
		return RunningApp.start(properties);
	}

	private static void publishRestartAndServe(String... database) throws Exception {
		try (RunningApp first = start(database)) {
			assertThat(first.admin("/api/admin/corpus").path("id").asLong()).isEqualTo(1);
			assertThat(first.publish(MINI_CHANGED).statusCode()).isEqualTo(201);
			assertThat(first.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).contains("PERSISTE-1");
			first.chat(null, "¿Cuál es la capital de Francia?");
			first.bean(UnansweredLog.class).flush();
		}
		try (RunningApp second = start(database)) {
			assertThat(second.admin("/api/admin/corpus").path("id").asLong()).isEqualTo(2);
			assertThat(second.admin("/api/admin/corpus/versions").path("versions").size()).isEqualTo(2);
			assertThat(second.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).contains("PERSISTE-1");
			JsonNode unanswered = second.admin("/api/admin/unanswered").path("questions");
			assertThat(unanswered.size()).isEqualTo(1);
			assertThat(unanswered.get(0).path("question").asString()).isEqualTo("¿Cuál es la capital de Francia?");
			assertThat(unanswered.get(0).path("languages").toString()).isEqualTo("[\"es\"]");
			assertThat(unanswered.get(0).path("channels").toString()).isEqualTo("[\"web\"]");
		}
	}

	@Test
	void aPublishedVersionIsServedAfterARestartOnTheH2File(@TempDir Path dir, CapturedOutput output) throws Exception {
		publishRestartAndServe("spring.datasource.url=jdbc:h2:file:" + dir.resolve("chatbot").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		// The second start serves version 2, and says that the bundled folder is not what
		// it serves.
		assertThat(output.getAll()).contains("differs from the version served (2)");
	}

	@Test
	void aBrokenCorpusFolderIsReportedWhileThePublishedVersionIsServed(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		String database = "spring.datasource.url=jdbc:h2:file:" + dir.resolve("chatbot").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		try (RunningApp first = start(database)) {
			assertThat(first.publish(MINI_CHANGED).statusCode()).isEqualTo(201);
		}
		Path empty = Files.createDirectories(dir.resolve("empty-corpus"));
		try (RunningApp second = RunningApp.start(database, "chatbot.corpus=" + empty)) {
			assertThat(second.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).contains("PERSISTE-1");
		}
		assertThat(output.getAll()).contains(empty + " cannot be served").contains("serving published version 2");
	}

	@OnPostgres
	@Test
	void aPublishedVersionIsServedAfterARestartOnPostgres() throws Exception {
		publishRestartAndServe(RunningApp.postgres(TestPostgres.newDatabase()));
	}

}
