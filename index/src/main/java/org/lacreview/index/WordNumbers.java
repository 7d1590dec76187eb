package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Per language, words of its file that stand for a whole number ("cuarta parte" → 4,
 * "tres" → 3), found as whole words in a folded question.
 */
final class WordNumbers {

	/** Per language, its words (folded) to their number. */
	private final Map<String, Map<String, Integer>> numbers = new HashMap<>();

	/** Per language, those words as whole words. */
	private final Map<String, Pattern> patterns = new HashMap<>();

	/**
	 * @param words each language's words to their number, as written in its file
	 */
	WordNumbers(Corpus corpus, Function<LanguagePack, Map<String, Integer>> words) {
		corpus.languages().forEach((language, pack) -> {
			Map<String, Integer> folded = new HashMap<>();
			words.apply(pack).forEach((word, number) -> folded.put(Folding.fold(word), number));
			Pattern pattern = Phrases.wholeWords(folded.keySet());
			if (pattern != null) {
				numbers.put(language, folded);
				patterns.put(language, pattern);
			}
		});
	}

	/** The numbers of the words {@code folded} has, in order; none when it has none. */
	List<Integer> in(String folded, String language) {
		Pattern pattern = patterns.get(language);
		List<Integer> found = new ArrayList<>();
		if (pattern != null) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				Integer number = numbers.get(language).get(matcher.group().strip());
				if (number != null) {
					found.add(number);
				}
			}
		}
		return found;
	}

}
