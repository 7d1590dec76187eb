package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.lastAnswer;
import static org.lacreview.index.BundledEngine.why;

import java.util.Comparator;

import org.junit.jupiter.api.Test;

/**
 * A follow-up that names nothing but an ordinal, after a question that asked a rank of an
 * intent whose answer ranks nothing ("What was the second largest group of registrants?",
 * answered by the registrations of one group), asks the same rank at the ordinal's place
 * ({@link OperationReader#rankAfterRankAsked}). Figures come from the bundled corpus.
 */
class RankAskedBeforeTests {

	private static long countAt(int place) {
		return BundledEngine.inDocument("group")
			.stream()
			.map(v -> figure("group", v.id(), "count"))
			.sorted(Comparator.reverseOrder())
			.skip(place - 1)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anOrdinalAfterASecondPlaceAsksTheThird() {
		Answer answer = lastAnswer(BundledEngine.get(), "What was the second largest group of registrants?",
				"and the third?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(countAt(3)));
	}

	@Test
	void anOrdinalOpeningAConversationAsksNoRank() {
		Answer answer = lastAnswer(BundledEngine.get(), "and the third?");
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

	@Test
	void theRankIsOnlyThatOfTheQuestionBefore() {
		Answer answer = lastAnswer(BundledEngine.get(), "How many people registered from academia?", "and the third?");
		assertThat(answer.text()).as(why(answer)).doesNotContain(String.valueOf(countAt(3)));
	}

}
