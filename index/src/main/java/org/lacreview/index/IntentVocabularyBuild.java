package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Builds an {@link IntentVocabulary} from a corpus: each intent's terms from its
 * examples, answers and values, the terms of everything the bot answers per language, and
 * the words with which questions ask, each text analysed once per analyser.
 */
final class IntentVocabularyBuild {

	/**
	 * The operations whose words ask for a new figure made of an intent's own: a share,
	 * an average and a median. Not those whose words also say other things ("gap", "more
	 * than", "top", "place"): known to every intent with figures, they lifted near-misses
	 * ("the Darien gap") over the threshold on the read sets, and gained nothing there.
	 */
	private static final List<OperationName> FIGURE_OPERATIONS = List.of(OperationName.SHARE, OperationName.AVERAGE,
			OperationName.MEDIAN);

	private IntentVocabularyBuild() {
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

}
