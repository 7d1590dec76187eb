package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.familyTotal;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.lastAnswer;

import org.junit.jupiter.api.Test;

/**
 * A sum naming nothing right after the figure of one value is over every value of that
 * family ({@link ContextFollowUps#addWholeOfLastSlot}); after two turns that named values
 * it stays over those two. Figures come from the bundled corpus.
 */
class TotalAfterOneValueTests {

	@Test
	void aTotalAfterOneValueAddsUpTheWholeFamily() {
		Answer answer = lastAnswer(BundledEngine.get(), "How many people registered from academia?", "and in total?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(familyTotal("group", "count")));
	}

	@Test
	void aTotalAfterOneDayAddsUpEveryDay() {
		Answer answer = lastAnswer(BundledEngine.get(), "¿cuántos se conectaron por Zoom el 26?", "¿y en total?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(familyTotal("day", "zoom")));
	}

	@Test
	void aSumOfTheTwoAfterTwoTurnsStaysOverThoseTwo() {
		long two = figure("platform", "youtube", "people") + figure("day", "apr26", "zoom");
		Answer answer = lastAnswer(BundledEngine.get(), "How many people followed the sessions on YouTube?",
				"and on Zoom on the first day?", "what's the total of those two?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(two));
	}

}
