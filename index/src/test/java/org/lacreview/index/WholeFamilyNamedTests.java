package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * A sum naming every value of a family by their count, in a first question
 * ({@link ContextFollowUps#addWholeNamed}). Figures come from the bundled corpus.
 */
class WholeFamilyNamedTests {

	private static long zoomOverTheDays() {
		return BundledEngine.inDocument("day")
			.stream()
			.mapToLong(v -> ((Number) v.attributes().get("zoom")).longValue())
			.sum();
	}

	@Test
	void aSumOverAFamilyNamedByItsCountAddsEveryValue() {
		Answer answer = ask("whats the total zoom attendance across all 3 days");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(zoomOverTheDays()));
	}

	@Test
	void aSumOfSomethingTheCorpusDoesNotKnowOverTheWholeFamilyIsNotAnswered() {
		Answer answer = ask("How many speakers took the floor during the three days?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(String.valueOf(zoomOverTheDays()));
	}

}
