package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
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

	static final String DATES = "se realizó entre el 26 y el 28 de abril de 2021, durante tres días.";

	static final byte[] CHANGED = CorpusZips.bundled()
		.replace("intents/meeting.yml", DATES, DATES + " PERSISTE-1")
		.zip();

	private static void publishRestartAndServe(String... database) throws Exception {
		try (RunningApp first = RunningApp.start(database)) {
			assertThat(first.admin("/api/admin/corpus").path("id").asLong()).isEqualTo(1);
			assertThat(first.publish(CHANGED).statusCode()).isEqualTo(201);
			assertThat(first.chat(null, "¿Cuándo fue la reunión?").path("answer").asString()).contains("PERSISTE-1");
			first.chat(null, "¿Cuál es la capital de Francia?");
			first.bean(UnansweredLog.class).flush();
		}
		try (RunningApp second = RunningApp.start(database)) {
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
		try (RunningApp first = RunningApp.start(database)) {
			assertThat(first.publish(CHANGED).statusCode()).isEqualTo(201);
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
