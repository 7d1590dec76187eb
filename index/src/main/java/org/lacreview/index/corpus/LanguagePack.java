package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the engine needs to know about one language, from {@code languages/xx.yml}. */
public record LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
		Map<String, Integer> ordinals, List<String> followup, List<String> anaphora) {

	public LanguagePack {
		stopwords = Set.copyOf(stopwords);
		synonyms = List.copyOf(synonyms);
		months = List.copyOf(months);
		ordinals = Map.copyOf(ordinals);
		followup = List.copyOf(followup);
		anaphora = List.copyOf(anaphora);
	}
}
