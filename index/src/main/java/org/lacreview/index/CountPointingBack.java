package org.lacreview.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * "¿y cuánto suman entre los dos?" after an answer listing the two smallest workshops and
 * then the next two: a number written as a word ({@code dates: numbers:} of the language,
 * not one of its ordinals) in a computation naming no value says how many of the values
 * the conversation remembers, from the first, it is over. Used by {@link DialogResolver}.
 */
final class CountPointingBack {

	/** Per language, its number words that are not ordinals, to their number. */
	private final Map<String, Map<String, Integer>> numbers = new HashMap<>();

	/** Per language, those words as whole words. */
	private final Map<String, Pattern> patterns = new HashMap<>();

	CountPointingBack(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Map<String, Integer> words = new HashMap<>();
			pack.dates().numbers().forEach((word, number) -> {
				if (number >= 2 && !pack.ordinals().containsKey(word)) {
					words.put(Folding.fold(word), number);
				}
			});
			numbers.put(language, words);
			Pattern pattern = Phrases.wholeWords(words.keySet());
			if (pattern != null) {
				patterns.put(language, pattern);
			}
		});
	}

	/**
	 * The number {@code folded} says by the one number word it has; empty for none or
	 * several.
	 */
	Optional<Integer> in(String folded, String language) {
		Pattern pattern = patterns.get(language);
		if (pattern == null) {
			return Optional.empty();
		}
		Matcher matcher = pattern.matcher(folded);
		if (!matcher.find()) {
			return Optional.empty();
		}
		Integer number = numbers.get(language).get(matcher.group());
		return matcher.find() ? Optional.empty() : Optional.ofNullable(number);
	}

}
