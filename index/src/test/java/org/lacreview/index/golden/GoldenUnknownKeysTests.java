package org.lacreview.index.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.Problem;

class GoldenUnknownKeysTests {

	@Test
	void aMisspeltKeyOfAnItemOrADialogTurnIsAWarningWithFileLineAndTheKeyMeant(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("typos.yml");
		Files.writeString(file, """
				- q: ¿Va a llover mañana?
				  intent: out_of_scope
				  fallbak: true
				- dialog:
				    - q: ¿Cuántos se conectaron por Zoom el 26 de abril?
				      intent: zoom_by_day
				      expct: ["691"]
				""");
		GoldenSet.Loaded read = GoldenSet.read(file);
		assertThat(read.items()).hasSize(2);
		assertThat(read.warnings()).allMatch(Problem::isUnknownKey)
			.extracting(Problem::toString)
			.containsExactly(
					"typos.yml:3: warning: unknown key 'fallbak': the bot does not read it, so what it holds is never used; did you mean 'fallback'?",
					"typos.yml:7: warning: unknown key 'expct': the bot does not read it, so what it holds is never used; did you mean 'expect'?");
	}

	@Test
	void aQuestionBesideADialogIsNotReadAndSoReported(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("dialog.yml");
		Files.writeString(file, """
				- q: ¿Cuándo fue la reunión?
				  dialog:
				    - q: ¿y el 27?
				      expect: ["80"]
				""");
		assertThat(GoldenSet.read(file).warnings()).extracting(Problem::toString)
			.singleElement()
			.asString()
			.startsWith("dialog.yml:1: warning: unknown key 'q'");
	}

	@Test
	void theBundledAndMiniGoldenTestsHaveNoUnknownKey() {
		assertThat(GoldenSet.read(TestCorpora.BUNDLED.resolve("golden")).warnings()).isEmpty();
		assertThat(GoldenSet.read(TestCorpora.MINI.resolve("golden")).warnings()).isEmpty();
	}

}
