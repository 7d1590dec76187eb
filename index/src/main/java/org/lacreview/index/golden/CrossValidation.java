package org.lacreview.index.golden;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;

/**
 * k-fold cross-validation on a corpus's own examples, stratified by intent: each intent's
 * examples, shuffled with a seeded {@link Random}, are dealt in turn to the folds. For
 * each fold an engine is built (at threshold 0) on the corpus without that fold's
 * examples and asked each of them, as a user would ask it (language detected, no
 * conversation). A held-out example of {@code out_of_scope} or of an {@code unanswerable}
 * intent must be refused; any other must be answered by its intent.
 */
public final class CrossValidation {

	/** The default number of folds. */
	public static final int FOLDS = 5;

	private CrossValidation() {
	}

	/**
	 * @param folds at least 2
	 * @return one observation per example of the corpus, in fold order
	 * @throws IllegalArgumentException when {@code folds} is below 2
	 */
	public static List<Observation> run(Corpus corpus, int folds, long seed) {
		if (folds < 2) {
			throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
		}
		Map<Example, Integer> foldOf = assign(corpus, folds, seed);
		Corpus atZero = corpus.withThreshold(0);
		List<Observation> observations = new ArrayList<>();
		for (int fold = 0; fold < folds; fold++) {
			int held = fold;
			List<Intent> training = atZero.intents()
				.stream()
				.map(i -> i.withExamples(i.examples().stream().filter(e -> foldOf.get(e) != held).toList()))
				.toList();
			AnswerEngine engine = AnswerEngine.build(atZero.withIntents(training));
			for (Intent intent : atZero.intents()) {
				String truth = intent.isOutOfScope() || intent.unanswerable() ? Intent.OUT_OF_SCOPE : intent.name();
				intent.examples()
					.stream()
					.filter(e -> foldOf.get(e) == held)
					.forEach(e -> observations.add(Observation.ask(engine, e.text(), truth)));
			}
		}
		return observations;
	}

	/**
	 * Each example's fold: per intent, shuffled and dealt round, continuing where the
	 * previous intent stopped.
	 */
	static Map<Example, Integer> assign(Corpus corpus, int folds, long seed) {
		Random random = new Random(seed);
		Map<Example, Integer> foldOf = new IdentityHashMap<>();
		int next = 0;
		for (Intent intent : corpus.intents()) {
			List<Example> examples = new ArrayList<>(intent.examples());
			Collections.shuffle(examples, random);
			for (Example example : examples) {
				foldOf.put(example, next);
				next = (next + 1) % folds;
			}
		}
		return foldOf;
	}

}
