package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A first start trains the intent model and keeps it in the database; the next start on
 * the same database loads it instead of training, and answers as before. On the default
 * H2 file and on PostgreSQL, since the early build reads the model over a connection of
 * its own before Spring's pool exists.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeptIntentModelTests {

	private static final String QUESTION = "¿Quién organizó la reunión?";

	private static void trainKeepThenLoad(CapturedOutput output, String... database) throws Exception {
		String firstAnswer;
		try (RunningApp first = RunningApp.onMini(database)) {
			firstAnswer = first.chat(null, QUESTION).path("answer").asString();
		}
		String firstStart = output.getAll();
		assertThat(firstStart).contains("kept intent model").doesNotContain("instead of training it");
		try (RunningApp second = RunningApp.onMini(database)) {
			assertThat(second.chat(null, QUESTION).path("answer").asString()).isEqualTo(firstAnswer).isNotBlank();
		}
		String secondStart = output.getAll().substring(firstStart.length());
		assertThat(secondStart).contains("loaded intent model")
			.contains("instead of training it")
			.doesNotContain("kept intent model");
	}

	@Test
	void theSecondStartOnTheH2FileLoadsTheModelTheFirstTrained(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		trainKeepThenLoad(output, "spring.datasource.url=jdbc:h2:file:" + dir.resolve("chatbot").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@OnPostgres
	@Test
	void theSecondStartOnPostgresLoadsTheModelTheFirstTrained(CapturedOutput output) throws Exception {
		trainKeepThenLoad(output, RunningApp.postgres(TestPostgres.newDatabase()));
	}

}
