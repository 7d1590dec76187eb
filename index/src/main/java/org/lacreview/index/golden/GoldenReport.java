package org.lacreview.index.golden;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of a golden run: accuracy, per-intent precision/recall/F1 (for turns that name their expected
 * intent, "fallback" included) and every failure with what the bot said.
 */
public record GoldenReport(int total, int passed, Map<String, IntentScore> perIntent, List<Failure> failures) {

	public GoldenReport {
		perIntent = Map.copyOf(perIntent);
		failures = List.copyOf(failures);
	}

	public double accuracy() {
		return total == 0 ? 0 : (double) passed / total;
	}

	public record IntentScore(int truePositives, int falsePositives, int falseNegatives) {

		public double precision() {
			return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
		}

		public double recall() {
			return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}
	}

	/** A turn that failed: the question, what was expected, and what the bot answered. */
	public record Failure(String item, String question, String expected, String intent, String answer) {

		@Override
		public String toString() {
			return item + ": \"" + question + "\" expected " + expected + "; got [" + intent + "] " + answer.replace("\n", " ");
		}
	}

	/** A plain-text report in the manner of {@code rasa test nlu}. */
	public String format() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "accuracy %d/%d = %.1f%%%n", passed, total, 100 * accuracy()));
		if (!perIntent.isEmpty()) {
			out.append(String.format(Locale.ROOT, "%n%-28s %9s %9s %9s %7s%n", "intent", "precision", "recall", "f1", "support"));
			perIntent.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
				IntentScore s = e.getValue();
				out.append(String.format(Locale.ROOT, "%-28s %9.2f %9.2f %9.2f %7d%n", e.getKey(), s.precision(), s.recall(),
						s.f1(), s.truePositives() + s.falseNegatives()));
			});
		}
		if (!failures.isEmpty()) {
			out.append(String.format("%nmisclassified or wrong (%d):%n", failures.size()));
			failures.forEach(f -> out.append("  ").append(f).append('\n'));
		}
		return out.toString();
	}
}
