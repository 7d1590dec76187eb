package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The spelling stage: replaces words the corpus does not know by the closest word it knows in the question's
 * language ("reunon" → "reunion"), with the suggestions of {@link ExampleIndex} (Lucene's spell checker over
 * the words of {@link Vocabulary#spelling()}).
 */
final class SpellingCorrector {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/**
	 * The most words of one question the spelling corrector is asked about. Each word it is asked about and does
	 * not remember costs a Levenshtein automaton (≈ 0.3–1 ms of CPU): 1,000 characters of new random words cost
	 * a median 154 ms of CPU against 0.8 ms for a question of the public set, and a few clients sending them
	 * saturated both cores (issue 11); with this bound they cost 12.5 ms (bench/results/long-questions.md). The
	 * questions of the golden sets and the public set have at most 20 words, few of them unknown; a text with more
	 * unknown words than this is not a question the corpus answers, and its further words are read as written.
	 */
	static final int MAX_CANDIDATES = 8;

	private final ExampleIndex index;

	private final Map<String, LanguageAnalyzer> analyzers;

	/** Analysed terms of every example: a word whose stem is here is a known word, however it is inflected. */
	private final Set<String> knownStems;

	/**
	 * @param analyzers per language, the analyzer whose terms {@code knownStems} holds
	 * @param knownStems the analysed terms of every example, entity placeholders excluded
	 */
	SpellingCorrector(ExampleIndex index, Map<String, LanguageAnalyzer> analyzers, Set<String> knownStems) {
		this.index = index;
		this.analyzers = analyzers;
		this.knownStems = Set.copyOf(knownStems);
	}

	/**
	 * The folded question with its unknown words corrected. A word whose stem the examples know ("estructurada")
	 * is left alone; only the first {@value #MAX_CANDIDATES} unknown words are looked up, the others are left as
	 * written.
	 *
	 * @param folded the question, read and folded ({@link org.lacreview.index.text.Folding#fold})
	 * @param language the question's language, one the corpus has
	 * @param corrections receives each word replaced, to its replacement, for the trace
	 */
	String correct(String folded, String language, Map<String, String> corrections) {
		Matcher words = WORD.matcher(folded);
		StringBuilder out = new StringBuilder();
		int at = 0;
		int candidates = 0;
		while (words.find()) {
			String word = words.group();
			out.append(folded, at, words.start());
			String replacement = word;
			if (candidates < MAX_CANDIDATES && word.length() >= 4 && !index.knowsWord(language, word)
					&& !knowsStem(language, word)) {
				candidates++;
				replacement = index.spellingSuggestion(language, word).orElse(word);
				if (!replacement.equals(word)) {
					corrections.put(word, replacement);
				}
			}
			out.append(replacement);
			at = words.end();
		}
		return out.append(folded.substring(at)).toString();
	}

	private boolean knowsStem(String language, String word) {
		List<String> stems = analyzers.get(language).terms(word);
		return !stems.isEmpty() && knownStems.containsAll(stems);
	}
}
