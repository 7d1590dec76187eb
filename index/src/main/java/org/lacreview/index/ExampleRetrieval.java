package org.lacreview.index;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacreview.index.corpus.Example;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Retrieval, the second view of {@link IntentRanker}: how much of the question (weighted
 * by Lucene's IDF) the closest example of each intent covers, and how much of that
 * example the question covers. Keeps the score low when the question is about something
 * no example mentions.
 */
final class ExampleRetrieval {

	private final ExampleIndex index;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final List<Example> examples;

	/** Per example ordinal, its distinct analysed terms. */
	private final String[][] exampleTerms;

	/**
	 * Per example ordinal, the IDF of each of its terms in its own language, and their
	 * sum: an example is only ever found in its own language's field, and the index never
	 * changes, so these are looked up once here rather than for each of the 40 hits of
	 * every question.
	 */
	private final double[][] termWeights;

	private final double[] exampleWeights;

	/**
	 * @param exampleTerms the analysed terms of each example, in the order of
	 * {@code examples} (the index's ords)
	 */
	ExampleRetrieval(ExampleIndex index, Map<String, LanguageAnalyzer> analyzers, List<Example> examples,
			List<Set<String>> exampleTerms) {
		this.index = index;
		this.analyzers = analyzers;
		this.examples = examples;
		this.exampleTerms = new String[exampleTerms.size()][];
		this.termWeights = new double[exampleTerms.size()][];
		this.exampleWeights = new double[exampleTerms.size()];
		for (int ord = 0; ord < exampleTerms.size(); ord++) {
			String language = examples.get(ord).language();
			String[] terms = exampleTerms.get(ord).toArray(String[]::new);
			double[] weights = new double[terms.length];
			double total = 0;
			for (int i = 0; i < terms.length; i++) {
				weights[i] = index.idf(language, terms[i]);
				total += weights[i];
			}
			this.exampleTerms[ord] = terms;
			this.termWeights[ord] = weights;
			this.exampleWeights[ord] = total;
		}
	}

	/**
	 * Merges into {@code best}, per intent, the similarity in [0, {@code weight}] of its
	 * closest example among the 40 Lucene finds for the question in {@code language}: 0.7
	 * × the share of the question's IDF weight the example covers + 0.3 × the share of
	 * the example's the question covers.
	 */
	void retrieve(String masked, String language, double weight, Map<String, Double> best) {
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
			String[] example = exampleTerms[hit.ord()];
			double[] weights = termWeights[hit.ord()];
			double shared = 0;
			for (int i = 0; i < example.length; i++) {
				if (query.contains(example[i])) {
					shared += weights[i];
				}
			}
			double exampleWeight = exampleWeights[hit.ord()];
			double questionCovered = shared / queryWeight;
			double exampleCovered = exampleWeight == 0 ? 0 : shared / exampleWeight;
			double similarity = weight * (0.7 * questionCovered + 0.3 * exampleCovered);
			best.merge(examples.get(hit.ord()).intent(), similarity, Math::max);
		}
	}

}
