package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * Which intent goes first when the classifier's best does not answer about the one value
 * the question names, or a superlative chooses the end of a ranking
 * ({@link FirstChoice}), over the bundled corpus.
 */
class FirstChoiceTests {

	@TempDir
	Path dir;

	private static final AnswerEngine engine = BundledEngine.get();

	private static String zoom(String day) {
		EntityValue value = engine.corpus().family("day").orElseThrow().value(day).orElseThrow();
		return String.valueOf(value.attributes().get("zoom"));
	}

	@Test
	void oneValueNamedIsAnsweredByItsFigureNotByTheLargestAndSmallestOfItsFamily() {
		Answer answer = engine.answer("Zoom attendance Apr 27?").answer();
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(zoom("apr27"))
			.doesNotContain(zoom("apr26"), zoom("apr28"));
	}

	@Test
	void anEndPickedOfOneValueWithNoSuperlativeSaidGivesWayToTheValuesFigure() {
		String workers = String.valueOf(BundledEngine.figure("group", "workers", "count"));
		String governments = String.valueOf(BundledEngine.figure("group", "governments", "count"));
		Answer answer = engine.answer("Does the document mention trade unions or workers' organisations?").answer();
		assertThat(answer.text()).as(answer.trace().toString()).contains(workers).doesNotContain(governments);
	}

	@Test
	void anIntentWhoseExamplesNameTheValuesFamilyKeepsAQuestionAboutThatValue() {
		// The speakers for civil society: the group's registrations answered at the
		// session start, for naming the group.
		Answer answer = engine.answer("Which people took part as civil society representatives?").answer();
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("civil_society_speakers");
		assertThat(answer.text())
			.doesNotContain(String.valueOf(BundledEngine.figure("group", "civil_society", "count")));
	}

	@Test
	void theOneSuperlativeSaidChoosesTheIntentRankingFromThatEnd() {
		Answer smallest = engine.answer("¿Cuál es el grupo más chico entre los registrados?").answer();
		Answer least = engine.answer("¿Cuál fue el grupo con menos registrados?").answer();
		assertThat(smallest.intent()).as(smallest.trace().toString()).isEqualTo(least.intent());
		assertThat(AnswerAggregates.ranksFrom(engine.corpus().intent(smallest.intent()).orElseThrow()))
			.contains(Operation.RANK_LEAST);
		Answer largest = engine.answer("¿Cuál es el grupo más grande entre los registrados?").answer();
		assertThat(AnswerAggregates.ranksFrom(engine.corpus().intent(largest.intent()).orElseThrow()))
			.contains(Operation.RANK_MOST);
	}

	@Test
	void askingForTheLargestWithoutNamingADayStillGetsTheLargestAndSmallest() {
		Answer answer = engine.answer("Which day had the most Zoom participants?").answer();
		assertThat(answer.text()).as(answer.trace().toString()).contains(zoom("apr26"), zoom("apr28"));
	}

	@Test
	void aGroupNamedWithinAnActivityGetsItsFigureThereNotItsRegistrations() {
		EntityValue agencies = engine.corpus().family("group").orElseThrow().value("un_agencies").orElseThrow();
		Answer answer = engine
			.answer("¿Cuántos representantes de agencias de la ONU hubo en la consulta del 12 de abril?")
			.answer();
		assertThat(answer.text()).as(answer.trace().toString())
			.contains("20")
			.doesNotContain(String.valueOf(agencies.attributes().get("count")));
		// Without the activity, the group's own registrations.
		assertThat(engine.answer("¿Cuántos representantes de agencias de la ONU se registraron?").answer().text())
			.contains(String.valueOf(agencies.attributes().get("count")));
	}

	@Test
	void aShortFollowUpNamingAGroupAfterAnActivityGetsItsFigureThere() {
		EntityValue agencies = engine.corpus().family("group").orElseThrow().value("un_agencies").orElseThrow();
		Reply first = engine.answer(
				"Combien de représentants d'entités régionales ont participé à la consultation du 12 avril ?",
				LanguageHints.NONE, DialogState.EMPTY);
		Reply second = engine.answer("Et des agences de l'ONU ?", LanguageHints.NONE, first.state());
		assertThat(second.answer().text()).as(second.answer().trace().toString())
			.contains("20")
			.doesNotContain(String.valueOf(agencies.attributes().get("count")));
		// A day named after the meeting's dates is no figure of that day.
		Reply dates = engine.answer("Qual foi a data de início da reunião regional de revisão?", LanguageHints.NONE,
				DialogState.EMPTY);
		Reply last = engine.answer("E o último dia?", LanguageHints.NONE, dates.state());
		assertThat(last.answer().intent()).isNotEqualTo(dates.answer().intent());
	}

	@Test
	void aFollowUpThatAsksItsOwnQuestionAboutTheLastValueIsNotTheLastQuestionAgain() {
		Reply date = engine.answer("¿Qué pasó el 12 de abril?", LanguageHints.NONE, DialogState.EMPTY);
		Reply people = engine.answer("¿cuánta gente de entidades regionales?", LanguageHints.NONE, date.state());
		assertThat(people.answer().intent()).as(people.answer().trace().toString())
			.isNotEqualTo(date.answer().intent());
		assertThat(people.answer().text()).contains("47");
		// Naming another value and asking nothing of its own still goes on with the
		// last question.
		Reply other = engine.answer("¿y la sesión informativa?", LanguageHints.NONE, date.state());
		assertThat(other.answer().intent()).as(other.answer().trace().toString()).isEqualTo(date.answer().intent());
	}

	@Test
	void aDayAskedWithASuperlativeIsAnsweredByTheRankingOfTheFamilyTheBestIntentWasAbout() throws IOException {
		// The intent giving each day's figure scores best but gives no day; the ranking
		// of the same family does, and picks the end "highest" says.
		String question = "Which day had the highest Zoom turnout?";
		Answer answer = engine.answer(question).answer();
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains("26 April", "691");
		// Without "highest" among the superlatives, the ranking keeps its own, lower
		// score.
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), "most, highest,", "most,");
		Answer without = AnswerEngine.build(CorpusLoader.load(copy)).answer(question).answer();
		assertThat(without.answered()).as(without.trace().toString()).isFalse();
	}

}
