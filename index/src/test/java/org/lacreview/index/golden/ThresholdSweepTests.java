package org.lacreview.index.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ThresholdSweepTests {

	private static Observation answered(String truth, String intent, double confidence) {
		return new Observation(truth, Optional.of(intent), confidence, truth.equals(intent));
	}

	@Test
	void sweepsTheWholeRangeInStepsOfTwoHundredths() {
		List<Tally> steps = ThresholdSweep.sweep(List.of(answered("a", "a", 0.5)));
		assertThat(steps).hasSize(51);
		assertThat(steps.get(0).threshold()).isZero();
		assertThat(steps.get(15).threshold()).isEqualTo(Double.parseDouble("0.30"));
		assertThat(steps.get(50).threshold()).isEqualTo(1.0);
	}

	@Test
	void choosesTheBestF1() {
		// A wrong answer at 0.2 and a right one at 0.6: refusing the first (threshold in
		// (0.2, 0.6]) is best.
		List<Observation> observations = List.of(answered("out_of_scope", "a", 0.2), answered("a", "a", 0.6));
		Tally best = ThresholdSweep.best(ThresholdSweep.sweep(observations));
		assertThat(best.f1()).isEqualTo(1.0);
		// equal F1 from 0.22 to 0.60: the highest of them
		assertThat(best.threshold()).isEqualTo(0.6);
	}

	@Test
	void amongEqualF1sChoosesFewerWrongAnswers() {
		// Up to 0.30: a right answer and a wrong one (F1 2/4, one wrong answer). From
		// 0.32 to 0.50: the right one
		// refused, the wrong one still given (F1 0). Above 0.50: both refused, the
		// must-refuse rightly (F1 2/4 again,
		// no wrong answer).
		List<Observation> observations = List.of(answered("a", "a", 0.3), answered("out_of_scope", "b", 0.5));
		List<Tally> steps = ThresholdSweep.sweep(observations);
		assertThat(steps.get(0).f1()).isEqualTo(0.5);
		assertThat(steps.get(0).wrongAnswers()).isEqualTo(1);
		assertThat(steps.get(20).f1()).isZero();
		assertThat(steps.get(26).f1()).isEqualTo(0.5);
		Tally best = ThresholdSweep.best(steps);
		assertThat(best.wrongAnswers()).isZero();
		assertThat(best.threshold()).isEqualTo(1.0);
	}

}
