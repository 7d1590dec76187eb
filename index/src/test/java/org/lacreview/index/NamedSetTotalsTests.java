package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 1: a count asked of one name the corpus gives to several values ("los
 * dos días de mesas redondas") is their total ({@link NamedSetTotals}); the values named
 * one by one are each answered. Expected figures are the bundled corpus's.
 */
class NamedSetTotalsTests {

	private static Answer ask(String question) {
		return BundledEngine.get().answer(question).answer();
	}

	@Test
	void aCountOfOneNameForTwoDaysIsTheirTotal() {
		long total = BundledEngine.figure("day", "apr27", "zoom") + BundledEngine.figure("day", "apr28", "zoom");
		Answer answer = ask("How many Zoom participants were there on the two round table days?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(total));
	}

	@Test
	void twoDaysNamedOneByOneAreEachAnswered() {
		long total = BundledEngine.figure("day", "apr27", "zoom") + BundledEngine.figure("day", "apr28", "zoom");
		Answer answer = ask("¿Cuántos participantes por Zoom hubo el 27 y el 28?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(BundledEngine.figure("day", "apr27", "zoom")))
			.doesNotContain(String.valueOf(total));
	}

}
