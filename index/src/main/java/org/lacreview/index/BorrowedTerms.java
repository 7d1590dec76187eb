package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.text.LanguageAnalyzer;

/**
 * A question's analysed terms, with each word that nothing the bot answers uses in the
 * question's language read as another corpus language reads it, when that language uses
 * it: a code-switched question ("Quais foram as main conclusions da reunião?") then meets
 * the examples of the language it borrows from. A borrowed word that is a stop word of
 * the language it comes from ("the", "del") is dropped, as that language drops it. Words
 * no corpus language uses stay as they are, so they still count against every intent.
 */
final class BorrowedTerms {

	private final Map<String, LanguageAnalyzer> analyzers;

	private final Map<String, Set<String>> answerable;

	/**
	 * The last question this thread read, with its terms: the ranker and every intent's
	 * coverage ask for the same question's terms, and borrowing analyses each unknown
	 * word in every language (which would also push the question out of the analysers'
	 * own small caches).
	 */
	private final ThreadLocal<Map.Entry<String, List<String>>> last = new ThreadLocal<>();

	/**
	 * @param analyzers the corpus languages' analysers, in the order borrowing tries them
	 * @param answerable per language, the terms of everything the bot answers
	 */
	BorrowedTerms(Map<String, LanguageAnalyzer> analyzers, Map<String, Set<String>> answerable) {
		this.analyzers = analyzers;
		this.answerable = answerable;
	}

	/** The terms of {@code masked} in {@code language}, foreign words borrowed. */
	List<String> terms(String masked, String language) {
		String key = language + '\n' + masked;
		Map.Entry<String, List<String>> remembered = last.get();
		if (remembered != null && remembered.getKey().equals(key)) {
			return remembered.getValue();
		}
		List<String> read = read(masked, language);
		last.set(Map.entry(key, read));
		return read;
	}

	private List<String> read(String masked, String language) {
		LanguageAnalyzer own = analyzers.get(language);
		List<String> terms = own.terms(masked);
		Set<String> known = answerable.getOrDefault(language, Set.of());
		if (terms.stream().allMatch(t -> known.contains(t) || t.startsWith(LanguageAnalyzer.ENTITY_PREFIX))) {
			return terms;
		}
		Map<String, List<String>> borrowed = new HashMap<>();
		for (String word : masked.split("[^\\p{L}\\p{N}_]+")) {
			List<String> ownTerms = own.terms(word);
			if (ownTerms.size() == 1 && !known.contains(ownTerms.get(0))
					&& !ownTerms.get(0).startsWith(LanguageAnalyzer.ENTITY_PREFIX)) {
				borrow(word, language).ifPresent(b -> borrowed.put(ownTerms.get(0), b));
			}
		}
		if (borrowed.isEmpty()) {
			return terms;
		}
		List<String> read = new ArrayList<>();
		terms.forEach(t -> read.addAll(borrowed.getOrDefault(t, List.of(t))));
		return List.copyOf(read);
	}

	/**
	 * The terms another language reads {@code word} as, when it knows them all; else
	 * empty terms when it is one of that language's stop words; else nothing.
	 */
	private Optional<List<String>> borrow(String word, String language) {
		Optional<List<String>> stopWord = Optional.empty();
		for (Map.Entry<String, LanguageAnalyzer> other : analyzers.entrySet()) {
			if (other.getKey().equals(language)) {
				continue;
			}
			List<String> terms = other.getValue().terms(word);
			Set<String> known = answerable.getOrDefault(other.getKey(), Set.of());
			if (terms.isEmpty()) {
				stopWord = Optional.of(List.of());
			}
			else if (terms.stream().allMatch(known::contains)) {
				return Optional.of(terms);
			}
		}
		return stopWord;
	}

}
