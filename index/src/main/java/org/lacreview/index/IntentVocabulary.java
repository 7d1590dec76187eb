package org.lacreview.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The analysed terms each intent knows: those of its examples, its answers, the names of
 * every value of its slot's family and those of their attributes its answers give, and
 * the other values its examples name, in every language of the corpus (a question that
 * mixes languages is still covered by what the intent knows in the other one). Not its
 * source sections: a section speaks of many things ("Asistencia" of Zoom and YouTube
 * alike). From these, how much of a question an intent covers. What the bot answers as a
 * whole also knows the languages' ordinals, day numbers and operation words.
 */
final class IntentVocabulary {

	/**
	 * How much of its weight a term counts as covered when the intent knows it only from
	 * the texts of values of its slot other than those the question names.
	 */
	static final double OTHER_VALUES_SHARE = 0.5;

	private final Map<String, Set<String>> byIntent;

	/**
	 * Per term, the intents that know it: a question's coverage of every intent is summed
	 * in one pass over its terms ({@link #coverages}).
	 */
	private final Map<String, List<String>> intentsKnowing = new HashMap<>();

	/**
	 * Per intent with a slot, the terms it knows only from the texts of its slot family's
	 * values: each is known when the question is about the value whose text has it.
	 */
	private final Map<String, Set<String>> throughSlotValues;

	/** Per value ("family:id"), the analysed terms of its texts, in every analysis. */
	private final Map<String, Set<String>> valueTerms;

	/**
	 * Per language, the terms of everything the bot answers (every intent but out of
	 * scope) and of the document.
	 */
	private final Map<String, Set<String>> answerable;

	/**
	 * The terms of the phrases with which questions ask (question words, key cues, the
	 * phrases of {@code asks_for}), in every language: they say what kind of answer is
	 * wanted, not what about.
	 */
	private final Set<String> asking;

	IntentVocabulary(Map<String, Set<String>> byIntent, Map<String, Set<String>> throughSlotValues,
			Map<String, Set<String>> valueTerms, Map<String, Set<String>> answerable, Set<String> asking) {
		this.byIntent = byIntent;
		byIntent.forEach((intent, known) -> known
			.forEach(term -> intentsKnowing.computeIfAbsent(term, k -> new ArrayList<>()).add(intent)));
		this.throughSlotValues = throughSlotValues;
		this.valueTerms = valueTerms;
		this.answerable = answerable;
		this.asking = asking;
	}

	/**
	 * What each intent of {@code corpus} knows (see {@link IntentVocabularyBuild}).
	 * @param examples the examples the engine learns from, in the order of {@code terms}
	 * @param terms the analysed terms of each example (entity-masked)
	 * @param examplesNamed per intent, the values its examples name, as "family:id"
	 */
	static IntentVocabulary of(Corpus corpus, Map<String, LanguageAnalyzer> analyzers, List<Example> examples,
			List<Set<String>> terms, Map<String, Set<String>> examplesNamed) {
		return IntentVocabularyBuild.of(corpus, analyzers, examples, terms, examplesNamed);
	}

	/** Whether {@code intent} knows the analysed term. */
	boolean knows(String intent, String term) {
		return byIntent.getOrDefault(intent, Set.of()).contains(term);
	}

	/**
	 * Whether the analysed term is one questions ask with ("qué", "how", "combien") in
	 * some corpus language.
	 */
	boolean asks(String term) {
		return asking.contains(term);
	}

	/** How many intents the bot answers with (all but out of scope) know the term. */
	long intentsKnowing(String term) {
		return byIntent.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(Intent.OUT_OF_SCOPE) && e.getValue().contains(term))
			.count();
	}

	/** How many intents the bot answers with: all but out of scope. */
	long answerableIntents() {
		return byIntent.keySet().stream().filter(name -> !name.equals(Intent.OUT_OF_SCOPE)).count();
	}

	/** Per language, the terms of everything the bot answers. */
	Map<String, Set<String>> answerable() {
		return answerable;
	}

	/**
	 * The share of the question that {@code intent} knows, each distinct term weighted by
	 * its IDF (a word no example has weighs most): 1 when the intent knows every term, 0
	 * when it knows none; 1 for a question with no terms.
	 */
	double coverage(String intent, Collection<String> terms, ToDoubleFunction<String> idf) {
		return coverage(intent, weighted(terms, idf));
	}

	/**
	 * The distinct terms of a question with their weights, in the order
	 * {@link #coverage(String, Weighted)} sums them: made once for a question whose
	 * coverage is asked for every intent.
	 */
	record Weighted(String[] terms, double[] weights, double total) {
	}

	static Weighted weighted(Collection<String> terms, ToDoubleFunction<String> idf) {
		String[] distinct = new HashSet<>(terms).toArray(String[]::new);
		double[] weights = new double[distinct.length];
		double total = 0;
		for (int i = 0; i < distinct.length; i++) {
			weights[i] = idf.applyAsDouble(distinct[i]);
			total += weights[i];
		}
		return new Weighted(distinct, weights, total);
	}

	/**
	 * As {@link #coverage(String, Collection, ToDoubleFunction)}, over terms weighted
	 * once.
	 */
	double coverage(String intent, Weighted question) {
		return coverage(intent, question, List.of());
	}

	/**
	 * {@link #coverage(String, Weighted)} of every intent that knows a term of the
	 * question, in one pass over its terms (each intent's weights added in the same
	 * order, so the shares are the same to the last bit); an intent missing knows none of
	 * them.
	 */
	Map<String, Double> coverages(Weighted question) {
		Map<String, Double> covered = new HashMap<>();
		for (int i = 0; i < question.terms().length; i++) {
			double weight = question.weights()[i];
			for (String intent : intentsKnowing.getOrDefault(question.terms()[i], List.of())) {
				covered.merge(intent, weight, Double::sum);
			}
		}
		if (question.total() != 0) {
			covered.replaceAll((intent, sum) -> sum / question.total());
		}
		else {
			covered.replaceAll((intent, sum) -> 1.0);
		}
		return covered;
	}

	/**
	 * As {@link #coverage(String, Weighted)}, for a question that names
	 * {@code slotValues} ("family:id") of the intent's slot family: a term another intent
	 * is asked with that the intent knows only from the texts of other values of that
	 * family counts {@value #OTHER_VALUES_SHARE} of its weight, since the answer is about
	 * these ("who opened the fair?" is hardly covered by what the answer about the
	 * workshops says of their opening). All values count when none is named.
	 */
	double coverage(String intent, Weighted question, Collection<String> slotValues) {
		Set<String> known = byIntent.getOrDefault(intent, Set.of());
		Set<String> throughValues = slotValues.isEmpty() ? Set.of() : throughSlotValues.getOrDefault(intent, Set.of());
		double covered = 0;
		for (int i = 0; i < question.terms().length; i++) {
			String term = question.terms()[i];
			if (!known.contains(term)) {
				continue;
			}
			boolean otherValuesOnly = throughValues.contains(term)
					&& slotValues.stream().noneMatch(v -> valueTerms.getOrDefault(v, Set.of()).contains(term));
			covered += otherValuesOnly ? OTHER_VALUES_SHARE * question.weights()[i] : question.weights()[i];
		}
		return question.total() == 0 ? 1 : covered / question.total();
	}

}
