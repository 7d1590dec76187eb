package org.lacreview.index;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Example;

/**
 * What training a corpus's intent classifier would cost, estimated before building it, so
 * that a caller can refuse a corpus that would not fit in memory instead of running out
 * of it.
 *
 * @param examples examples trained on
 * @param intents intents with examples (the classifier's outcomes)
 * @param features distinct features (words and word pairs of the examples; an upper bound
 * of what the classifier sees once words are stemmed and stop words dropped)
 * @param trained whether {@link AnswerEngine#build(Corpus)} trains a classifier at all
 * (beyond its size limit intents are ranked by retrieval alone, which costs no training)
 * @param bytes estimated peak heap of the training, in bytes; 0 when it does not train
 */
public record TrainingCost(long examples, long intents, long features, boolean trained, long bytes) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Estimates from the corpus's example texts; reads them once, builds nothing. */
	public static TrainingCost of(Corpus corpus) {
		Set<String> intents = new HashSet<>();
		Set<String> features = new HashSet<>();
		long examples = 0;
		long occurrences = 0;
		for (Example example : corpus.intents().stream().flatMap(i -> i.examples().stream()).toList()) {
			examples++;
			intents.add(example.intent());
			Matcher words = WORD.matcher(example.text().toLowerCase(Locale.ROOT));
			String previous = null;
			while (words.find()) {
				String word = words.group();
				features.add(word);
				occurrences++;
				if (previous != null) {
					features.add(previous + ' ' + word);
					occurrences++;
				}
				previous = word;
			}
		}
		boolean trained = examples * intents.size() <= IntentClassifier.MAX_TRAINING_CELLS;
		return new TrainingCost(examples, intents.size(), features.size(), trained,
				trained ? IntentClassifier.trainingBytes(features.size(), intents.size(), occurrences) : 0);
	}
}
