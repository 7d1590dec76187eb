package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * {@code closed_world} in {@code corpus.yml} says whether the corpus names everything it
 * answers about. The bundled corpus does: a question about an attribute or a name it
 * never uses is refused. Turned off by editing the corpus alone, the same questions get
 * the closest intent's answer, as in a corpus that holds only a sample of what people ask
 * about.
 */
class ClosedWorldTests {

	private static final String ATTRIBUTE = "¿Cuál es el salario de Alicia Bárcena?";

	private static final String NAME = "¿Quién es la Secretaria Ejecutiva de la OEA?";

	@TempDir
	Path dir;

	private static Answer ask(AnswerEngine engine, String question) {
		return engine.answer(question, LanguageHints.NONE, DialogState.EMPTY).answer();
	}

	/** Asserts that the bundled engine refuses {@code question}; its trace on failure. */
	private static void assertRefused(String question) {
		Answer answer = ask(BundledEngine.get(), question);
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

	/**
	 * Asserts that the bundled engine answers {@code question}, and returns the answer.
	 */
	private static Answer assertAnswered(String question) {
		Answer answer = ask(BundledEngine.get(), question);
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		return answer;
	}

	@Test
	void whatEachWebinarWasAboutIsSaidToBeMissingNotAnsweredWithTheirCount() {
		AnswerEngine engine = BundledEngine.get();
		Answer answer = ask(engine, "¿De qué trató el cuarto seminario web?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.text())
			.startsWith(engine.corpus().intent("webinar_topics").orElseThrow().answer().texts().get("es"));
	}

	@Test
	void aCountOfSomethingTheCorpusNeverNamesIsRefusedAfterAnElidedCue() {
		// "combien d'" (languages/fr.yml key_cues) runs into the counted word.
		Answer answer = ask(BundledEngine.get(), "Combien d'entreprises se sont inscrites à la réunion ?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().decision()).contains("does not know");
	}

	@Test
	void aCountOfAPluralNounTheAnswerDoesNotGiveIsRefused() {
		AnswerEngine engine = BundledEngine.get();
		Answer young = ask(engine, "¿Cuántos jóvenes participaron en la reunión?");
		assertThat(young.answered()).as(young.trace().toString()).isFalse();
		// a verb after the cue, and a word another corpus language gives the answer
		assertThat(ask(engine, "¿Cuántos participaron en la reunión?").answered()).isTrue();
		Answer viewers = ask(engine, "¿Cuántos viewers tuvo YouTube?");
		assertThat(viewers.answered()).as(viewers.trace().toString()).isTrue();
	}

	@Test
	void aCountOfAPluralNounAfterAWordQualifyingItIsRefusedWhenTheAnswerDoesNotGiveIt() {
		AnswerEngine engine = BundledEngine.get();
		Answer channels = ask(engine, "How many television channels registered for the meeting?");
		assertThat(channels.answered()).as(channels.trace().toString()).isFalse();
		// the counted noun the answer gives, after a qualifying word, is still answered
		Answer webinars = ask(engine, "How many thematic webinars were there?");
		assertThat(webinars.answered()).as(webinars.trace().toString()).isTrue();
	}

	@Test
	void withoutPluralEndingsInItsLanguageFileACountedNounIsNotToldFromAVerb() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "plural_endings: [s]", "plural_endings: []");
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(copy));
		assertThat(ask(engine, "¿Cuántos jóvenes participaron en la reunión?").answered()).isTrue();
	}

	@Test
	void eachPartOfAValueGivenOnlyAsAWholeIsRefusedButAnAverageOverThePartsIsComputed() throws IOException {
		String each = "¿Cuántos participantes tuvo cada uno de los seis seminarios web?";
		assertRefused(each);
		assertThat(assertAnswered("¿Cuántos participantes tuvo cada seminario web en promedio?").text())
			.contains("750 ÷ 6");
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		// every language's words count (people mix them): Portuguese also has "cada"
		TestCorpora.replace(copy.resolve("languages/es.yml"), "distributive_words: [cada, uno por uno, una por una]",
				"distributive_words: []");
		TestCorpora.replace(copy.resolve("languages/pt.yml"), "distributive_words: [cada, um por um, uma por uma]",
				"distributive_words: []");
		assertThat(ask(AnswerEngine.build(CorpusLoader.load(copy)), each).answered()).isTrue();
	}

	@Test
	void eachPartOfTheLastAnswersValueAskedWithoutNamingItIsRefused() {
		// The webinars have six parts (entities/event.yml) and no topic per webinar; the
		// thematic areas, which have no parts, are each answered.
		List<Answer> webinars = BundledEngine.conversation(BundledEngine.get(), "¿Cuántos seminarios web hubo?",
				"¿y cuál fue el tema de cada uno?");
		assertThat(webinars.get(1).answered()).as(BundledEngine.why(webinars.get(1))).isFalse();
		assertThat(webinars.get(1).trace().decision()).contains("webinars");
		List<Answer> areas = BundledEngine.conversation(BundledEngine.get(), "¿Qué día se trató el área 3?",
				"¿y de qué trataba cada una?");
		assertThat(areas.get(1).trace().decision()).doesNotContain("one part of");
	}

	@Test
	void onePartOfAValueGivenOnlyAsAWholeNamedByItsMonthIsRefused() {
		assertRefused("¿Cuántos participaron en el seminario web de noviembre?");
		assertAnswered("¿Cuántos participaron en los seminarios web?");
	}

	@Test
	void aFigureOfTheMonthOfAValueOfSeveralPartsSaidAsADateIsRefused() {
		// The month is read as a date that selects the webinars, so it names no part.
		assertRefused("¿Cuántos webinars se hicieron en noviembre de 2020?");
		assertRefused("Combien de webinaires ont eu lieu en décembre 2020 ?");
		// Asked what happened that month, the whole answers.
		assertAnswered("¿Qué pasó en noviembre de 2020?");
	}

	@Test
	void aTotalOfSomethingTheAnswerDoesNotCountIsRefusedAsItsCountIs() {
		assertRefused("cuantos jovenes participaron en total");
		assertAnswered("¿cuántos se registraron en total?");
	}

	@Test
	void theOpeningOfAnotherEventThanTheOneTheAnswerIsAboutIsRefused() {
		// opened_by has no slot and its examples name the meeting: the webinars are
		// another
		// value of the same family
		Answer webinars = ask(BundledEngine.get(), "Quem inaugurou os seminários web?");
		assertThat(webinars.answered()).isFalse();
		Answer meeting = ask(BundledEngine.get(), "Quem inaugurou a reunião?");
		assertThat(meeting.answered()).isTrue();
		assertThat(meeting.intent()).isEqualTo("opened_by");
	}

	@Test
	void whatAnotherIntentAnswersAskedOfAValueWhoseTextDoesNotSayItIsRefused() {
		// the forum's text says nothing of an opening, though another organisation's does
		assertRefused("¿Quién inauguró el Foro de Examen de la Migración Internacional de 2022?");
		assertRefused("¿Quién organizó la fiesta de cumpleaños de Alicia Bárcena?");
		assertAnswered("¿Qué es el Foro de Examen de la Migración Internacional?");
		assertAnswered("¿Quién es Alicia Bárcena?");
	}

	@Test
	void anOrganisationsHeadquartersIsNotItsWebPage() {
		Answer answer = ask(BundledEngine.get(), "¿Dónde queda la sede de la OIM?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

	@Test
	void theBundledCorpusIsClosedWorldAndRefusesWhatItNeverNames() {
		AnswerEngine engine = BundledEngine.get();
		assertThat(engine.corpus().info().closedWorld()).isTrue();
		assertThat(ask(engine, ATTRIBUTE).answered()).isFalse();
		assertThat(ask(engine, NAME).answered()).isFalse();
	}

	@Test
	void turnedOffInCorpusYmlTheSameQuestionsGetTheClosestIntent() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("corpus.yml"), "closed_world: true", "closed_world: false");
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(copy));
		assertThat(ask(engine, ATTRIBUTE).intent()).isEqualTo("person_role");
		assertThat(ask(engine, NAME).intent()).isEqualTo("person_role");
	}

	@Test
	void aCorpusThatDoesNotSayIsNotClosedWorld() {
		assertThat(CorpusLoader.load(TestCorpora.MINI).info().closedWorld()).isFalse();
	}

	@Test
	void aValueThatIsNotTrueOrFalseIsAnErrorNamingCorpusYml() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("corpus.yml"), "closed_world: true", "closed_world: maybe");
		assertThatThrownBy(() -> CorpusLoader.load(copy)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("corpus.yml:")
			.hasMessageContaining("maybe");
	}

}
