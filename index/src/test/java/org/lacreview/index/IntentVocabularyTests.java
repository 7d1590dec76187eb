package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * What each intent knows, and how much of a question it covers: the IDF-weighted share of
 * the question's distinct terms found in the intent's examples, answers and values. Built
 * from the mini corpus; the IDF is a function given by each test, so the expected share
 * follows from the weights alone.
 */
class IntentVocabularyTests {

	/** A word no example, answer, value or section of the mini corpus has. */
	private static final String UNKNOWN = "zzqq";

	static Corpus corpus;

	static LanguageAnalyzer spanish;

	static IntentVocabulary vocabulary;

	@BeforeAll
	static void build() {
		corpus = CorpusLoader.load(TestCorpora.MINI);
		vocabulary = vocabularyOf(corpus);
		spanish = new LanguageAnalyzer(corpus.languages().get("es"));
	}

	private static IntentVocabulary vocabularyOf(Corpus corpus) {
		Map<String, LanguageAnalyzer> analyzers = new LinkedHashMap<>();
		corpus.languages().forEach((code, pack) -> analyzers.put(code, new LanguageAnalyzer(pack)));
		List<Example> examples = corpus.intents().stream().flatMap(i -> i.examples().stream()).toList();
		List<Set<String>> terms = new ArrayList<>();
		examples.forEach(e -> terms.add(new HashSet<>(analyzers.get(e.language()).terms(e.text()))));
		return IntentVocabulary.of(corpus, analyzers, examples, terms, Map.of());
	}

	private static List<String> terms(String text) {
		return spanish.terms(text);
	}

	@Test
	void anIntentCoversAllOfAQuestionWhoseTermsItKnows() {
		assertThat(vocabulary.coverage("meeting_dates", terms("¿Cuándo fue la reunión?"), t -> 1)).isEqualTo(1.0);
		assertThat(vocabulary.coverage("meeting_dates", terms("¿En qué fechas se hizo la reunión?"), t -> 2.5))
			.isEqualTo(1.0);
	}

	@Test
	void aWordNoExampleHasLowersTheCoverageByItsShareOfTheTerms() {
		List<String> known = terms("¿Cuándo fue la reunión?");
		List<String> question = terms("¿Cuándo fue la reunión " + UNKNOWN + "?");
		assertThat(question).hasSize(known.size() + 1);
		double expected = known.size() / (known.size() + 1.0);
		assertThat(vocabulary.coverage("meeting_dates", question, t -> 1)).isCloseTo(expected, within(1e-9));
	}

	@Test
	void eachTermWeighsByItsIdfSoARareUnknownWordLowersTheCoverageMore() {
		List<String> known = terms("¿Cuándo fue la reunión?");
		List<String> question = terms("¿Cuándo fue la reunión " + UNKNOWN + "?");
		double common = vocabulary.coverage("meeting_dates", question, t -> 1);
		double rare = vocabulary.coverage("meeting_dates", question, t -> t.equals(UNKNOWN) ? 4 : 1);
		assertThat(rare).isCloseTo(known.size() / (known.size() + 4.0), within(1e-9)).isLessThan(common);
	}

	@Test
	void aTermCountsOnceHoweverOftenTheQuestionRepeatsIt() {
		List<String> question = terms("reunión " + UNKNOWN + " " + UNKNOWN + " " + UNKNOWN);
		assertThat(vocabulary.coverage("meeting_dates", question, t -> 1)).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void aQuestionAnIntentKnowsNothingOfIsNotCoveredAndOneWithNoTermsIsFully() {
		assertThat(vocabulary.coverage("meeting_dates", terms(UNKNOWN), t -> 1)).isEqualTo(0.0);
		assertThat(vocabulary.coverage("no_such_intent", terms("¿Cuándo fue la reunión?"), t -> 1)).isEqualTo(0.0);
		assertThat(vocabulary.coverage("meeting_dates", List.of(), t -> 1)).isEqualTo(1.0);
	}

	@Test
	void aWordAnotherIntentIsAskedWithCountsHalfWhenOnlyAnotherValueOfTheSlotHasIt(@TempDir Path dir)
			throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir);
		TestCorpora.replace(copy.resolve("entities/day.yml"), "label: {es: 27 de abril, en: 27 April}",
				"label: {es: 27 de abril, en: 27 April}\n    names: {es: [día de la transmisión en vivo]}");
		IntentVocabulary known = vocabularyOf(CorpusLoader.load(copy));
		// "transmisión" is what youtube_viewers is asked with; zoom_by_day knows it only
		// from the 27th's name.
		IntentVocabulary.Weighted streamed = IntentVocabulary.weighted(terms("transmisión"), t -> 1);
		assertThat(known.coverage("zoom_by_day", streamed, List.of("day:d27"))).isEqualTo(1.0);
		assertThat(known.coverage("zoom_by_day", streamed, List.of())).isEqualTo(1.0);
		assertThat(known.coverage("zoom_by_day", streamed, List.of("day:d26")))
			.isEqualTo(IntentVocabulary.OTHER_VALUES_SHARE);
		// "vivo" no other intent is asked with: it describes the family, whichever day.
		IntentVocabulary.Weighted live = IntentVocabulary.weighted(terms("vivo"), t -> 1);
		assertThat(known.coverage("zoom_by_day", live, List.of("day:d26"))).isEqualTo(1.0);
	}

	@Test
	void anIntentKnowsOnlyTheAttributesOfItsSlotsValuesThatItsAnswersGive(@TempDir Path dir) throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir);
		TestCorpora.replace(copy.resolve("entities/day.yml"), "label: {es: 27 de abril, en: 27 April}",
				"label: {es: 27 de abril, en: 27 April}\n    agenda: {es: hubo talleres de costura}");
		IntentVocabulary known = vocabularyOf(CorpusLoader.load(copy));
		// zoom_by_day gives each day's label and Zoom figure, not its agenda
		assertThat(terms("talleres costura")).isNotEmpty().noneMatch(t -> known.knows("zoom_by_day", t));
		TestCorpora.replace(copy.resolve("intents/meeting.yml"), "personas vía Zoom.\"",
				"personas vía Zoom; {day.agenda}.\"");
		IntentVocabulary giving = vocabularyOf(CorpusLoader.load(copy));
		assertThat(terms("talleres costura")).allMatch(t -> giving.knows("zoom_by_day", t));
	}

	@Test
	void anIntentDoesNotKnowTheWordsOfItsSourceSectionsAlone() {
		// "resumen" and "entre" are only in the section's title and body: a section
		// speaks of many things.
		assertThat(vocabulary.coverage("meeting_dates", terms("resumen entre"), t -> 1)).isEqualTo(0.0);
	}

	@Test
	void anIntentWithAFigurePerValueKnowsTheOneWordOfEachShareAndAveragePhrase(@TempDir Path dir) throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir);
		Files.writeString(copy.resolve("languages/es.yml"),
				"question_words: [cuál]\noperations:\n  share: [porcentaje, cuál porcentaje]\n"
						+ "  average: [promedio, promedio semanal]\n  difference: [brecha]\n",
				StandardOpenOption.APPEND);
		Corpus withOperations = CorpusLoader.load(copy);
		IntentVocabulary known = vocabularyOf(withOperations);
		// zoom_by_day gives a Zoom figure per day; meeting_dates gives none.
		assertThat(terms("porcentaje promedio")).isNotEmpty()
			.allMatch(t -> known.knows("zoom_by_day", t))
			.noneMatch(t -> known.knows("meeting_dates", t));
		// A phrase with two words of its own says more than the operation ("semanal").
		assertThat(terms("cuál brecha semanal")).isNotEmpty().noneMatch(t -> known.knows("zoom_by_day", t));
		assertThat(terms("porcentaje")).noneMatch(t -> vocabulary.knows("zoom_by_day", t));
	}

	@Test
	void whatTheBotAnswersLeavesOutTheOutOfScopeExamples() {
		assertThat(vocabulary.answerable().get("es")).containsAll(terms("reunión youtube"))
			.doesNotContainAnyElementsOf(terms("llover película"));
	}

	@Test
	void theWordsQuestionsAskWithAreTheLanguagePhrasingsNotTheTopics() {
		Corpus bundled = CorpusLoader.load(TestCorpora.BUNDLED);
		IntentVocabulary bundledVocabulary = vocabularyOf(bundled);
		LanguageAnalyzer analyzer = new LanguageAnalyzer(bundled.languages().get("es"));
		// "qué" is an accented question word, "cuántos" a key cue and a question word
		assertThat(analyzer.terms("qué cuántos")).isNotEmpty().allMatch(bundledVocabulary::asks);
		assertThat(analyzer.terms("porcentaje gobiernos diásporas")).isNotEmpty().noneMatch(bundledVocabulary::asks);
		// a corpus whose language lists no phrasing has none
		assertThat(terms("¿Cuándo fue la reunión?")).noneMatch(vocabulary::asks);
	}

	@Test
	void anOutOfScopeExampleCloserOnlyByAQuestionWordDoesNotOverruleTheNamedValue() {
		// out of scope has "¿Qué porcentaje de participantes eran mujeres?"; the question
		// shares "qué" with it, which the answer's examples lack, and names a group
		Answer answer = BundledEngine.get()
			.answer("¿Qué porcentaje de los participantes registrados eran gobiernos?", java.util.Optional.empty(),
					DialogState.EMPTY)
			.answer();
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("23,2 %");
	}

	@Test
	void everyIntentsCoverageInOnePassIsItsCoverageToTheLastBit() {
		java.util.Random random = new java.util.Random(15);
		List<String> words = new ArrayList<>();
		corpus.intents().forEach(i -> i.examples().forEach(e -> words.addAll(terms(e.text()))));
		words.add(UNKNOWN);
		for (int question = 0; question < 300; question++) {
			List<String> asked = new ArrayList<>();
			for (int word = random.nextInt(8); word >= 0; word--) {
				asked.add(words.get(random.nextInt(words.size())));
			}
			IntentVocabulary.Weighted weighted = IntentVocabulary.weighted(asked, t -> 0.1 + (t.hashCode() & 7) / 3.0);
			Map<String, Double> inOnePass = vocabulary.coverages(weighted);
			for (var intent : corpus.intents()) {
				double expected = vocabulary.coverage(intent.name(), weighted);
				assertThat(inOnePass.getOrDefault(intent.name(), weighted.total() == 0 ? 1.0 : 0.0))
					.as(asked + " for " + intent.name())
					.isEqualTo(expected);
			}
		}
	}

}
