package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;

/** The corpus-wide settings from {@code corpus.yml}. */
public record CorpusInfo(String title, String documentTitle, String documentUrl, List<String> languages,
		Map<String, List<String>> languageFallback, double threshold) {

	public CorpusInfo {
		languages = List.copyOf(languages);
		languageFallback = Map.copyOf(languageFallback);
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("a corpus needs at least one language");
		}
		if (threshold < 0 || threshold > 1) {
			throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
		}
	}

	/** These settings with another threshold, 0…1. */
	public CorpusInfo withThreshold(double threshold) {
		return new CorpusInfo(title, documentTitle, documentUrl, languages, languageFallback, threshold);
	}

	public String defaultLanguage() {
		return languages.get(0);
	}

	/** Languages to try, in order, when an answer is missing in {@code language}. */
	public List<String> fallbacksFor(String language) {
		List<String> chain = new java.util.ArrayList<>(languageFallback.getOrDefault(language, List.of()));
		languages.stream().filter(l -> !chain.contains(l)).forEach(chain::add);
		return chain;
	}
}
