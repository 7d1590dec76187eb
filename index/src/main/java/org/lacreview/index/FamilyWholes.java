package org.lacreview.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
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
	 * Per language, the words that join two things added up: its {@code part_joiners} and
	 * {@code plus_words}, as whole words.
	 */
	private final Map<String, Pattern> joiners = new HashMap<>();

	/**
	 * The most words between a whole's words and a value's name joined to it: a joiner
	 * and what stands around it ("los talleres y los inscritos de la feria", "workshop
	 * people and the fair's registrants").
	 */
	static final int MAX_WORDS_JOINING = 4;

	/**
	 * @param analyzers the analyzer of each corpus language
	 */
	FamilyWholes(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		this.analyzers = analyzers;
		corpus.languages().forEach((code, pack) -> {
			List<String> words = new ArrayList<>(pack.phrasing().partJoiners());
			words.addAll(pack.phrasing().plusWords());
			Pattern pattern = Phrases.wholeWords(words);
			if (pattern != null) {
				joiners.put(code, pattern);
			}
		});
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
	 * "si sumo los de los talleres y los inscritos de la feria": the family whose whole
	 * the question names ({@link #named(Extraction, String)}) when its whole's words, as
	 * written, are joined to the name of a value of another family by one of the
	 * language's joiners, with at most {@value #MAX_WORDS_JOINING} words between them in
	 * all. A sum names a whole so when it adds that whole to the value; "¿cuántos
	 * inscritos en total hubo en los talleres?" asks the workshops' own figure.
	 */
	Optional<String> joined(Extraction question, String language) {
		Pattern joiner = joiners.get(language);
		Optional<String> family = named(question, language);
		if (joiner == null || family.isEmpty()) {
			return Optional.empty();
		}
		Pattern whole = byLanguage.getOrDefault(language, Map.of()).get(family.get());
		if (whole == null) {
			return Optional.empty();
		}
		String folded = question.folded();
		Matcher words = whole.matcher(folded);
		while (words.find()) {
			for (Mention mention : question.mentions()) {
				int from = Math.min(words.end(), mention.end());
				int to = Math.max(words.start(), mention.start());
				if (mention.isDate() || from > to) {
					continue;
				}
				String between = folded.substring(from, to).strip();
				if (joiner.matcher(between).find() && between.split("[^\\p{L}\\p{N}']+").length <= MAX_WORDS_JOINING) {
					return family;
				}
			}
		}
		return Optional.empty();
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
