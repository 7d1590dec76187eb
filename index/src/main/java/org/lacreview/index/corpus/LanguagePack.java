package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine needs to know about one language, from {@code languages/xx.yml}.
 *
 * @param nameIntro phrases after which people give their name ("me llamo"), lower case; the bot redacts the
 *        name that follows before storing a question
 * @param phrasing informal spellings, fillers and how a question starts (see {@link Phrasing})
 */
public record LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
		Map<String, Integer> ordinals, List<String> followup, List<String> anaphora, List<String> nameIntro,
		Phrasing phrasing) {

	public LanguagePack {
		stopwords = Set.copyOf(stopwords);
		synonyms = List.copyOf(synonyms);
		months = List.copyOf(months);
		ordinals = Map.copyOf(ordinals);
		followup = List.copyOf(followup);
		anaphora = List.copyOf(anaphora);
		nameIntro = List.copyOf(nameIntro);
	}

	/** A language without phrasing lists. */
	public LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
			Map<String, Integer> ordinals, List<String> followup, List<String> anaphora, List<String> nameIntro) {
		this(code, stopwords, synonyms, months, ordinals, followup, anaphora, nameIntro, Phrasing.NONE);
	}

	/** A language without name-introducing phrases. */
	public LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
			Map<String, Integer> ordinals, List<String> followup, List<String> anaphora) {
		this(code, stopwords, synonyms, months, ordinals, followup, anaphora, List.of(), Phrasing.NONE);
	}
}
