package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Whether a question is nothing but its question word: "¿cuántos fueron?", "and how
 * many?", "¿cuándo?". Its words (stop words dropped, stems) are all question words of its
 * language ({@code question_words} in {@code languages/xx.yml}) or the words a follow-up
 * starts with ({@code followup}); such a question asks about whatever the conversation
 * was about, and says nothing of its own.
 */
final class BareQuestions {

	private final Map<String, LanguageAnalyzer> analyzers;

	/** Per language, the analysed terms of its question words. */
	private final Map<String, Set<String>> questionTerms = new HashMap<>();

	BareQuestions(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		this.analyzers = analyzers;
		corpus.languages().forEach((code, pack) -> {
			LanguageAnalyzer analyzer = analyzers.get(code);
			Set<String> terms = new HashSet<>();
			if (analyzer != null) {
				pack.phrasing().questionWords().forEach(word -> terms.addAll(analyzer.terms(word)));
				// "¿y cuántos fueron?", "and how many?": the word a follow-up starts with
				// says nothing of its own either.
				pack.followup().forEach(word -> terms.addAll(analyzer.terms(word)));
				// "¿y en total?", "together?": a sum of what was said names nothing new.
				pack.phrasing()
					.operations()
					.getOrDefault(OperationName.SUM.key(), List.of())
					.stream()
					.filter(phrase -> !phrase.contains("…"))
					.forEach(phrase -> terms.addAll(analyzer.terms(phrase)));
			}
			questionTerms.put(code, Set.copyOf(terms));
		});
	}

	/**
	 * True when every analysed term of {@code masked} is a question word of
	 * {@code language}, and there is at least one; false for a language without an
	 * analyser or with a value's placeholder in the text.
	 */
	boolean bare(String masked, String language) {
		LanguageAnalyzer analyzer = analyzers.get(language);
		if (analyzer == null) {
			return false;
		}
		List<String> terms = analyzer.terms(masked);
		Set<String> asking = questionTerms.getOrDefault(language, Set.of());
		return !terms.isEmpty() && terms.stream().allMatch(asking::contains);
	}

}
