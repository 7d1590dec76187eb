package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * A share between two days ranks the days' programme first, which gives no figure: an
 * intent giving a figure per day computes it. With one day named, the share may be of the
 * programme itself, and no day's figure is set against the total.
 */
class ShareOfAnotherDayTests {

	@Test
	void aShareOfOneDayOverAnotherIsComputedByAnIntentGivingTheDaysFigures() {
		Answer answer = ask("el 28 de abril se conectó qué porcentaje de los que se conectaron el 26?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("67,7 %").contains("468").contains("691");
	}

	@Test
	void aShareNamingOneDayIsNotTakenAsThatDaysShareOfAllDays() {
		assertThat(ask("de las 5 áreas temáticas, qué porcentaje se trató el 27 de abril?").text())
			.doesNotContain("1767")
			.doesNotContain("34,4");
	}

}
