package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * The other end of a time between two dates said by a common word ({@link SpanEnds}): a
 * value's {@code span_names} name it there and nowhere else.
 */
class SpanEndsTests {

	@TempDir
	Path dir;

	@Test
	void aTimeBetweenANamedValueAndOneSaidByASpanNameIsComputed() {
		Answer answer = ask("¿Cuántos días hubo entre la consulta con procesos regionales y la reunión?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains("14");
		Answer english = ask("How many days after the 12 April regional consultations did the review meeting open?");
		assertThat(english.text()).as(english.trace().toString()).contains("14");
	}

	@Test
	void aDateSaidRightAfterASpanNameSaysWhenItsValueWasAndIsNoThirdEnd() {
		Answer spanish = ask(
				"¿Cuántos meses pasaron desde el inicio de los seminarios web hasta la reunión regional de abril de 2021?");
		assertThat(spanish.answered()).as(spanish.trace().toString()).isTrue();
		assertThat(spanish.text()).as(spanish.trace().toString()).contains("6 meses");
		Answer english = ask(
				"How many months passed from the start of the webinars (October 2020) to the regional review (April 2021)?");
		assertThat(english.text()).as(english.trace().toString()).contains("6 calendar months");
		// A date that does not select the span name's value is still a value of its own.
		Answer other = ask("¿Cuántos días pasaron desde los seminarios web hasta la reunión del 12 de abril?");
		assertThat(other.text()).as(other.trace().toString())
			.contains("12 de abril")
			.doesNotContain("Reunión Regional de Revisión");
	}

	@Test
	void aWordPointingBackIsTheDatedValueTheLastAnswerWasAbout() {
		Answer days = BundledEngine.lastAnswer(BundledEngine.get(), "¿cuántos días duró la reunión regional?",
				"¿y las consultas con la sociedad civil?",
				"¿cuánto tiempo pasó entre el final de esas consultas y la reunión?");
		assertThat(days.text()).as(days.trace().toString()).contains("15 de abril").contains("11 días");
		// Without a conversation the same words name no consultations.
		Answer alone = ask("¿cuánto tiempo pasó entre el final de esas consultas y la reunión?");
		assertThat(alone.text()).as(alone.trace().toString()).doesNotContain("11 días");
	}

	@Test
	void theEndOfTheFirstValueIsCountedWhenTheQuestionSaysSo() {
		Answer answer = ask(
				"Quantos dias se passaram entre o fim das consultas com a sociedade civil e a abertura da reunião?");
		assertThat(answer.text()).as(answer.trace().toString()).contains("11");
	}

	@Test
	void theDaysOfTwoValuesAskedTogetherAreAddedUp() {
		Answer answer = ask(
				"¿Cuántos días sumaron en total las consultas con la sociedad civil y la reunión regional de revisión?");
		assertThat(answer.trace().decision()).as(answer.trace().toString()).contains("computed a duration");
		assertThat(answer.text()).contains("6").contains("(3) + ");
		// Not a sum when none is asked: the gap between them is counted instead.
		Answer gap = ask(
				"How long was the gap between the consultation with regional processes and the start of the regional review meeting?");
		assertThat(gap.text()).as(gap.trace().toString()).doesNotContain("Adding up");
	}

	@Test
	void daysAddedUpWithOneValueSaidByASpanNameAreComputed() {
		long days = java.util.stream.Stream
			.of(BundledEngine.value("event", "civil_society_consultations"),
					BundledEngine.value("event", "review_meeting"))
			.mapToLong(v -> v.date().orElseThrow().to().toEpochDay() - v.date().orElseThrow().from().toEpochDay() + 1)
			.sum();
		Answer count = ask(
				"Si sumo los días de consultas con la sociedad civil y los de la reunión regional, ¿cuántos días son?");
		assertThat(count.trace().decision()).as(count.trace().toString()).contains("computed a duration");
		assertThat(count.text()).contains(" " + days + " ");
		Answer duration = ask(
				"¿Cuántos días duraron en total las consultas con la sociedad civil y la reunión regional?");
		assertThat(duration.text()).as(duration.trace().toString()).contains(" " + days + " ");
	}

	@Test
	void aSpanNameNamesNothingOutsideATimeBetweenDates() {
		Answer answer = ask("¿Quién inauguró la reunión?");
		assertThat(answer.trace().entities()).as(answer.trace().toString()).noneMatch(e -> e.startsWith("event:"));
	}

	@Test
	void withoutSpanNamesInTheCorpusTheCommonWordNamesNoEnd() throws IOException {
		String question = "¿Cuántos días hubo entre la consulta con procesos regionales y la reunión?";
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path events = copy.resolve("entities/event.yml");
		assertThat(Files.readString(events)).contains("span_names:");
		TestCorpora.replace(events,
				"es: [reunión, reunión regional, reunión de revisión, revisión regional, apertura de la reunión,",
				"es: [asamblea,");
		Answer after = AnswerEngine.build(CorpusLoader.load(copy)).answer(question).answer();
		assertThat(after.text()).as(after.trace().toString()).doesNotContain("14 días");
	}

	@Test
	void aTimeFromOneValueAfterAnAnswerAboutADayIsCountedFromThatDay() {
		String named = ask("¿cuántos días antes del 28 de abril fue la consulta con procesos regionales?").text();
		Answer followUp = BundledEngine.lastAnswer(BundledEngine.get(), "¿Qué pasó el 28 de abril?",
				"¿y cuántos días antes fue la consulta con procesos regionales?");
		assertThat(followUp.answered()).as(followUp.trace().toString()).isTrue();
		assertThat(followUp.text()).isEqualTo(named);
		// Asked first, one date alone gives no time.
		assertThat(ask("¿y cuántos días antes fue la consulta con procesos regionales?").answered()).isFalse();
	}

}
