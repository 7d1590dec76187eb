package org.lacreview.index.golden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Intent;
import org.lacreview.index.golden.GoldenReport.IntentScore;

/**
 * Observations scored at one threshold. Per intent, {@code out_of_scope} counted as one:
 * a right answer or a right refusal is a true positive of its intent; anything else is a
 * false positive of what the bot did (a refusal counts for {@code out_of_scope}) and a
 * false negative of what it should have done. The summed F1 is 2TP / (2TP + FN + FP), as
 * Braun et al. (2017) count it.
 *
 * @param confidentWrong answered, should have been answered, but wrongly (another intent
 * or wrong content)
 * @param wronglyAnswered answered, but should have been refused
 * @param fallbacks refused, but should have been answered
 * @param answered how many questions were answered
 * @param answerable how many should have been answered
 */
public record Tally(double threshold, Map<String, IntentScore> perIntent, int total, int answered, int answerable,
		int confidentWrong, int wronglyAnswered, int fallbacks) {

	public Tally {
		perIntent = Map.copyOf(perIntent);
	}

	public static Tally of(List<Observation> observations, double threshold) {
		Map<String, int[]> counts = new HashMap<>();
		int answered = 0;
		int answerable = 0;
		int confidentWrong = 0;
		int wronglyAnswered = 0;
		int fallbacks = 0;
		for (Observation o : observations) {
			boolean mustRefuse = o.truth().equals(Intent.OUT_OF_SCOPE);
			Optional<String> given = o.at(threshold);
			answered += given.isPresent() ? 1 : 0;
			answerable += mustRefuse ? 0 : 1;
			boolean good = given.isEmpty() ? mustRefuse : !mustRefuse && o.right();
			if (good) {
				counts.computeIfAbsent(o.truth(), k -> new int[3])[0]++;
				continue;
			}
			counts.computeIfAbsent(given.orElse(Intent.OUT_OF_SCOPE), k -> new int[3])[1]++;
			counts.computeIfAbsent(o.truth(), k -> new int[3])[2]++;
			if (given.isEmpty()) {
				fallbacks++;
			}
			else if (mustRefuse) {
				wronglyAnswered++;
			}
			else {
				confidentWrong++;
			}
		}
		Map<String, IntentScore> perIntent = new HashMap<>();
		counts.forEach((intent, c) -> perIntent.put(intent, new IntentScore(c[0], c[1], c[2])));
		return new Tally(threshold, perIntent, observations.size(), answered, answerable, confidentWrong,
				wronglyAnswered, fallbacks);
	}

	public int truePositives() {
		return perIntent.values().stream().mapToInt(IntentScore::truePositives).sum();
	}

	public int falsePositives() {
		return perIntent.values().stream().mapToInt(IntentScore::falsePositives).sum();
	}

	public int falseNegatives() {
		return perIntent.values().stream().mapToInt(IntentScore::falseNegatives).sum();
	}

	/** 2TP / (2TP + FN + FP) over the summed counts; 0 with no observations. */
	public double f1() {
		int denominator = 2 * truePositives() + falseNegatives() + falsePositives();
		return denominator == 0 ? 0 : 2.0 * truePositives() / denominator;
	}

	/**
	 * The share of answers given that are right. (Over the summed counts, with every
	 * question given exactly one label, precision, recall and F1 are the same number;
	 * this and {@link #answerRecall()} say more.)
	 */
	public double answerPrecision() {
		return answered == 0 ? 0 : (double) rightAnswers() / answered;
	}

	/** The share of questions that should be answered that are answered rightly. */
	public double answerRecall() {
		return answerable == 0 ? 0 : (double) rightAnswers() / answerable;
	}

	/**
	 * Answers given that are wrong: to another question, or to one that had to be
	 * refused.
	 */
	public int wrongAnswers() {
		return confidentWrong + wronglyAnswered;
	}

	private int rightAnswers() {
		return answered - confidentWrong - wronglyAnswered;
	}
}
