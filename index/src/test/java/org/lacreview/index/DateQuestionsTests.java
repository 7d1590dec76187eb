package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 12's date examples through the whole engine: a date the document has no value for
 * falls back, and a numeric date answers with its own day's figure. Figures are read from
 * the corpus, not written here.
 */
class DateQuestionsTests {

	static Corpus corpus;

	static AnswerEngine engine;

	@BeforeAll
	static void build() {
		corpus = CorpusLoader.load(TestCorpora.BUNDLED);
		engine = AnswerEngine.build(corpus);
	}

	private static String zoom(String day) {
		return String.valueOf(corpus.family("day").orElseThrow().value(day).orElseThrow().attributes().get("zoom"));
	}

	private static Answer ask(String question) {
		return engine.answer(question, Optional.empty(), DialogState.EMPTY).answer();
	}

	@Test
	void wordsOfAnEventsNameAfterTheDateThatBrokeItNameTheEventNotAGroup() {
		// "processus régionaux" also names a stakeholder group, whose registrations the
		// consultation's figure is no breakdown of.
		Answer answer = BundledEngine
			.ask("Combien de représentants à la consultation du 12 avril avec les processus régionaux ?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.intent()).isEqualTo("event_participants");
		assertThat(answer.text()).isEqualTo(
				BundledEngine.ask("Combien de représentants à la consultation avec les processus régionaux ?").text());
		// Named for itself further on, the group is one of the values compared.
		Answer compared = BundledEngine.ask("¿Cuántos más hubo en la consulta del 12 de abril (representantes de "
				+ "entidades) que registrados como procesos y plataformas regionales en la reunión?");
		assertThat(compared.trace().decision()).as(compared.trace().toString()).contains("computed a difference");
	}

	@Test
	void theFirstDayOfTheMeetingIsADayOfTheMeetingNotAPartOfIt() {
		// The days of the day family lie within the meeting's dates: the meeting's name
		// only says whose first day it is.
		Answer answer = ask(
				"¿Cuántas personas se conectaron por Zoom el primer día de la reunión de la revisión regional?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(zoom("apr26"));
	}

	@Test
	void aNumberBeforeASuperlativeOrACountNounIsARankOrACountNotADay() {
		// en.yml: "biggest" is a superlative of rank_most, "categories" a count noun.
		java.util.List<Long> counts = BundledEngine.inDocument("group")
			.stream()
			.map(v -> ((Number) v.attributes().get("count")).longValue())
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
		Answer fourth = ask("which was the 4th biggest group of registrants");
		assertThat(fourth.trace().toString()).doesNotContain("date:");
		assertThat(fourth.text()).as(fourth.trace().toString()).contains("with " + counts.get(3));
		// A family's noun after the number ("le 4e groupe") makes it a rank too; the
		// session 33 start read "le 4e" as a day the document lacks and refused.
		Answer french = ask("Quel était le 4e groupe le plus nombreux parmi les inscrits ?");
		assertThat(french.trace().toString()).doesNotContain("date:");
		assertThat(french.text()).as(french.trace().toString()).contains(String.valueOf(counts.get(3)));
		Answer fewest = ask("Out of the twelve categories, which had the fewest registrants?");
		assertThat(fewest.trace().toString()).doesNotContain("date:");
		assertThat(fewest.text()).as(fewest.trace().toString()).contains(String.valueOf(counts.get(counts.size() - 1)));
	}

	@Test
	void aDateThatNamesOneEventIsAnsweredAboutThatEvent() {
		for (String question : new String[] { "¿Qué hubo el 12 de abril?", "¿Qué reunión hubo el 12/04/2021?" }) {
			Answer answer = ask(question);
			assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("event_date");
			assertThat(answer.text()).contains("12");
		}
	}

	@Test
	void aMonthAroundADayNamedPreciselySaysWhenThatDayWas() {
		// "in April" alone also names the April events, whose Zoom figures no answer
		// gives.
		Answer answer = ask("how many people were on zoom on the first day of the meeting, the one in april?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(zoom("apr26")).doesNotContain(zoom("apr27"), zoom("apr28"));
	}

	@Test
	void aDayOfAnotherMonthOrYearFallsBack() {
		Answer may = ask("¿Cuántos se conectaron por Zoom el 26/05?");
		assertThat(may.answered()).isFalse();
		assertThat(may.text()).doesNotContain(zoom("apr26"));
		Answer december = ask("¿Cuántos se conectaron por Zoom el 28/12/2021?");
		assertThat(december.answered()).isFalse();
		assertThat(december.text()).doesNotContain(zoom("apr28"));
	}

	@Test
	void aNumericDayAnswersWithThatDaysFigure() {
		Answer answer = ask("¿Cuántos se conectaron por Zoom el 27/4?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains(zoom("apr27")).doesNotContain(zoom("apr26"), zoom("apr28"));
		Answer english = ask("How many people joined on Zoom on 4/28?");
		assertThat(english.answered()).isTrue();
		assertThat(english.text()).contains(zoom("apr28")).doesNotContain(zoom("apr26"), zoom("apr27"));
	}

	@Test
	void theDayBeforeCountsFromThePreviousTurnsDay() {
		Reply first = engine.answer("How many people joined on Zoom on April 27?", Optional.empty(), DialogState.EMPTY);
		assertThat(first.answer().text()).contains(zoom("apr27"));
		Answer before = engine.answer("And the day before?", Optional.empty(), first.state()).answer();
		assertThat(before.answered()).isTrue();
		assertThat(before.text()).contains(zoom("apr26")).doesNotContain(zoom("apr27"));
	}

	@Test
	void theDayBeforeCountsFromTheDayTheQuestionNamedEarlier() {
		Answer answer = ask("How many fewer people joined via Zoom on April 28 compared with the day before?");
		assertThat(answer.trace().decision()).as(answer.trace().toString()).contains("computed a difference");
		assertThat(answer.text()).contains(zoom("apr27")).contains(zoom("apr28"));
	}

	@Test
	void aNumberJoinedToACountNounByAHyphenIsNoDay() {
		Answer answer = ask("on average how many people per day joined by zoom during the 3-day review?");
		assertThat(answer.trace().masked()).as(answer.trace().toString()).doesNotContain("ent_unknown");
		assertThat(answer.answered()).isTrue();
	}

	@Test
	void aTimeAskedAfterAPersonsPostIsNotThatPersonsDuration() {
		// A person has no dates: the question asks how long the meeting it names lasted,
		// as it does opening a conversation.
		Answer alone = BundledEngine.ask("la réunion a duré combien de jours ?");
		Answer after = BundledEngine.lastAnswer(BundledEngine.get(), "Qui a ouvert la réunion ?",
				"et quel est le poste de Felipe González ?", "la réunion a duré combien de jours ?");
		assertThat(after.answered()).as(after.trace().toString()).isTrue();
		assertThat(after.text()).isEqualTo(alone.text());
	}

}
