package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;

/**
 * The corpus-wide settings from {@code corpus.yml}.
 *
 * @param threshold the combined score in [0, 1] below which the bot says it does not know
 * @param coverageWeight how strongly words of the question that an intent does not know
 * lower its score: each intent's score is multiplied by its coverage (the IDF-weighted
 * share of the question's terms found in the intent's examples, answers and values)
 * raised to this power, so that the intent that knows more of the question ranks first; 0
 * turns it off, 1 is proportional
 * @param closedWorld whether the corpus names everything it answers about, as one
 * document's corpus does: then a question whose key word (what it counts, the attribute
 * it asks for) or a capitalised name in it is a word the corpus never uses is about
 * something else, and is refused. Off for a corpus that holds only a sample of what
 * people ask about (a benchmark's training sentences: "How do I install an Epson
 * XP-424?")
 * @param characterTrigrams whether the intent classifier also learns from the character
 * trigrams of each word (off by default): a corpus of many short, varied examples in one
 * language gains from them, a corpus of near-duplicate examples in several languages can
 * lose; {@code calibrate --settings} measures both by cross-validation
 */
public record CorpusInfo(String title, String documentTitle, String documentUrl, List<String> languages,
		Map<String, List<String>> languageFallback, double threshold, double coverageWeight, boolean closedWorld,
		boolean characterTrigrams) {

	/** The coverage weight of a corpus that does not set one: proportional. */
	public static final double DEFAULT_COVERAGE_WEIGHT = 1.0;

	/** Settings with the default coverage weight, not closed-world. */
	public CorpusInfo(String title, String documentTitle, String documentUrl, List<String> languages,
			Map<String, List<String>> languageFallback, double threshold) {
		this(title, documentTitle, documentUrl, languages, languageFallback, threshold, DEFAULT_COVERAGE_WEIGHT, false,
				false);
	}

	public CorpusInfo {
		languages = List.copyOf(languages);
		languageFallback = Map.copyOf(languageFallback);
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("a corpus needs at least one language");
		}
		if (threshold < 0 || threshold > 1) {
			throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
		}
		if (!(coverageWeight >= 0 && coverageWeight <= 10)) {
			throw new IllegalArgumentException("coverage_weight must be between 0 and 10: " + coverageWeight);
		}
	}

	/** These settings with another threshold, 0…1. */
	public CorpusInfo withThreshold(double threshold) {
		return new CorpusInfo(title, documentTitle, documentUrl, languages, languageFallback, threshold, coverageWeight,
				closedWorld, characterTrigrams);
	}

	/**
	 * These settings with another coverage weight (0…10) and classifier features, as
	 * {@code calibrate --settings} tries them.
	 */
	public CorpusInfo withClassifierSettings(double coverageWeight, boolean characterTrigrams) {
		return new CorpusInfo(title, documentTitle, documentUrl, languages, languageFallback, threshold, coverageWeight,
				closedWorld, characterTrigrams);
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
