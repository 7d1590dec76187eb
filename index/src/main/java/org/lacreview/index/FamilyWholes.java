package org.lacreview.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * Whether a question names the whole of a family, by the words of its {@code whole:}
 * ("¿cuántos registrados más que espectadores de YouTube?" sets the sum of the
 * registrations by group against YouTube's audience): the one family whose whole's words
 * the question uses in its language, as written or as the language's analyzer reads them
 * ("inscritas" for "inscritos"), and none of whose values it names.
 */
final class FamilyWholes {

	/** Per language, per family with a whole, its words as whole words. */
	private final Map<String, Map<String, Pattern>> byLanguage = new HashMap<>();

	/** Per language, per family with a whole, the analysed terms of each of its names. */
	private final Map<String, Map<String, List<List<String>>>> termsByLanguage = new HashMap<>();

	private final Map<String, LanguageAnalyzer> analyzers;

	/**
	 * @param analyzers the analyzer of each corpus language
	 */
	FamilyWholes(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		this.analyzers = analyzers;
		for (EntityFamily family : corpus.families()) {
			family.whole().ifPresent(whole -> whole.names().forEach((language, words) -> {
				Pattern pattern = Phrases.wholeWords(words);
				if (pattern != null) {
					byLanguage.computeIfAbsent(language, l -> new HashMap<>()).put(family.name(), pattern);
				}
				LanguageAnalyzer analyzer = analyzers.get(language);
				if (analyzer != null) {
					termsByLanguage.computeIfAbsent(language, l -> new HashMap<>())
						.put(family.name(), words.stream().map(analyzer::terms).filter(t -> !t.isEmpty()).toList());
				}
			}));
		}
	}

	/** The family whose whole {@code question} names in {@code language}, if one. */
	Optional<String> named(Extraction question, String language) {
		return named(question.folded(), language).filter(family -> question.mentions()
			.stream()
			.noneMatch(m -> m.values().stream().anyMatch(v -> v.family().equals(family))));
	}

	/**
	 * The one family whose whole's words {@code folded} (a folded question) uses in
	 * {@code language}, whatever values it names.
	 */
	Optional<String> named(String folded, String language) {
		LanguageAnalyzer analyzer = analyzers.get(language);
		List<String> terms = analyzer == null ? List.of() : analyzer.terms(folded);
		Map<String, List<List<String>>> termsOfWholes = termsByLanguage.getOrDefault(language, Map.of());
		List<String> named = byLanguage.getOrDefault(language, Map.of())
			.entrySet()
			.stream()
			.filter(e -> e.getValue().matcher(folded).find() || termsOfWholes.getOrDefault(e.getKey(), List.of())
				.stream()
				.anyMatch(name -> Collections.indexOfSubList(terms, name) >= 0))
			.map(Map.Entry::getKey)
			.toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

}
