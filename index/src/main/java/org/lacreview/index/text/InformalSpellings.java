package org.lacreview.index.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.folding.Folding;

/**
 * Replaces a language's informal spellings by the words they stand for ("qnts" →
 * "cuántos", "org." → "organización"), as whole words of folded text. Part of
 * {@link QuestionReader}.
 */
final class InformalSpellings {

	/**
	 * A full stop right after a word, then a space and a lower-case word: after a
	 * replaced short form ("org. de barrio") it ends no sentence.
	 */
	private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\.(?=\\s+\\p{Ll})");

	/** Each informal spelling, folded, and the word it stands for, folded. */
	private final Map<String, String> replacements;

	/** Any informal spelling as a whole word; null when the language has none. */
	private final Pattern spellings;

	/**
	 * @param spellings each informal spelling and the word it stands for, as written
	 */
	InformalSpellings(Map<String, String> spellings) {
		this.replacements = spellings.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> Folding.fold(e.getKey()), e -> Folding.fold(e.getValue()), (a, b) -> a));
		this.spellings = Phrases.wholeWords(spellings.keySet());
	}

	/**
	 * {@code text} (folded) with each informal spelling replaced; as it is when it has
	 * none.
	 */
	String replaced(String text) {
		if (spellings == null) {
			return text;
		}
		Matcher spelling = spellings.matcher(text);
		StringBuilder out = new StringBuilder();
		int from = 0;
		while (spelling.find()) {
			out.append(text, from, spelling.start()).append(replacements.get(spelling.group()));
			from = spelling.end();
			// A short form's full stop before the next word is no sentence end: "entre
			// vecinos y org. de barrio".
			Matcher dot = ABBREVIATION_DOT.matcher(text).region(from, text.length());
			if (dot.lookingAt()) {
				from++;
			}
		}
		return out.append(text, from, text.length()).toString();
	}

}
