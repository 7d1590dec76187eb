package org.lacreview.index.golden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores observations at every threshold from 0.00 to 1.00 and picks the best: the
 * highest summed F1, then the fewest wrong answers, then the higher threshold (the more
 * cautious of two equal ones).
 */
public final class ThresholdSweep {

	/** The step of the sweep in hundredths: 0.00, 0.02, … 1.00. */
	public static final int STEP_HUNDREDTHS = 2;

	/**
	 * Best first by F1 (compared exactly on the counts, so that equal F1s tie), then by
	 * fewer wrong answers: how {@link SettingsSearch} compares settings.
	 */
	static final Comparator<Tally> BEST_SETTINGS = Comparator
		.comparing(
				(Tally t) -> new long[] { 2L * t.truePositives(),
						2L * t.truePositives() + t.falseNegatives() + t.falsePositives() },
				ThresholdSweep::compareFractions)
		.reversed()
		.thenComparingInt(Tally::wrongAnswers);

	/** As {@link #BEST_SETTINGS}, then the higher threshold. */
	static final Comparator<Tally> BEST = BEST_SETTINGS
		.thenComparing(Comparator.comparingDouble(Tally::threshold).reversed());

	private ThresholdSweep() {
	}

	/** The observations scored at 0.00, 0.02, … 1.00, in that order. */
	public static List<Tally> sweep(List<Observation> observations) {
		List<Tally> steps = new ArrayList<>();
		for (int hundredths = 0; hundredths <= 100; hundredths += STEP_HUNDREDTHS) {
			// hundredths / 100.0 is the same double as the text "0.30" in corpus.yml
			// reads as.
			steps.add(Tally.of(observations, hundredths / 100.0));
		}
		return steps;
	}

	/**
	 * @throws IllegalArgumentException when {@code steps} is empty
	 */
	public static Tally best(List<Tally> steps) {
		return steps.stream().min(BEST).orElseThrow(() -> new IllegalArgumentException("no thresholds to choose from"));
	}

	/** Compares a[0]/a[1] with b[0]/b[1]; a fraction over 0 counts as 0. */
	private static int compareFractions(long[] a, long[] b) {
		long left = a[1] == 0 ? 0 : a[0] * Math.max(b[1], 1);
		long right = b[1] == 0 ? 0 : b[0] * Math.max(a[1], 1);
		return Long.compare(left, right);
	}

}
