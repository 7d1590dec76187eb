package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "How many were there?" after an answer about a value that gave no figure of it (the
 * webinars' dates) is answered by the intent whose answer is first of all a number for
 * that value, not refused and not answered with another family's figure.
 */
class BareNumberFollowUpTests {

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

}
