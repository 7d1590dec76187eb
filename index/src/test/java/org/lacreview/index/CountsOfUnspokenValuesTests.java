package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import org.junit.jupiter.api.Test;

/**
 * A count of an intent's slot values said of a value the intent never speaks of is
 * refused ({@link CountsOfUnspokenValues}): the registrations by group count people, not
 * the agencies in the network.
 */
class CountsOfUnspokenValuesTests {

	@Test
	void aCountOfGroupValuesSaidOfTheNetworkIsRefused() {
		Answer answer = BundledEngine.ask("How many UN agencies make up the Regional Migration Network?");
		assertThat(answer.answered()).as(why(answer)).isFalse();
		assertThat(answer.trace().decision()).contains("none of its examples names");
	}

	@Test
	void theSameCountWithNoOtherValueIsTheGroupsFigure() {
		Answer answer = BundledEngine.ask("How many UN agencies registered?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.intent()).isEqualTo("registered_by_group");
	}

	@Test
	void aValueTheSlotValuesTextNamesIsSpokenOf() {
		// The webinars' dates name 2020: the year is no value their figure never speaks
		// of.
		Answer answer = BundledEngine
			.ask("quantas pessoas participaram dos seminários web temáticos que teve no final de 2020");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).contains("750");
	}

}
