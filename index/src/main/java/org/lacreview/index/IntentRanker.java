package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Scores every intent for a question by combining two views: the OpenNLP classifier's
 * probability, and retrieval — how much of the question (weighted by Lucene's IDF) the
 * closest example of the intent covers, and how much of that example the question covers.
 * The classifier generalises across wordings; retrieval keeps the score low when the
 * question is about something no example mentions. Entities then move the scores: an
 * intent answered by the family the question names gains, one whose examples never name
 * it loses. The weights below were chosen by running the golden set ({@code Cli golden})
 * over the bundled corpus; change one only with those figures in hand.
 */
final class IntentRanker {

	/**
	 * The classifier's share of the combined score, retrieval's the rest. The regularised
	 * classifier generalises to wordings no example has, which retrieval cannot: 0.7
	 * rather than 0.5 (AskUbuntu F1 0.853 → 0.881 at the cross-validated threshold); 1
	 * does better still there but leaves right answers to close paraphrases of the
	 * bundled corpus's examples under its threshold.
	 */
	static final double CLASSIFIER_WEIGHT = 0.7;

	/**
	 * Added to an intent whose slot family the question names ("¿cuántos inscritos de la
	 * prensa?").
	 */
	static final double NAMED_SLOT_BOOST = 0.25;

	/**
	 * Taken from an intent whose examples never name a family the question names
	 * ("¿cuántos de la prensa?" for a total).
	 */
	static final double UNSEEN_FAMILY_PENALTY = 0.3;

	/**
	 * Taken from an intent whose examples nearly all name a value of a family (other than
	 * its slot's) that the question names none of ("¿cuántos vieron YouTube?" is not the
	 * YouTube-per-day question).
	 */
	static final double MISSING_DEFINING_PENALTY = 0.2;

	/**
	 * Taken from an intent whose examples name other values of the family than the one
	 * asked about.
	 */
	static final double OTHER_VALUE_PENALTY = 0.5;

	/**
	 * Taken from an intent without a slot whose examples name other values of the family
	 * than the one asked about: all of any score (scores are at most 1). On the read sets
	 * it changed 9 of 39,368 turns (+4 -5), and "who opened the workshops?" no longer
	 * gets who opened the meeting.
	 */
	static final double OTHER_VALUE_NO_SLOT_PENALTY = 1.0;

	/**
	 * Taken from an intent whose slot family the date in the question selects nothing of.
	 */
	static final double CONTRADICTED_SLOT_PENALTY = 0.3;

	/**
	 * Added to an intent whose slot family the previous turn named, when the question is
	 * a bare follow-up.
	 */
	static final double REMEMBERED_SLOT_BOOST = 0.25;

	/**
	 * Added, in proportion, to intents whose source section is among those Lucene finds
	 * closest to the question.
	 */
	static final double SECTION_WEIGHT = 0.1;

	/**
	 * How close an out-of-scope example must be before it can overrule the classifier.
	 */
	static final double OUT_OF_SCOPE_CLOSENESS = 0.5;

	/** Examples in the question's second language (pt → es) count a little less. */
	private static final double SECOND_LANGUAGE_WEIGHT = 0.85;

	private final ExampleIndex index;

	/** Empty for a corpus too large to train one: retrieval alone then ranks. */
	private final Optional<IntentClassifier> classifier;

	private final double classifierWeight;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final ExampleRetrieval closest;

	private final Map<String, String> slots;

	private final IntentVocabulary vocabulary;

	/**
	 * The corpus's {@code coverage_weight}: the power of each intent's coverage its score
	 * is multiplied by.
	 */
	private final double coverageWeight;

	private final Map<String, Set<String>> familiesInExamples;

	private final Map<String, Set<String>> valuesInExamples;

	private final Map<String, List<String>> intentSections;

	private final Map<String, Set<String>> definingFamilies;

	private final BorrowedTerms borrowed;

	private final ExactExamples exact;

	private final KnownWords knownWords;

	/**
	 * @param slots the slot family of each intent that has one
	 * @param vocabulary what each intent knows, and what the bot answers about
	 * @param coverageWeight the corpus's {@code coverage_weight} (see
	 * {@link org.lacreview.index.corpus.CorpusInfo})
	 * @param examplesNamed per intent, the values its examples name, as "family:id"
	 * @param definingFamilies per intent, the families nearly all its examples name (see
	 * {@link DefiningFamilies})
	 * @param intentSections per intent, the ids of its source sections
	 * @param exact the examples by their words, for a question that repeats one
	 */
	IntentRanker(ExampleIndex index, Optional<IntentClassifier> classifier, Map<String, LanguageAnalyzer> analyzers,
			List<Example> examples, List<Set<String>> exampleTerms, Map<String, String> slots,
			IntentVocabulary vocabulary, double coverageWeight, Map<String, Set<String>> examplesNamed,
			Map<String, Set<String>> definingFamilies, Map<String, List<String>> intentSections, ExactExamples exact) {
		this.definingFamilies = Map.copyOf(definingFamilies);
		this.intentSections = Map.copyOf(intentSections);
		this.index = index;
		this.classifier = classifier;
		this.classifierWeight = classifier.isPresent() ? CLASSIFIER_WEIGHT : 0;
		this.analyzers = analyzers;
		this.closest = new ExampleRetrieval(index, analyzers, examples, exampleTerms);
		this.exact = exact;
		this.slots = Map.copyOf(slots);
		this.vocabulary = vocabulary;
		this.coverageWeight = coverageWeight;
		this.borrowed = new BorrowedTerms(analyzers, vocabulary.answerable());
		this.knownWords = new KnownWords(analyzers, vocabulary, borrowed);
		this.familiesInExamples = new HashMap<>();
		this.valuesInExamples = new HashMap<>();
		examplesNamed.forEach((intent, values) -> {
			valuesInExamples.put(intent, new HashSet<>(values));
			values.forEach(v -> familiesInExamples.computeIfAbsent(intent, k -> new HashSet<>()).add(v.split(":")[0]));
		});
	}

	/**
	 * What the question names, beside its words, that moves scores.
	 *
	 * @param selected entity families the question selects values of (by name or date)
	 * @param named the values the question names by name (not by date), as "family:id"
	 * @param remembered entity families the conversation named before, when the question
	 * leans on context
	 * @param contradicted entity families with dated values that the question's date
	 * selects none of
	 * @param sections the document sections closest to the question, with their relative
	 * score (best = 1)
	 */
	record Entities(Set<String> selected, Set<String> named, Set<String> remembered, Set<String> contradicted,
			Map<String, Double> sections) {
	}

	/** Intents by descending combined score in [0, 1]. */
	List<Scored> rank(String masked, String language, String secondLanguage, Entities entities) {
		List<String> terms = borrowed.terms(masked, language);
		Map<String, Double> probabilities = classifier.map(c -> c.probabilities(terms)).orElse(Map.of());
		Map<String, Double> retrieval = new HashMap<>();
		closest.retrieve(masked, language, 1.0, retrieval);
		if (secondLanguage != null && !secondLanguage.equals(language)) {
			closest.retrieve(masked, secondLanguage, SECOND_LANGUAGE_WEIGHT, retrieval);
		}
		IntentVocabulary.Weighted weighted = IntentVocabulary.weighted(terms, t -> index.idf(language, t));
		// Every intent's coverage of a question naming no value of its slot, in one pass.
		Map<String, Double> coverages = vocabulary.coverages(weighted);
		// The values named, by family ("family:id"), once for every intent's coverage.
		Map<String, List<String>> namedByFamily = entities.named()
			.stream()
			.collect(Collectors.groupingBy(v -> v.split(":", 2)[0]));
		Set<String> intents = new HashSet<>(probabilities.keySet());
		intents.addAll(retrieval.keySet());
		List<Scored> ranked = new ArrayList<>();
		for (String intent : intents) {
			double score = classifierWeight * probabilities.getOrDefault(intent, 0.0)
					+ (1 - classifierWeight) * retrieval.getOrDefault(intent, 0.0);
			String slot = slots.get(intent);
			if (slot != null && entities.contradicted().contains(slot)) {
				score -= CONTRADICTED_SLOT_PENALTY;
			}
			else if (slot != null && entities.selected().contains(slot)) {
				score += NAMED_SLOT_BOOST;
			}
			else if (slot != null && entities.selected().isEmpty() && entities.remembered().contains(slot)) {
				score += REMEMBERED_SLOT_BOOST;
			}
			score += SECTION_WEIGHT * intentSections.getOrDefault(intent, List.of())
				.stream()
				.mapToDouble(section -> entities.sections().getOrDefault(section, 0.0))
				.max()
				.orElse(0);
			score -= entities.named().stream().mapToDouble(value -> unseenPenalty(intent, value)).max().orElse(0);
			boolean missing = definingFamilies.getOrDefault(intent, Set.of())
				.stream()
				.anyMatch(
						f -> !f.equals(slot) && !entities.selected().contains(f) && !entities.remembered().contains(f));
			if (missing) {
				score -= MISSING_DEFINING_PENALTY;
			}
			// Words the intent does not know lower its score, out of scope's as any
			// other's: a question about a
			// birthday party is neither about the organisers nor like the out-of-scope
			// examples.
			List<String> slotValues = slot == null ? List.of() : namedByFamily.getOrDefault(slot, List.of());
			double coverage = slotValues.isEmpty() ? coverages.getOrDefault(intent, weighted.total() == 0 ? 1.0 : 0.0)
					: vocabulary.coverage(intent, weighted, slotValues);
			score *= Math.pow(coverage, coverageWeight);
			ranked.add(new Scored(intent, Math.max(0, Math.min(1.0, score))));
		}
		ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
		return outOfScopeWhenCloser(exact.first(ranked, masked), retrieval, terms);
	}

	/**
	 * When the closest example of all is one the bot must not answer ("¿cuántas mujeres
	 * participaron?" is nearer "¿cuántas mujeres asistieron?" than any answerable
	 * question) by a word the best answerable intent does not know ("mujeres"), out of
	 * scope goes first, however confident the classifier is about the answerable intent's
	 * words.
	 */
	private List<Scored> outOfScopeWhenCloser(List<Scored> ranked, Map<String, Double> retrieval, List<String> terms) {
		double outOfScope = retrieval.getOrDefault(Intent.OUT_OF_SCOPE, 0.0);
		if (ranked.isEmpty() || ranked.get(0).name().equals(Intent.OUT_OF_SCOPE)
				|| outOfScope < OUT_OF_SCOPE_CLOSENESS) {
			return ranked;
		}
		double closestAnswerable = retrieval.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(Intent.OUT_OF_SCOPE))
			.mapToDouble(Map.Entry::getValue)
			.max()
			.orElse(0);
		if (outOfScope <= closestAnswerable) {
			return ranked;
		}
		// Closer only by words the best answer knows too ("When was the meeting?" near
		// "When is the next
		// meeting?") is no sign of another topic: the out-of-scope example must share a
		// word the answer lacks.
		String best = ranked.get(0).name();
		if (terms.stream()
			.noneMatch(t -> vocabulary.knows(Intent.OUT_OF_SCOPE, t) && !vocabulary.knows(best, t)
					&& !vocabulary.asks(t))) {
			return ranked;
		}
		List<Scored> reordered = new ArrayList<>();
		reordered.add(new Scored(Intent.OUT_OF_SCOPE, Math.min(1.0, ranked.get(0).score())));
		ranked.stream().filter(s -> !s.name().equals(Intent.OUT_OF_SCOPE)).forEach(reordered::add);
		return reordered;
	}

	/**
	 * How much to take from an intent for a value the question names ("family:id"): its
	 * examples never name the family, or (for a family no answer is selected by, one the
	 * intent is always about, or an intent no value selects) they name other values of
	 * it, which is the stronger sign that the question is about something else. An intent
	 * without a slot loses its whole score for it: its one answer is about the values its
	 * examples name, and no wording makes it about another (with more examples of its
	 * wording it scored past the half taken before).
	 */
	private double unseenPenalty(String intent, String value) {
		String family = value.split(":")[0];
		if (!familiesInExamples.getOrDefault(intent, Set.of()).contains(family)) {
			return UNSEEN_FAMILY_PENALTY;
		}
		// A family some answer is selected by has values named freely in examples; but
		// not by an intent always about one of them ("¿cuántos talleres hubo?" is not
		// about a course), nor by an intent without a slot, whose examples name what its
		// one answer is about: who opened one event did not open every other.
		boolean always = definingFamilies.getOrDefault(intent, Set.of()).contains(family)
				&& !family.equals(slots.get(intent));
		boolean otherValue = (always || !slots.containsValue(family) || !slots.containsKey(intent))
				&& !valuesInExamples.getOrDefault(intent, Set.of()).contains(value);
		return otherValue ? (slots.containsKey(intent) ? OTHER_VALUE_PENALTY : OTHER_VALUE_NO_SLOT_PENALTY) : 0;
	}

	/**
	 * The IDF-weighted share of the question's terms that {@code intent} knows, in [0,
	 * 1].
	 */
	double coverage(String intent, String masked, String language) {
		return vocabulary.coverage(intent, borrowed.terms(masked, language), t -> index.idf(language, t));
	}

	/** What the bot's answers know of a question's words, beside the scores. */
	KnownWords knownWords() {
		return knownWords;
	}

}
