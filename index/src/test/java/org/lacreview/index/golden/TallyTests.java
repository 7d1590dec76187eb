package org.lacreview.index.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.golden.GoldenReport.IntentScore;

class TallyTests {

	private static Observation answered(String truth, String intent, double confidence) {
		return new Observation(truth, Optional.of(intent), confidence, truth.equals(intent));
	}

	private static Observation refused(String truth) {
		return new Observation(truth, Optional.empty(), 0, false);
	}

	/**
	 * Three right answers, one right refusal, one answer to the wrong intent, one
	 * fallback, one wrong answer to a must-refuse.
	 */
	private static final List<Observation> MIXED = List.of(answered("dates", "dates", 0.9),
			answered("dates", "dates", 0.5), answered("zoom", "zoom", 0.8), refused("out_of_scope"),
			answered("zoom", "dates", 0.6), refused("zoom"), answered("out_of_scope", "zoom", 0.4));

	@Test
	void countsEachMistakeAsAFalsePositiveOfWhatWasDoneAndAFalseNegativeOfWhatWasDue() {
		Tally t = Tally.of(MIXED, 0);
		assertThat(t.perIntent()).containsEntry("dates", new IntentScore(2, 1, 0))
			.containsEntry("zoom", new IntentScore(1, 1, 2))
			.containsEntry("out_of_scope", new IntentScore(1, 1, 1));
		assertThat(t.truePositives()).isEqualTo(4);
		assertThat(t.falseNegatives()).isEqualTo(3);
		assertThat(t.falsePositives()).isEqualTo(3);
		// 2TP / (2TP + FN + FP) = 8 / 14
		assertThat(t.f1()).isCloseTo(8.0 / 14, within(1e-12));
		assertThat(t.confidentWrong()).isEqualTo(1);
		assertThat(t.wronglyAnswered()).isEqualTo(1);
		assertThat(t.fallbacks()).isEqualTo(1);
		assertThat(t.wrongAnswers()).isEqualTo(2);
		// 5 answers, 3 of them right; 5 questions should have been answered
		assertThat(t.answerPrecision()).isCloseTo(3.0 / 5, within(1e-12));
		assertThat(t.answerRecall()).isCloseTo(3.0 / 5, within(1e-12));
	}

	@Test
	void aHigherThresholdRefusesTheAnswersLessConfidentThanIt() {
		Tally t = Tally.of(MIXED, 0.55);
		// refused now: the right "dates" at 0.5 (a new fallback) and the must-refuse at
		// 0.4 (now right)
		assertThat(t.answered()).isEqualTo(3);
		assertThat(t.fallbacks()).isEqualTo(2);
		assertThat(t.wronglyAnswered()).isZero();
		assertThat(t.confidentWrong()).isEqualTo(1);
		assertThat(t.truePositives()).isEqualTo(4);
		assertThat(t.perIntent()).containsEntry("out_of_scope", new IntentScore(2, 2, 0));
	}

	@Test
	void aThresholdEqualToTheConfidenceStillAnswers() {
		assertThat(answered("dates", "dates", 0.3).at(0.3)).contains("dates");
		assertThat(answered("dates", "dates", 0.3).at(0.32)).isEmpty();
	}

	@Test
	void nothingObservedScoresZero() {
		assertThat(Tally.of(List.of(), 0.3).f1()).isZero();
	}

}
