package org.lacreview.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.corpus.Localized;
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
	 * The operations whose words ask for a new figure made of an intent's own: a share,
	 * an average and a median. Not those whose words also say other things ("gap", "more
	 * than", "top", "place"): known to every intent with figures, they lifted near-misses
	 * ("the Darien gap") over the threshold on the read sets, and gained nothing there.
	 */
	private static final List<OperationName> FIGURE_OPERATIONS = List.of(OperationName.SHARE, OperationName.AVERAGE,
			OperationName.MEDIAN);

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

	private IntentVocabulary(Map<String, Set<String>> byIntent, Map<String, Set<String>> throughSlotValues,
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
	 * @param examples the examples the engine learns from, in the order of {@code terms}
	 * @param terms the analysed terms of each example (entity-masked)
	 * @param examplesNamed per intent, the values its examples name, as "family:id"
	 */
	static IntentVocabulary of(Corpus corpus, Map<String, LanguageAnalyzer> analyzers, List<Example> examples,
			List<Set<String>> terms, Map<String, Set<String>> examplesNamed) {
		// The same answer and value texts come up for many intents (every intent with the
		// country slot knows every
		// country's names, in every language's analysis): each is analysed once per
		// analyser here. Analysing them
		// again and again was a quarter of the build of the bundled corpus.
		Map<LanguageAnalyzer, Map<String, List<String>>> analysed = new HashMap<>();
		BiFunction<LanguageAnalyzer, String, List<String>> analyse = (analyzer, text) -> analysed
			.computeIfAbsent(analyzer, a -> new HashMap<>())
			.computeIfAbsent(text, analyzer::terms);
		Map<String, Set<String>> byIntent = new HashMap<>();
		Map<String, Set<String>> throughSlotValues = new HashMap<>();
		Map<String, Set<String>> valueTerms = new HashMap<>();
		Map<String, Set<String>> answerable = new HashMap<>();
		analyzers.keySet().forEach(l -> answerable.put(l, new HashSet<>()));
		for (int i = 0; i < examples.size(); i++) {
			Example example = examples.get(i);
			byIntent.computeIfAbsent(example.intent(), k -> new HashSet<>()).addAll(terms.get(i));
			if (!example.intent().equals(Intent.OUT_OF_SCOPE)) {
				answerable.get(example.language()).addAll(terms.get(i));
			}
		}
		// What each intent's examples ask with, before answers and values add to it.
		Map<String, Set<String>> asked = new HashMap<>();
		byIntent.forEach((intent, known) -> asked.put(intent, Set.copyOf(known)));
		LanguageAnalyzer document = analyzers.get(corpus.info().defaultLanguage());
		for (Intent intent : corpus.intents()) {
			Set<String> known = byIntent.computeIfAbsent(intent.name(), k -> new HashSet<>());
			for (Localized answer : List.of(intent.answer(), intent.answerAll())) {
				answer.texts()
					.forEach((language, text) -> analyzers.values().forEach(a -> known.addAll(analyse.apply(a, text))));
				if (!intent.isOutOfScope()) {
					answer.texts().forEach((language, text) -> {
						if (answerable.containsKey(language)) {
							answerable.get(language).addAll(analyse.apply(analyzers.get(language), text));
						}
					});
				}
			}
			// Every value of the slot's family (the intent answers for each), and of
			// other families only the values
			// its examples name: the Zoom question knows "Zoom", not "YouTube".
			List<EntityValue> values = new ArrayList<>();
			examplesNamed.getOrDefault(intent.name(), Set.of()).forEach(named -> {
				String[] familyAndId = named.split(":", 2);
				if (!intent.slot().equals(Optional.of(familyAndId[0]))) {
					corpus.family(familyAndId[0]).flatMap(f -> f.value(familyAndId[1])).ifPresent(values::add);
				}
			});
			List<String> texts = ValueTexts.of(values);
			analyzers.values().forEach(a -> texts.forEach(t -> known.addAll(analyse.apply(a, t))));
			Optional<EntityFamily> slotFamily = intent.slot().flatMap(corpus::family);
			if (slotFamily.isPresent()) {
				// Of each value, its names and the attributes the intent's answers give:
				// the Zoom figure of a day is no answer about that day's agenda.
				Set<String> given = ValueTexts.attributesGiven(intent, slotFamily.get().name());
				Set<String> throughValues = new HashSet<>();
				for (EntityValue value : slotFamily.get().values()) {
					// Once per value, however many intents have its family as their slot.
					valueTerms.computeIfAbsent(value.family() + ":" + value.id(), k -> {
						Set<String> own = new HashSet<>();
						List<String> valueTexts = ValueTexts.of(List.of(value));
						analyzers.values().forEach(a -> valueTexts.forEach(t -> own.addAll(analyse.apply(a, t))));
						return own;
					});
					List<String> givenTexts = value.inDocument() ? ValueTexts.given(value, given) : List.of();
					analyzers.values().forEach(a -> givenTexts.forEach(t -> throughValues.addAll(analyse.apply(a, t))));
				}
				throughValues.removeAll(known);
				known.addAll(throughValues);
				throughSlotValues.put(intent.name(), throughValues);
			}
		}
		for (EntityFamily family : corpus.families()) {
			// The nouns before a value's number or after an ordinal ("la quinta mesa")
			// name the family in every language, as in the spelling vocabulary.
			List<String> texts = new ArrayList<>(ValueTexts.of(family.values()));
			texts.addAll(family.orderWords());
			texts.addAll(family.numberWords());
			analyzers.forEach((language, analyzer) -> texts
				.forEach(t -> answerable.get(language).addAll(analyse.apply(analyzer, t))));
		}
		corpus.sections()
			.forEach(s -> answerable.get(document.language()).addAll(document.terms(s.title() + " " + s.body())));
		// Ordinals and day numbers select values ("the second area", "el día
		// veintisiete"), operation words ask for a
		// computation over them ("promedio"): the bot knows them. Not
		// months: "el seminario de noviembre" names a month no value is in unless the
		// date finder read it as a date.
		corpus.languages().forEach((language, pack) -> {
			if (analyzers.containsKey(language)) {
				List<String> words = new ArrayList<>(pack.ordinals().keySet());
				words.addAll(pack.dates().numbers().keySet());
				pack.phrasing().operations().values().forEach(words::addAll);
				words.forEach(w -> answerable.get(language).addAll(analyzers.get(language).terms(w)));
			}
		});
		// An intent that gives a figure per value of its slot answers computations over
		// them too: "¿qué porcentaje…?" is as much its question as "¿cuántos…?".
		Set<String> operationTerms = figureOperationTerms(corpus, analyzers);
		corpus.intents()
			.stream()
			.filter(intent -> intent.slot()
				.flatMap(corpus::family)
				.filter(f -> f.values().stream().anyMatch(Operands::hasFigures))
				.isPresent())
			.forEach(intent -> byIntent.get(intent.name()).addAll(operationTerms));
		// One that gives dates answers a time between them in any unit: "¿cuántas
		// semanas…?" is as much its question as "¿cuántos días…?".
		// Not a term other intents know: the stem of "meses" is that of "mesas".
		Set<String> datesGiven = corpus.intents()
			.stream()
			.filter(intent -> AnswerKinds.gives(intent, Optional.of(AnswerKinds.DATE)))
			.map(Intent::name)
			.collect(Collectors.toSet());
		Set<String> unitTerms = dateUnitTerms(corpus, analyzers);
		unitTerms.removeIf(term -> byIntent.entrySet()
			.stream()
			.anyMatch(e -> !datesGiven.contains(e.getKey()) && e.getValue().contains(term)));
		datesGiven.forEach(intent -> byIntent.get(intent).addAll(unitTerms));
		throughSlotValues.forEach((intent, through) -> {
			through.removeAll(operationTerms);
			through.removeAll(unitTerms);
			// Only a word another intent is asked with is a sign of another question
			// ("who opened the fair?" asks what the opening's intent answers); the
			// words of a value's text describe the family, not another question.
			through.removeIf(term -> asked.entrySet()
				.stream()
				.noneMatch(e -> !e.getKey().equals(intent) && !e.getKey().equals(Intent.OUT_OF_SCOPE)
						&& e.getValue().contains(term)));
		});
		return new IntentVocabulary(byIntent, throughSlotValues, valueTerms, answerable,
				askingTerms(corpus, analyzers));
	}

	/**
	 * The analysed terms of the phrases of {@link #FIGURE_OPERATIONS} that have one word
	 * of their own, in every language, besides stop words and the question words some
	 * phrases include ("qué porcentaje", "cuánto por ciento"), which say nothing of a
	 * computation.
	 */
	private static Set<String> figureOperationTerms(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		Set<String> terms = new HashSet<>();
		corpus.languages().forEach((language, pack) -> {
			LanguageAnalyzer analyzer = analyzers.get(language);
			if (analyzer == null) {
				return;
			}
			Set<String> asking = new HashSet<>();
			pack.phrasing().questionWords().forEach(word -> asking.addAll(analyzer.terms(word)));
			FIGURE_OPERATIONS.forEach(operation -> pack.phrasing()
				.operations()
				.getOrDefault(operation.key(), List.of())
				.forEach(phrase -> {
					List<String> own = new ArrayList<>(analyzer.terms(phrase));
					own.removeAll(asking);
					// One word of its own: "promedio por día" also says "día", which
					// every question about a day has.
					if (own.size() == 1) {
						terms.addAll(own);
					}
				}));
		});
		return terms;
	}

	/**
	 * The analysed terms of every language's {@code dates.week_nouns} and
	 * {@code dates.month_nouns}.
	 */
	private static Set<String> dateUnitTerms(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		Set<String> terms = new HashSet<>();
		corpus.languages().forEach((language, pack) -> {
			LanguageAnalyzer analyzer = analyzers.get(language);
			if (analyzer != null) {
				pack.dates().weekNouns().forEach(noun -> terms.addAll(analyzer.terms(noun)));
				pack.dates().monthNouns().forEach(noun -> terms.addAll(analyzer.terms(noun)));
			}
		});
		return terms;
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

	private static Set<String> askingTerms(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		Set<String> terms = new HashSet<>();
		corpus.languages().forEach((language, pack) -> {
			LanguageAnalyzer analyzer = analyzers.get(language);
			if (analyzer == null) {
				return;
			}
			List<String> phrases = new ArrayList<>(pack.phrasing().questionWords());
			phrases.addAll(pack.phrasing().accentedQuestionWords());
			phrases.addAll(pack.phrasing().keyCues());
			pack.phrasing().asksFor().values().forEach(phrases::addAll);
			phrases.forEach(phrase -> terms.addAll(analyzer.terms(phrase)));
		});
		return Set.copyOf(terms);
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
