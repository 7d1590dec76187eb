package org.lacreview.index.golden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusInfo;

/**
 * Chooses a corpus's classifier settings as well as its threshold (model selection by
 * cross-validation, as Rasa's and scikit-learn's grid searches do): each candidate
 * {@code coverage_weight} (0, 0.5, 1) with and without {@code character_trigrams} is
 * scored on the same observations (cross-validation on the corpus's own examples, and its
 * golden tests when {@code calibrate} has them), swept over every threshold, and the best
 * kept: the highest F1, then the fewest wrong answers, then the earlier candidate.
 * Candidates come simplest first: the corpus's own settings, then words alone before
 * trigrams, then the coverage weight nearest its own — so that a tie, frequent on a few
 * dozen examples, keeps what the corpus has.
 */
public final class SettingsSearch {

	/** The coverage weights tried: none, square root, proportional. */
	static final List<Double> COVERAGE_WEIGHTS = List.of(0.0, 0.5, 1.0);

	private SettingsSearch() {
	}

	/**
	 * One candidate's settings, the observations it was scored on and its best
	 * threshold's tally.
	 *
	 * @param order the candidate's place in {@link #candidates}, 0 for the corpus's own
	 * @param observations what {@code observe} gave for these settings, so that the
	 * chosen candidate's need not be asked again
	 */
	public record Result(int order, double coverageWeight, boolean characterTrigrams, List<Observation> observations,
			Tally best) {

		public Result {
			observations = List.copyOf(observations);
		}

	}

	/**
	 * The settings to try for {@code info}, in the order ties are broken: its own first.
	 */
	static List<CorpusInfo> candidates(CorpusInfo info) {
		List<CorpusInfo> candidates = new ArrayList<>();
		candidates.add(info);
		for (boolean trigrams : new boolean[] { false, true }) {
			COVERAGE_WEIGHTS.stream()
				.sorted(Comparator.comparingDouble(w -> Math.abs(w - info.coverageWeight())))
				.map(w -> info.withClassifierSettings(w, trigrams))
				.filter(c -> !c.equals(info))
				.forEach(candidates::add);
		}
		return candidates;
	}

	/**
	 * Every candidate's best tally, in candidate order.
	 * @param observe the observations to score a corpus with these settings by (built at
	 * threshold 0)
	 */
	public static List<Result> run(Corpus corpus, Function<Corpus, List<Observation>> observe) {
		List<Result> results = new ArrayList<>();
		List<CorpusInfo> candidates = candidates(corpus.info());
		for (int i = 0; i < candidates.size(); i++) {
			CorpusInfo info = candidates.get(i);
			List<Observation> observations = observe.apply(corpus.withInfo(info));
			Tally best = ThresholdSweep.best(ThresholdSweep.sweep(observations));
			results.add(new Result(i, info.coverageWeight(), info.characterTrigrams(), observations, best));
		}
		return results;
	}

	/**
	 * The best of {@code results}: highest F1, then fewest wrong answers, then lowest
	 * order.
	 * @throws IllegalArgumentException when {@code results} is empty
	 */
	public static Result best(List<Result> results) {
		Comparator<Result> byTally = Comparator.comparing(Result::best, ThresholdSweep.BEST_SETTINGS);
		return results.stream()
			.min(byTally.thenComparingInt(Result::order))
			.orElseThrow(() -> new IllegalArgumentException("no settings to choose from"));
	}

	/** {@code corpus} with the settings and threshold of {@code result}. */
	public static Corpus apply(Corpus corpus, Result result) {
		return corpus.withInfo(corpus.info()
			.withClassifierSettings(result.coverageWeight(), result.characterTrigrams())
			.withThreshold(result.best().threshold()));
	}

}
