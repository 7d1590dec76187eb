package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * How strictly the engine refuses a question its best intent knows only part of is set by
 * the corpus ({@code coverage_weight} in {@code corpus.yml}), not by the code.
 */
class CoverageStrengthFromCorpusTests {

	/** Every word but one ("teams") is known to meeting_dates in the mini corpus. */
	private static final String PARTLY_KNOWN = "¿Cuándo fue la reunión por teams?";

	private static final String KNOWN = "¿Cuándo fue la reunión?";

	@TempDir
	Path dir;

	private AnswerEngine engine(String... settings) throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, Files.createTempDirectory(dir, "corpus"));
		for (String line : settings) {
			Files.writeString(copy.resolve("corpus.yml"), line + "\n", StandardOpenOption.APPEND);
		}
		return AnswerEngine.build(CorpusLoader.load(copy));
	}

	@Test
	void aCoverageWeightOfZeroInCorpusYmlStopsUnknownWordsLoweringTheScore() throws IOException {
		AnswerEngine defaults = engine();
		double proportional = score(defaults.answer(PARTLY_KNOWN).answer(), "meeting_dates");
		double known = score(defaults.answer(KNOWN).answer(), "meeting_dates");
		double off = score(engine("coverage_weight: 0").answer(PARTLY_KNOWN).answer(), "meeting_dates");
		assertThat(off).isGreaterThan(proportional);
		assertThat(proportional).isLessThan(known);
	}

	private static double score(Answer answer, String intent) {
		return answer.trace()
			.intents()
			.stream()
			.filter(s -> s.name().equals(intent))
			.mapToDouble(Scored::score)
			.findFirst()
			.orElseThrow(() -> new AssertionError(intent + " not ranked: " + why(answer)));
	}

}
