package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Questions asking a number right after an answer about a value that gave none of it (the
 * dates of an event): "how many were there?" is answered by the intent whose answer is
 * first of all a number for that value, not refused and not answered with another
 * family's figure; "combien d'entités ?" by the one whose text counts entities.
 */
class NumberFollowUpTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@Test
	void aBareHowManyAfterTheDatesOfAValueGetsItsFigure() {
		long participants = BundledEngine.figure("event", "webinars", "count");
		List<Answer> answers = BundledEngine.conversation(engine, "When were the thematic webinars?",
				"how many were there?");
		assertThat(answers.get(0).text()).doesNotContain(String.valueOf(participants));
		Answer followUp = answers.get(1);
		assertThat(followUp.answered()).as(followUp.trace().toString()).isTrue();
		assertThat(followUp.text()).as(followUp.trace().toString()).contains(String.valueOf(participants));
		assertThat(followUp.text()).doesNotContain(String.valueOf(BundledEngine.familyTotal("group", "count")));
	}

	@Test
	void aBareHowManyAfterThatFigureIsNotAnsweredByAnotherIntentAboutTheValue() {
		List<Answer> answers = BundledEngine.conversation(engine, "How many people took part in the webinars?",
				"how many were there?");
		assertThat(answers.get(1).intent()).isNotEqualTo("event_date");
	}

	@Test
	void aCountFollowedUpTwiceKeepsCountingWhatTheFirstQuestionCounted() {
		List<Answer> answers = BundledEngine.conversation(engine, "How many roundtable areas were there in total?",
				"how many on the 27th?", "so how many on the 28th?");
		Answer asked = BundledEngine.conversation(engine, "How many roundtable areas were there on the 28th?").get(0);
		assertThat(asked.answered()).isTrue();
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString()).isEqualTo(asked.text());
	}

	/** The entities the regional consultation's figure is of (its {@code parts}). */
	private static int entitiesConsulted() {
		return engine.corpus()
			.family("event")
			.orElseThrow()
			.value("regional_consultations")
			.orElseThrow()
			.parts()
			.orElseThrow();
	}

	@Test
	void aCountOfWhatTheValuesTextCountsIsReadThroughAnElidedArticle() {
		int entities = entitiesConsulted();
		List<Answer> answers = BundledEngine.conversation(engine,
				"Quand a eu lieu la consultation avec les processus régionaux ?", "combien d'entités ?");
		assertThat(answers.get(1).answered()).as(answers.get(1).trace().toString()).isTrue();
		assertThat(answers.get(1).text()).contains(entities + " entités");
	}

	@Test
	void aTopicAskedItsDateAndACountGetsTheCountFromTheIntentWhoseAnswerIsANumber() {
		int entities = entitiesConsulted();
		Answer answer = BundledEngine.ask(engine,
				"consulta con procesos y plataformas regionales: fecha y cuantas entidades?");
		assertThat(answer.intent()).as(answer.trace().toString()).isEqualTo("event_date+event_participants");
		assertThat(answer.text()).contains(entities + " entidades");
	}

	@Test
	void theRestAfterOneGroupsFigureIsTheWholeButThatGroup() {
		long governments = BundledEngine.figure("group", "governments", "count");
		long whole = BundledEngine.familyTotal("group", "count");
		List<Answer> answers = BundledEngine.conversation(engine, "How many people registered for the regional review?",
				"how many of them were governments?", "and the rest?");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString())
			.contains(whole + " − " + governments + " = " + (whole - governments));
	}

}
