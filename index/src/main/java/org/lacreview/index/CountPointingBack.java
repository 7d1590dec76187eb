package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;

/**
 * "¿y cuánto suman entre los dos?" after an answer listing the two smallest workshops and
 * then the next two: a number written as a word ({@code dates: numbers:} of the language,
 * not one of its ordinals) in a computation naming no value says how many of the values
 * the conversation remembers, from the first, it is over. Used by {@link DialogResolver}.
 */
final class CountPointingBack {

	/** Per language, its number words that are not ordinals, to their number. */
	private final WordNumbers numbers;

	CountPointingBack(Corpus corpus) {
		this.numbers = new WordNumbers(corpus, pack -> {
			Map<String, Integer> words = new HashMap<>();
			pack.dates().numbers().forEach((word, number) -> {
				if (number >= 2 && !pack.ordinals().containsKey(word)) {
					words.put(word, number);
				}
			});
			return words;
		});
	}

	/**
	 * The number {@code folded} says by the one number word it has; empty for none or
	 * several.
	 */
	Optional<Integer> in(String folded, String language) {
		List<Integer> found = numbers.in(folded, language);
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

}
