package org.lacreview.index.entity;

import java.util.HashMap;
import java.util.Map;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.folding.Folding;

/**
 * How many values a question names by a count ("los dos primeros días", "the three
 * largest groups"): the digits from {@value #MIN} to {@value #MAX} and the number words
 * of every language's {@code dates.numbers} in that range, folded, to the count.
 */
final class CountWords {

	/** The fewest values a count names. */
	static final int MIN = 2;

	/** The most values a count names. */
	static final int MAX = 9;

	private CountWords() {
	}

	static Map<String, Integer> of(Corpus corpus) {
		Map<String, Integer> counts = new HashMap<>();
		for (int n = MIN; n <= MAX; n++) {
			counts.put(String.valueOf(n), n);
		}
		corpus.languages().values().forEach(pack -> pack.dates().numbers().forEach((word, n) -> {
			if (n >= MIN && n <= MAX) {
				counts.put(Folding.fold(word), n);
			}
		}));
		return Map.copyOf(counts);
	}

}
