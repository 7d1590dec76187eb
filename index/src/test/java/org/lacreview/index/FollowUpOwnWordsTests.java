package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A short follow-up naming a value is the previous question asked of that value, unless
 * it says a word of its own the previous question does not ({@link FollowUpRewriter}).
 * Links come from the bundled corpus.
 */
class FollowUpOwnWordsTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static List<Answer> conversation(String... turns) {
		return BundledEngine.conversation(engine, turns);
	}

	private static String website(String org) {
		return (String) engine.corpus()
			.family("org")
			.orElseThrow()
			.value(org)
			.orElseThrow()
			.attributes()
			.get("website");
	}

	@Test
	void aShortFollowUpWithAWordOfItsOwnAsksThatNotThePreviousQuestionOfItsValue() {
		Answer last = conversation("What was IOM's role?", "and ECLAC's website?").get(1);
		assertThat(last.text()).as(BundledEngine.why(last)).contains(website("eclac"));
	}

	@Test
	void aShortFollowUpSayingNothingButItsValueAsksThePreviousQuestionOfIt() {
		Answer last = conversation("What was IOM's role?", "and ECLAC's?").get(1);
		assertThat(last.intent()).as(BundledEngine.why(last))
			.isEqualTo(conversation("What was ECLAC's role?").get(0).intent());
		assertThat(last.text()).as(BundledEngine.why(last)).doesNotContain(website("eclac"));
	}

}
