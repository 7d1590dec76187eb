package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacreview.index.corpus.Example;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Scores every intent for a question by combining two views: the OpenNLP classifier's probability, and
 * retrieval — how much of the question (weighted by Lucene's IDF) the closest example of the intent covers,
 * and how much of that example the question covers. The classifier generalises across wordings; retrieval
 * keeps the score low when the question is about something no example mentions.
 */
final class IntentRanker {

	static final double CLASSIFIER_WEIGHT = 0.5;

	/** Examples in the question's second language (pt → es) count a little less. */
	private static final double SECOND_LANGUAGE_WEIGHT = 0.85;

	private final ExampleIndex index;

	private final IntentClassifier classifier;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final List<Example> examples;

	private final List<Set<String>> exampleTerms;

	IntentRanker(ExampleIndex index, IntentClassifier classifier, Map<String, LanguageAnalyzer> analyzers,
			List<Example> examples, List<Set<String>> exampleTerms) {
		this.index = index;
		this.classifier = classifier;
		this.analyzers = analyzers;
		this.examples = examples;
		this.exampleTerms = exampleTerms;
	}

	/** Intents by descending combined score in [0, 1]. */
	List<Scored> rank(String masked, String language, String secondLanguage) {
		List<String> terms = analyzers.get(language).terms(masked);
		Map<String, Double> probabilities = classifier.probabilities(terms);
		Map<String, Double> retrieval = new HashMap<>();
		retrieve(masked, language, 1.0, retrieval);
		if (secondLanguage != null && !secondLanguage.equals(language)) {
			retrieve(masked, secondLanguage, SECOND_LANGUAGE_WEIGHT, retrieval);
		}
		Set<String> intents = new HashSet<>(probabilities.keySet());
		intents.addAll(retrieval.keySet());
		List<Scored> ranked = new ArrayList<>();
		for (String intent : intents) {
			double score = CLASSIFIER_WEIGHT * probabilities.getOrDefault(intent, 0.0)
					+ (1 - CLASSIFIER_WEIGHT) * retrieval.getOrDefault(intent, 0.0);
			ranked.add(new Scored(intent, Math.min(1.0, score)));
		}
		ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
		return ranked;
	}

	private void retrieve(String masked, String language, double weight, Map<String, Double> best) {
		LanguageAnalyzer analyzer = analyzers.get(language);
		if (analyzer == null) {
			return;
		}
		List<String> terms = analyzer.terms(masked);
		Set<String> query = new HashSet<>(terms);
		double queryWeight = query.stream().mapToDouble(t -> index.idf(language, t)).sum();
		if (queryWeight == 0) {
			return;
		}
		for (ExampleIndex.Hit hit : index.examples(language, terms, 40)) {
			Set<String> example = exampleTerms.get(hit.ord());
			double shared = 0;
			double exampleWeight = 0;
			for (String term : example) {
				double idf = index.idf(language, term);
				exampleWeight += idf;
				if (query.contains(term)) {
					shared += idf;
				}
			}
			double questionCovered = shared / queryWeight;
			double exampleCovered = exampleWeight == 0 ? 0 : shared / exampleWeight;
			double similarity = weight * (0.7 * questionCovered + 0.3 * exampleCovered);
			best.merge(examples.get(hit.ord()).intent(), similarity, Math::max);
		}
	}
}
