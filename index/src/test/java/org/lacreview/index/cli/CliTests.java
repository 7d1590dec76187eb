package org.lacreview.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
		assertThat(output()).contains(
				"intents/meeting.yml:36: error: intent zoom_by_day suggests an intent that does not exist: nowhere");
	}

	@Test
	void validateWarnsOfAnUnknownKeyAndSucceedsButStrictFailsOnIt(@TempDir Path dir) throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "  suggest: [zoom_by_day]",
				"  sugest: [zoom_by_day]");
		assertThat(run("validate", corpus.toString())).isZero();
		assertThat(output()).contains("intents/meeting.yml:16: warning: unknown key 'sugest'")
			.contains("did you mean 'suggest'?")
			.contains("ok: 1 sections");
		bytes.reset();
		assertThat(run("validate", corpus.toString(), "--strict")).isEqualTo(1);
		assertThat(output()).contains("intents/meeting.yml:16: error: unknown key 'sugest'").doesNotContain("ok:");
	}

	@Test
	void validateWarnsOfAnUnknownKeyOfAGoldenTestAndStrictFailsOnIt(@TempDir Path dir) throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		Files.writeString(corpus.resolve("golden/typo.yml"),
				"- q: ¿Va a llover?\n  intent: out_of_scope\n  fallbak: true\n");
		assertThat(run("validate", corpus.toString())).isZero();
		assertThat(output()).contains("golden/typo.yml:3: warning: unknown key 'fallbak'");
		bytes.reset();
		assertThat(run("validate", corpus.toString(), "--strict")).isEqualTo(1);
		assertThat(output()).contains("golden/typo.yml:3: error: unknown key 'fallbak'").doesNotContain("ok:");
	}

	@Test
	void validateRefusesAnOptionOtherThanStrict() {
		assertThat(run("validate", TestCorpora.MINI.toString(), "--strcit")).isEqualTo(2);
		assertThat(output()).contains("validate takes only --strict");
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
	void goldenCountsConfidentWrongAnswersApartFromFallbacksAndAnsweredMustRefuse(@TempDir Path dir)
			throws IOException {
		Path golden = dir.resolve("kinds.yml");
		Files.writeString(golden, """
				- q: ¿Cuándo fue el encuentro?
				  expect: ["99 de mayo"]
				- q: ¿Cuándo fue el encuentro?
				  fallback: true
				- q: ¿Va a llover el lunes?
				  expect: ["lluvia"]
				- q: ¿Cuántos se conectaron por Zoom el 26 de abril?
				  expect: ["100"]
				""");
		assertThat(run("golden", TestCorpora.MINI.toString(), golden.toString())).isZero();
		assertThat(output()).contains("accuracy 1/4 = 25.0%")
			.contains(
					"failed turns: 1 confident wrong (answered, but wrong), 1 answered, but must be refused, 1 fallbacks")
			.contains("answered, but wrong (1):\n  kinds.yml#1: \"¿Cuándo fue el encuentro?\" expected [99 de mayo]")
			.contains("answered, but must be refused (1):\n  kinds.yml#2:")
			.contains("refused, but should have answered (1):\n  kinds.yml#3: \"¿Va a llover el lunes?\"");
	}

	@Test
	void goldenCountsAReplySayingOnePartIsMissingApartFromRefusals(@TempDir Path dir) throws IOException {
		Path golden = dir.resolve("parts.yml");
		Files.writeString(golden, """
				- q: How many people registered, and how many of them were women?
				  expect: ["registered"]
				- q: How many people registered, and how many of them were women?
				  expect: ["a pattern no reply holds"]
				""");
		assertThat(run("golden", TestCorpora.BUNDLED.toString(), golden.toString())).isZero();
		assertThat(output()).contains("accuracy 0/2 = 0.0%")
			.contains("1 fallbacks (refused, but should have answered), 1 answered in part")
			.contains("answered in part (every pattern found; another part said to be missing) (1):\n  parts.yml#1:")
			.contains("refused, but should have answered (1):\n  parts.yml#2:");
	}

	@Test
	void calibratePrintsTheSweepAndTheChosenThreshold() {
		assertThat(run("calibrate", TestCorpora.MINI.toString(), "--folds", "3")).isZero();
		String out = output();
		assertThat(out).contains("3-fold cross-validation (31)")
			.contains("golden (5)")
			.contains("cross-validation + golden (36)")
			.containsPattern("(?m)^     0\\.00 \\|")
			.containsPattern("(?m)^     0\\.50 \\|")
			.containsPattern("(?m)^     1\\.00 \\|")
			.containsPattern("chosen threshold: \\d\\.\\d\\d \\(best F1")
			.containsPattern("set  threshold: \\d\\.\\d\\d  in .*corpus.yml \\(now 0\\.30\\)");
		assertThat(out.lines().filter(l -> l.matches(" {5}[01]\\.\\d\\d \\|.*"))).hasSize(51);
	}

	@Test
	void calibrateRefusesABadNumberOfFolds() {
		assertThat(run("calibrate", TestCorpora.MINI.toString(), "--folds", "1")).isEqualTo(2);
		assertThat(output()).contains("--folds needs at least 2").contains("usage:");
	}

	@Test
	void askAnswersAConversationTurnByTurn() {
		assertThat(
				run("ask", TestCorpora.MINI.toString(), "¿Cuántos se conectaron por Zoom el 26 de abril? | ¿y el 27?"))
			.isZero();
		assertThat(output()).contains("participaron 100 personas").contains("participaron 80 personas");
	}

	@Test
	void unknownCommandsPrintUsage() {
		assertThat(run("frobnicate", "corpus")).isEqualTo(2);
		assertThat(output()).contains("usage:");
	}

	@Test
	void keepModelWritesTheTrainedModelUnderItsKeyAndTheNextRunFindsIt(@TempDir Path models) throws Exception {
		assertThat(run("keep-model", TestCorpora.MINI.toString(), models.toString())).isZero();
		List<Path> written;
		try (var files = Files.list(models)) {
			written = files.toList();
		}
		assertThat(written).singleElement().satisfies(file -> {
			assertThat(file.getFileName().toString()).matches("[0-9a-f]{64}\\.bin");
			assertThat(Files.size(file)).isPositive();
		});
		long modified = Files.getLastModifiedTime(written.get(0)).toMillis();

		assertThat(run("keep-model", TestCorpora.MINI.toString(), models.toString())).isZero();
		assertThat(Files.getLastModifiedTime(written.get(0)).toMillis()).as("found, not trained and written again")
			.isEqualTo(modified);
	}

}
