package org.lacreview.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

class CliTests {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
	}

	private String output() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void validateReportsAGoodCorpusAndItsSize() {
		assertThat(run("validate", TestCorpora.MINI.toString())).isZero();
		assertThat(output()).contains("ok: 1 sections, 2 entity families, 7 intents");
	}

	@Test
	void validateFailsWithFileAndLineOnABrokenCorpus(@TempDir Path dir) throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		Path intents = corpus.resolve("intents/meeting.yml");
		Files.writeString(intents, Files.readString(intents).replace("suggest: [meeting_dates]", "suggest: [nowhere]"));
		assertThat(run("validate", corpus.toString())).isEqualTo(1);
		assertThat(output()).contains("intents/meeting.yml:18: error: intent zoom_by_day suggests an intent that does not exist: nowhere");
	}

	@Test
	void goldenPrintsAccuracyPerIntentScoresAndFailures(@TempDir Path dir) throws IOException {
		Path golden = dir.resolve("extra.yml");
		Files.writeString(golden, """
				- q: ¿Cuándo fue el encuentro?
				  intent: meeting_dates
				- q: ¿Cuándo fue el encuentro?
				  intent: zoom_by_day
				""");
		assertThat(run("golden", TestCorpora.MINI.toString(), golden.toString())).isZero();
		assertThat(output()).contains("accuracy 1/2 = 50.0%")
			.contains("meeting_dates")
			.contains("misclassified or wrong (1)")
			.contains("expected [] intent zoom_by_day; got [meeting_dates]");
	}

	@Test
	void askAnswersAConversationTurnByTurn() {
		assertThat(run("ask", TestCorpora.MINI.toString(), "¿Cuántos se conectaron por Zoom el 26 de abril? | ¿y el 27?")).isZero();
		assertThat(output()).contains("participaron 100 personas").contains("participaron 80 personas");
	}

	@Test
	void unknownCommandsPrintUsage() {
		assertThat(run("frobnicate", "corpus")).isEqualTo(2);
		assertThat(output()).contains("usage:");
	}
}
