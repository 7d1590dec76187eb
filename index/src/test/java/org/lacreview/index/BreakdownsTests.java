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
 * Issue 13's honest fallback for a figure the document does not break down: a question
 * asking the figure of one value crossed with a value of another family ("gobiernos" on
 * one Zoom day), or quoting a figure and asking what it is made of ("los 3 miembros
 * asociados"), is refused instead of answered with the whole figure ({@link Breakdowns}).
 */
class BreakdownsTests {

	@TempDir
	Path dir;

	private static Answer ask(String question) {
		return BundledEngine.get().answer(question).answer();
	}

	@Test
	void aPartOfTheLastAnswersFigureAskedByPointingBackIsRefusedWhenTheDocumentDoesNotCrossThem() {
		// "of them" stands for the 28th's Zoom participants: the registrations per group
		// are no breakdown of that day's figure.
		DialogState state = DialogState.EMPTY;
		Reply day = BundledEngine.get().answer("How many Zoom participants on April 28?", LanguageHints.NONE, state);
		assertThat(day.answer().text()).contains("468");
		Answer part = BundledEngine.get()
			.answer("how many of them were from civil society?", LanguageHints.NONE, day.state())
			.answer();
		assertThat(part.answered()).as(why(part)).isFalse();
		assertThat(part.text()).doesNotContain("137");
		// Of the registrations, the group's figure is a part the document gives.
		Reply total = BundledEngine.get().answer("How many people registered?", LanguageHints.NONE, state);
		Answer group = BundledEngine.get()
			.answer("and how many of them were from civil society?", LanguageHints.NONE, total.state())
			.answer();
		assertThat(group.answered()).as(why(group)).isTrue();
		assertThat(group.text()).contains("137");
	}

	@Test
	void aPartOfTheLastFigurePointedBackToWithAPronounOfTheLanguageIsRefused() {
		// "de ellos" is an anaphora of languages/es.yml: it stands for the day's Zoom
		// participants, whom the registrations per group do not break down.
		List<Answer> answers = BundledEngine.conversation(BundledEngine.get(),
				"¿Cuántas personas se conectaron por Zoom el 28 de abril?",
				"¿y cuántos de ellos eran de la sociedad civil?");
		Answer part = answers.get(1);
		assertThat(part.answered()).as(why(part)).isFalse();
		assertThat(part.text()).doesNotContain(String.valueOf(BundledEngine.figure("group", "civil_society", "count")));
	}

	@Test
	void aGroupOfAnEventWhoseFigureNoExampleBreaksDownIsRefused() {
		// The examples of the registrations by group name the meeting, never the
		// webinars: the group's registrations are no part of the webinars' figure.
		List<Answer> answers = BundledEngine.conversation(BundledEngine.get(), "How many webinars were there?",
				"how many participants?", "and how many of them were from academia?");
		Answer part = answers.get(2);
		assertThat(part.answered()).as(why(part)).isFalse();
		assertThat(part.text()).doesNotContain(String.valueOf(BundledEngine.figure("group", "academia", "count")));
	}

	@Test
	void aFigurePerDayAskedForOneGroupIsRefused() {
		Answer answer = ask("¿Cuántas personas de gobiernos se conectaron por Zoom el 28 de abril?");
		assertThat(answer.answered()).as(why(answer)).isFalse();
		assertThat(answer.text()).doesNotContain("468");
	}

	@Test
	void aGroupTheEventsTextDoesNotNameIsRefusedOneItNamesIsAnswered() {
		// event_participants' examples name groups ("representantes de la ONU en la
		// consulta"), but the civil society consultations' text gives no group's figure.
		Answer academia = ask("¿Cuántas personas de la academia participaron en las consultas con la sociedad civil?");
		assertThat(academia.answered()).as(why(academia)).isFalse();
		Answer un = ask(
				"¿cuántos representantes de agencias de la ONU participaron en la consulta con procesos regionales?");
		assertThat(un.answered()).as(why(un)).isTrue();
		assertThat(un.text()).contains("20");
	}

	@Test
	void aGroupListedAfterTheWholesFigureHasNoFigureOfItsOwn() {
		// The webinars' text lists the academia among those behind its one total.
		Answer answer = ask("¿Cuántos académicos participaron en los seminarios web?");
		assertThat(answer.answered()).as(why(answer)).isFalse();
		assertThat(answer.trace().decision()).contains("not given by");
	}

	@Test
	void aFigureGivenOnlyForOnePlatformIsNoBreakdownOfTheGroupsOrTheEvents() {
		// Zoom and YouTube each have figures of their own (per day, in all), so the
		// platform breaks figures down as a slot would; the registrations per group and
		// the participants of each preparatory event are given for no platform.
		for (String question : new String[] { "¿Cuántos registrados de las diásporas asistieron por Zoom?",
				"How many people joined the March 25 briefing on Zoom?" }) {
			Answer answer = ask(question);
			assertThat(answer.answered()).as(why(answer)).isFalse();
			assertThat(answer.trace().decision()).as(why(answer)).contains("not given by");
		}
		Answer group = ask("¿Cuántos diásporas se registraron?");
		assertThat(group.answered()).as(why(group)).isTrue();
		assertThat(group.text()).contains("93");
		Answer platform = ask("¿Cuántas personas se conectaron por Zoom el 27 de abril?");
		assertThat(platform.answered()).as(why(platform)).isTrue();
		assertThat(platform.text()).contains("608");
	}

	@Test
	void aDifferenceOfTwoGroupsOnOneZoomDayIsRefusedButOneOfTheirRegistrationsIsComputed() {
		// The day's Zoom figure is no group's, so a difference between groups on it is
		// not computed; answering the day's figure alone would be a confident wrong.
		Answer crossed = ask("¿cuál fue la diferencia entre la academia y los gobiernos conectados por zoom el 27?");
		assertThat(crossed.answered()).as(why(crossed)).isFalse();
		assertThat(crossed.text()).doesNotContain("608");
		Answer computed = ask("¿cuál fue la diferencia entre la academia y los gobiernos registrados?");
		assertThat(computed.answered()).as(why(computed)).isTrue();
		assertThat(computed.text()).contains("146");
	}

	@Test
	void aDifferenceBetweenTwoDaysOfAnotherPlatformIsRefusedButTheDaysOwnPlatformIsComputed() {
		// The days' figures are Zoom's; the YouTube audience is given for the three days
		// together, so a difference between two of its days would be Zoom's, a confident
		// wrong.
		Answer other = ask("How many more people watched the YouTube stream on day 2 than on day 3?");
		assertThat(other.answered()).as(why(other)).isFalse();
		assertThat(other.trace().decision()).as(why(other)).contains("not given by");
		Answer own = ask("How many more people were on Zoom on day 2 than on day 3?");
		assertThat(own.answered()).as(why(own)).isTrue();
		assertThat(own.text()).contains("140");
	}

	@Test
	void aFigureAskedPerDayOfAnIntentNotBrokenDownByDayIsRefusedButOnesThatAreAnswer() {
		// The registrations are given in all and per group, never per day; the Zoom
		// attendance is given per day, and the civil society consultations' text gives
		// its figure per session itself.
		for (String question : new String[] { "¿Cuántos inscritos hubo cada día de la reunión?",
				"How many registered each day?" }) {
			Answer answer = ask(question);
			assertThat(answer.answered()).as(why(answer)).isFalse();
			assertThat(answer.text()).doesNotContain("982");
		}
		Answer zoom = ask("How many people joined Zoom each day?");
		assertThat(zoom.answered()).as(why(zoom)).isTrue();
		assertThat(zoom.text()).contains("691", "608", "468");
		Answer session = ask("¿Cuántos participantes hubo por sesión en las consultas con la sociedad civil?");
		assertThat(session.answered()).as(why(session)).isTrue();
		assertThat(session.text()).contains("200");
	}

	@Test
	void aFigurePerGroupAskedForOneDayIsRefused() {
		Answer answer = ask("¿Cuántos parlamentarios se registraron el 26 de abril?");
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void theWholeTheFiguresAddUpToIsNoBreakdown() {
		// The meeting's 982 registrations are the ones given per group.
		Answer answer = ask("¿Cuántas diásporas se registraron en la reunión regional de revisión?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).contains("93");
	}

	@Test
	void aQuotedFigureAskedWhatItIsMadeOfIsRefused() {
		for (String question : new String[] { "¿Cuáles eran los 3 miembros asociados?",
				"¿Cuáles son los tres miembros asociados de la CEPAL que participaron?",
				"De los 47 participantes de las consultas regionales, ¿cuántos eran de gobiernos?" }) {
			Answer answer = ask(question);
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
	}

	@Test
	void aFigureWrittenInTheValuesTextQuotedAndAskedWhichOnesIsRefusedButNotTheDayOfItsDate() {
		// "11" is written in the consultation's participants text, "12" is its day.
		Answer which = ask("¿Cuáles fueron las 11 entidades de la consulta del 12 de abril?");
		assertThat(which.answered()).as(why(which)).isFalse();
		Answer count = ask("cuantos d agencias d la onu hubo en la discusion interactiva del 12");
		assertThat(count.answered()).as(why(count)).isTrue();
	}

	@Test
	void onePartOfAValueGivenAsAWholeIsRefusedUnlessTheCorpusGivesNoParts() throws IOException {
		String question = "¿Cuántas personas asistieron al tercer seminario web?";
		Answer part = ask(question);
		assertThat(part.answered()).as(why(part)).isFalse();
		assertThat(part.trace().decision()).contains("one part of");
		int parts = BundledEngine.value("event", "webinars").parts().orElseThrow();
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/event.yml"), "    parts: " + parts, "");
		Answer whole = AnswerEngine.build(CorpusLoader.load(copy))
			.answer(question, LanguageHints.NONE, DialogState.EMPTY)
			.answer();
		assertThat(whole.trace().decision()).doesNotContain("one part of");
	}

	@Test
	void aQuotedFigureCheckedOrLookedUpTheOtherWayIsAnswered() {
		Answer checked = ask("¿Participaron 29 Estados miembros?");
		assertThat(checked.answered()).as(why(checked)).isTrue();
		assertThat(checked.text()).contains("29");
		Answer day = ask("¿Qué día se conectaron 608 personas por Zoom?");
		assertThat(day.answered()).as(why(day)).isTrue();
		assertThat(day.text()).contains("27");
		Answer share = ask("Of the 982 registered, how many were from academia?");
		assertThat(share.answered()).as(why(share)).isTrue();
		assertThat(share.text()).contains("82");
	}

	@Test
	void anIntentWhoseExamplesNameTheOtherFamilyGivesThatBreakdownWithoutACodeChange() throws IOException {
		String question = "¿Cuántas personas de gobiernos se conectaron por Zoom el 28 de abril?";
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("intents/participants.yml"), "      - ¿cuantos estuvieron en zoom el 28?\n",
				"      - ¿cuantos estuvieron en zoom el 28?\n      - ¿cuántos gobiernos entraron por zoom el 26?\n");
		Answer after = AnswerEngine.build(CorpusLoader.load(copy)).answer(question).answer();
		assertThat(after.answered()).as(why(after)).isTrue();
		assertThat(after.text()).contains("468");
	}

	@Test
	void aSumOverAFamilyNamedWholeOfAValueItDoesNotBreakDownIsRefused() {
		// "sumando los tres días" asks the group's Zoom figure day by day, which the
		// document does not give; not the group's registrations added to Zoom's.
		long added = BundledEngine.figure("group", "civil_society", "count")
				+ BundledEngine.figure("platform", "zoom", "people");
		Answer crossed = ask(
				"¿Cuántos representantes de la sociedad civil se conectaron por Zoom sumando los tres días?");
		assertThat(crossed.answered()).as(why(crossed)).isFalse();
		assertThat(crossed.text()).doesNotContain(String.valueOf(added));
		// Without the group, the sum over the days is the document's.
		Answer days = ask("¿Cuántos se conectaron por Zoom sumando los tres días?");
		assertThat(days.answered()).as(why(days)).isTrue();
		assertThat(days.text()).contains(String.valueOf(BundledEngine.familyTotal("day", "zoom")));
	}

}
