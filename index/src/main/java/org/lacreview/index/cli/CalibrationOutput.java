package org.lacreview.index.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lacreview.index.golden.GoldenReport.IntentScore;
import org.lacreview.index.golden.Observation;
import org.lacreview.index.golden.SettingsSearch;
import org.lacreview.index.golden.Tally;
import org.lacreview.index.golden.ThresholdSweep;

/**
 * Prints threshold sweeps and intent scores. In a sweep, P is the share of answers given
 * that are right, R the share of answerable questions answered rightly, F1 the summed
 * per-intent F1 with out_of_scope counted as an intent, and "wrong" the answers given
 * that are wrong (to another question, or to one that had to be refused).
 */
final class CalibrationOutput {

	private final PrintStream out;

	CalibrationOutput(PrintStream out) {
		this.out = out;
	}

	/**
	 * One line per threshold 0.00…1.00 with one column group per named set of
	 * observations, and the last group chosen on; returns the chosen step of the last
	 * group.
	 */
	Tally sweep(Map<String, List<Observation>> groups) {
		List<List<Tally>> sweeps = new ArrayList<>();
		StringBuilder header = new StringBuilder("threshold");
		groups.forEach((name, observations) -> {
			sweeps.add(ThresholdSweep.sweep(observations));
			header.append(String.format(Locale.ROOT, " | %-28s", name + " (" + observations.size() + ")"));
		});
		out.println(header);
		StringBuilder columns = new StringBuilder("         ");
		groups.keySet().forEach(name -> columns.append(" |    P    R   F1 wrong refused"));
		out.println(columns);
		for (int step = 0; step < sweeps.get(0).size(); step++) {
			StringBuilder line = new StringBuilder(
					String.format(Locale.ROOT, "     %.2f", sweeps.get(0).get(step).threshold()));
			for (List<Tally> sweep : sweeps) {
				Tally t = sweep.get(step);
				line.append(String.format(Locale.ROOT, " | %4.2f %4.2f %4.2f %5d %7d", t.answerPrecision(),
						t.answerRecall(), t.f1(), t.wrongAnswers(), t.total() - t.answered()));
			}
			out.println(line);
		}
		return ThresholdSweep.best(sweeps.get(sweeps.size() - 1));
	}

	/**
	 * One line per candidate of a settings search, the chosen one marked, and the line to
	 * put in corpus.yml.
	 */
	void settings(List<SettingsSearch.Result> results, SettingsSearch.Result chosen) {
		out.println("coverage_weight character_trigrams | threshold    P    R   F1 wrong");
		for (SettingsSearch.Result r : results) {
			Tally t = r.best();
			out.printf(Locale.ROOT, "%15.1f %18s | %9.2f %4.2f %4.2f %4.3f %5d%s%n", r.coverageWeight(),
					r.characterTrigrams(), t.threshold(), t.answerPrecision(), t.answerRecall(), t.f1(),
					t.wrongAnswers(), r == chosen ? "  <- chosen" : "");
		}
		out.printf(Locale.ROOT,
				"chosen settings (best F1, then fewer wrong answers, then the corpus's own): coverage_weight: %.1f  "
						+ "character_trigrams: %s%n%n",
				chosen.coverageWeight(), chosen.characterTrigrams());
	}

	/** The summed counts and F1, and how answers went wrong. */
	void summary(String title, Tally t) {
		out.printf(Locale.ROOT,
				"%s at threshold %.2f: TP %d, FN %d, FP %d, F1 %.3f; %d confident wrong, %d answered that must be refused, %d fallbacks, of %d%n",
				title, t.threshold(), t.truePositives(), t.falseNegatives(), t.falsePositives(), t.f1(),
				t.confidentWrong(), t.wronglyAnswered(), t.fallbacks(), t.total());
	}

	/** Per intent: TP, FN, FP, precision, recall and F1, then the sums. */
	void perIntent(Tally t) {
		out.printf(Locale.ROOT, "%-28s %5s %5s %5s %9s %9s %6s%n", "intent", "TP", "FN", "FP", "precision", "recall",
				"f1");
		t.perIntent().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			IntentScore s = e.getValue();
			out.printf(Locale.ROOT, "%-28s %5d %5d %5d %9.2f %9.2f %6.2f%n", e.getKey(), s.truePositives(),
					s.falseNegatives(), s.falsePositives(), s.precision(), s.recall(), s.f1());
		});
		out.printf(Locale.ROOT, "%-28s %5d %5d %5d %9s %9s %6.3f%n", "summed", t.truePositives(), t.falseNegatives(),
				t.falsePositives(), "", "", t.f1());
	}

}
