package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 12, item 3: a question asking for a kind of answer (a number, a date, a place, a
 * person) that the best intent does not give is not answered by it. The kinds are the
 * corpus's: the languages' {@code asks_for} phrases and the intents' {@code answers}.
 */
class AnswerKindsTests {

	@TempDir
	Path dir;

	@Test
	void aFigureQuotedInsideTheInterrogativeStillAsksForThatKind() {
		// "¿qué 29 países…?" asks for places, as "¿qué países…?" does: not the
		// organisation's description, which names the 29 but no country.
		Answer answer = BundledEngine.get().answer("¿Qué 29 países de la CEPAL estuvieron?").answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void anExactDateAskedAfterAnInterrogativeIsADayNoIntentGivingAYearGives() {
		// "what was the exact date" is a day phrase of languages/en.yml: "what" before
		// "exact date" made the question ask no kind, and the year was given.
		Answer answer = BundledEngine.get()
			.answer("What was the exact date of the 2022 International Migration Review Forum?")
			.answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void aCountOfThoseWhoDidNotTakePartIsAKindNoIntentGives() {
		// "no participaron" is an absent phrase of languages/es.yml: the 29 who took part
		// are no answer to how many did not.
		Answer answer = BundledEngine.get().answer("¿Cuántos estados miembros de la CEPAL NO participaron?").answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void aShareAskedOfAKindNoIntentGivesIsRefusedNotComputed() {
		// "women" is a sex phrase of languages/en.yml: the governments' share of the
		// registrations is no answer to it.
		Answer answer = BundledEngine.get()
			.answer("What percentage of the registered government delegates were women?")
			.answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
		assertThat(answer.text()).doesNotContain("%");
	}

	@Test
	void theOtherFigureAsksForANumber() {
		// "the other figure" is a number phrase of languages/en.yml: the date of the
		// session pointed back to is no figure.
		List<Answer> answers = BundledEngine.conversation(BundledEngine.get(),
				"The briefing session on 25 March: how many people from how many countries?",
				"and the other figure for that session?");
		Answer second = answers.get(1);
		assertThat(second.intent()).as(why(second)).isNotEqualTo("event_date");
	}

	@Test
	void aNumberAskedOfAPersonsRoleIsRefused() {
		Answer answer = BundledEngine.get().answer("¿Cuántos años tiene António Vitorino?").answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void aDateAskedOfADescriptionIsRefused() {
		Answer answer = BundledEngine.get()
			.answer("In which year was the Global Compact for Migration adopted?")
			.answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void anAgeIsANumberAndHowToDoSomethingIsAProcedureNoIntentOfTheDocumentGives() {
		for (String question : new String[] { "Quel âge a Alicia Bárcena ?",
				"How do I register for the International Migration Review Forum in 2022?",
				"Como posso participar do Fórum de Exame da Migração Internacional?" }) {
			Answer answer = BundledEngine.get().answer(question).answer();
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
	}

	@Test
	void theBotsOwnOpinionIsAKindNoIntentGives() {
		for (String question : new String[] { "What is your personal opinion on border walls?",
				"Quel est ton avis sur le Pacte mondial ?", "¿Qué opinas del Pacto Mundial?",
				"Qual é a sua opinião sobre a migração irregular?" }) {
			Answer answer = BundledEngine.get().answer(question).answer();
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
	}

	@Test
	void withoutTheOpinionKindAnOpinionAskedOfATopicTheBotKnowsIsAnswered() throws IOException {
		String question = "What is your personal opinion on border walls?";
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		String en = java.nio.file.Files.readString(copy.resolve("languages/en.yml"));
		String line = en.lines().filter(l -> l.startsWith("  opinion:")).findFirst().orElseThrow();
		TestCorpora.replace(copy.resolve("languages/en.yml"), line + "\n", "");
		Answer after = AnswerEngine.build(CorpusLoader.load(copy)).answer(question).answer();
		assertThat(after.answered()).as(why(after)).isTrue();
	}

	@Test
	void anExactDateIsNotAnsweredByAnIntentThatGivesOnlyAYear() {
		for (String question : new String[] {
				"¿En qué fecha exacta se hará el Foro de Examen de la Migración Internacional?",
				"What month will the International Migration Review Forum be held in?" }) {
			Answer answer = BundledEngine.get().answer(question).answer();
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
		Answer when = BundledEngine.get()
			.answer("¿Cuándo se hará el Foro de Examen de la Migración Internacional?")
			.answer();
		assertThat(when.answered()).as(why(when)).isTrue();
		assertThat(when.text()).contains("2022");
		Answer day = BundledEngine.get().answer("¿Qué día empezó la reunión?").answer();
		assertThat(day.answered()).as(why(day)).isTrue();
		assertThat(day.text()).contains("26");
	}

	@Test
	void aNationalityOrACountryIsAPlaceThatARoleOrACountDoesNotGive() {
		for (String question : new String[] { "¿De qué nacionalidad es Felipe González?", "de que pais es nancy perez",
				"Which countries were the associate members of ECLAC that took part?" }) {
			Answer answer = BundledEngine.get().answer(question).answer();
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
	}

	@Test
	void aKindNoIntentGivesIsNotAnsweredByASentenceOfTheDocument() {
		Answer answer = BundledEngine.get()
			.answer("¿En qué ciudad será el Foro de Examen de la Migración en 2022?")
			.answer();
		assertThat(answer.answered()).as(why(answer)).isFalse();
		assertThat(answer.intent()).isNotEqualTo("document");
	}

	@Test
	void aCountOfPeopleThereInPersonIsRefusedWithWhatTheDocumentRecordsInstead() {
		// attendance_in_person (meeting.yml) is unanswerable: the document counts online
		// participation only.
		for (String question : new String[] { "How many people attended in person rather than online?",
				"Quantos participantes presenciais houve na reunião?",
				"Combien de participants étaient présents en personne ?",
				"¿Cuántas personas asistieron presencialmente a la reunión?" }) {
			Answer answer = BundledEngine.get().answer(question).answer();
			assertThat(answer.answered()).as(why(answer)).isFalse();
			assertThat(answer.trace().intents().get(0).name()).isEqualTo("attendance_in_person");
			assertThat(answer.text()).as(why(answer)).contains("691", "782");
		}
	}

	@Test
	void theKindAskedStillLetsTheIntentsThatGiveItAnswer() {
		Answer number = BundledEngine.get().answer("¿Cuántos se conectaron por Zoom el 27 de abril?").answer();
		assertThat(number.answered()).as(why(number)).isTrue();
		assertThat(number.text()).contains("608");
		Answer person = BundledEngine.get().answer("Who opened the meeting?").answer();
		assertThat(person.answered()).as(why(person)).isTrue();
		assertThat(person.intent()).isEqualTo("opened_by");
	}

	@Test
	void anIntentWithoutAnswersInTheCorpusGivesEveryKindWithoutACodeChange() throws IOException {
		String question = "¿Cuántos años tiene António Vitorino?";
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("intents/people.yml"),
				"- intent: person_role\n  answers: [person, description]\n", "- intent: person_role\n");
		// "años" is also a count of something person_role does not give
		// (ClosedWorldTests):
		// without plural_endings only the kind asked decides
		TestCorpora.replace(copy.resolve("languages/es.yml"), "plural_endings: [s]", "plural_endings: []");
		Answer after = AnswerEngine.build(CorpusLoader.load(copy)).answer(question).answer();
		assertThat(after.answered()).as(why(after)).isTrue();
		assertThat(after.intent()).isEqualTo("person_role");
	}

}
