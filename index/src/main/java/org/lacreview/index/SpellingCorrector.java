package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The spelling stage: replaces words the corpus does not know by the closest word it
 * knows in the question's language ("reunon" → "reunion"): Lucene's
 * {@link DirectSpellChecker} over the words of {@link Vocabulary#spelling()}, which
 * {@link ExampleIndex} holds. Safe to share between threads.
 */
final class SpellingCorrector {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** A letter written three times or more in a row. */
	private static final Pattern DRAWN_OUT = Pattern.compile("(\\p{L})\\1{2,}");

	/**
	 * The most words of one question the spelling corrector is asked about. Each word it
	 * is asked about and does not remember costs a Levenshtein automaton (≈ 0.3–1 ms of
	 * CPU): 1,000 characters of new random words cost a median 154 ms of CPU against 0.8
	 * ms for a question of the public set, and a few clients sending them saturated both
	 * cores (issue 11); with this bound they cost 12.5 ms
	 * (bench/results/long-questions.md). The questions of the golden sets and the public
	 * set have at most 20 words, few of them unknown; a text with more unknown words than
	 * this is not a question the corpus answers, and its further words are read as
	 * written.
	 */
	static final int MAX_CANDIDATES = 8;

	/**
	 * Beyond this many remembered suggestions the memory starts again, so hostile input
	 * cannot grow it.
	 */
	private static final int MAX_SUGGESTIONS = 50_000;

	private final ExampleIndex index;

	private final DirectSpellChecker spellChecker = new DirectSpellChecker();

	/**
	 * Per language, the length of its longest known word: a word longer by more than the
	 * corrector's edit distance is like none of them, and building its automaton would be
	 * wasted work.
	 */
	private final Map<String, Integer> longestWord = new HashMap<>();

	/**
	 * Suggestions already looked up: the same misspellings come back, and a lookup walks
	 * an automaton.
	 */
	private final Map<String, Optional<String>> suggestions = new ConcurrentHashMap<>();

	private final Map<String, LanguageAnalyzer> analyzers;

	/**
	 * Analysed terms of every example and of every value's names: a word whose stem is
	 * here is a known word, however it is inflected.
	 */
	private final Set<String> knownStems;

	/**
	 * Folded words of the languages that are words as written though never offered as
	 * corrections: fillers ("dale"), informal spellings, the words of questions the bot
	 * must refuse.
	 */
	private final Set<String> neverTypos;

	/**
	 * @param analyzers per language, the analyzer whose terms {@code knownStems} holds
	 * @param knownStems the analysed terms of every example (entity placeholders
	 * excluded) and of every value's names
	 * @param neverTypos folded words that are never corrected, in any language
	 */
	SpellingCorrector(ExampleIndex index, Map<String, LanguageAnalyzer> analyzers, Set<String> knownStems,
			Set<String> neverTypos) {
		this.index = index;
		this.analyzers = analyzers;
		this.knownStems = Set.copyOf(knownStems);
		this.neverTypos = Set.copyOf(neverTypos);
		analyzers.keySet()
			.forEach(language -> longestWord.put(language,
					index.spellingWords(language).stream().mapToInt(String::length).max().orElse(0)));
		// 0.75 (Lucene's similarity, 1 - edits / the shorter length): one wrong letter is
		// corrected in words of four letters or more ("gnte"), never in shorter ones.
		spellChecker.setAccuracy(0.75f);
		spellChecker.setMinQueryLength(4);
	}

	/**
	 * The folded question with its unknown words corrected. A word whose stem the
	 * examples know ("estructurada") is left alone; only the first
	 * {@value #MAX_CANDIDATES} unknown words are looked up, the others are left as
	 * written.
	 * @param folded the question, read and folded
	 * ({@link org.lacreview.index.folding.Folding#fold})
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
			if (candidates < MAX_CANDIDATES && word.length() >= 4 && !knownInAnyLanguage(word)
					&& !knowsStem(language, word)) {
				candidates++;
				replacement = drawnOut(language, word).or(() -> suggestion(language, word)).orElse(word);
				if (!replacement.equals(word)) {
					corrections.put(word, replacement);
				}
			}
			out.append(replacement);
			at = words.end();
		}
		return out.append(folded.substring(at)).toString();
	}

	/**
	 * A word drawn out by repeating a letter ("talleresss", "holaaa"): each run of three
	 * or more of one letter cut to two, else to one, whichever is a word the question's
	 * language knows; else the closest known word to it cut to one. Empty for a word with
	 * no such run, or none close to it.
	 */
	private Optional<String> drawnOut(String language, String word) {
		if (!DRAWN_OUT.matcher(word).find()) {
			return Optional.empty();
		}
		String two = DRAWN_OUT.matcher(word).replaceAll("$1$1");
		String one = DRAWN_OUT.matcher(word).replaceAll("$1");
		return Stream.of(two, one)
			.filter(w -> index.spellingWords(language).contains(w) || knowsStem(language, w))
			.findFirst()
			.or(() -> suggestion(language, one));
	}

	/**
	 * A word of another language of the corpus is no typo: "So the escuelas, how many…?"
	 * switches language, and "escuelas" must not become "schools".
	 */
	private boolean knownInAnyLanguage(String word) {
		if (neverTypos.contains(word)) {
			return true;
		}
		for (String language : analyzers.keySet()) {
			if (index.spellingWords(language).contains(word)) {
				return true;
			}
		}
		return false;
	}

	private boolean knowsStem(String language, String word) {
		List<String> stems = analyzers.get(language).terms(word);
		return !stems.isEmpty() && knownStems.containsAll(stems);
	}

	/** The characters of the words remembered in the memory of suggestions; for tests. */
	long rememberedChars() {
		return suggestions.keySet().stream().mapToLong(String::length).sum();
	}

	/**
	 * The word of {@code language}'s corpus closest to a folded word it does not know, if
	 * one is close enough.
	 */
	private Optional<String> suggestion(String language, String folded) {
		if (folded.length() > longestWord.getOrDefault(language, 0) + spellChecker.getMaxEdits()) {
			// Like no known word; and not remembered, so that words pasted a thousand
			// letters long cannot fill
			// the memory below with 50,000 long keys.
			return Optional.empty();
		}
		String key = language + ':' + folded;
		Optional<String> known = suggestions.get(key);
		if (known != null) {
			return known;
		}
		if (suggestions.size() > MAX_SUGGESTIONS) {
			suggestions.clear();
		}
		Optional<String> suggestion = lookUpSuggestion(language, folded);
		suggestions.put(key, suggestion);
		return suggestion;
	}

	private Optional<String> lookUpSuggestion(String language, String folded) {
		try {
			SuggestWord[] words = spellChecker.suggestSimilar(new Term(ExampleIndex.spellingField(language), folded), 1,
					index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return words.length == 0 ? Optional.empty() : Optional.of(words[0].string);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
