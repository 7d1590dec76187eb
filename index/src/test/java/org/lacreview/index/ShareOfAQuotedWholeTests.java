package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.familyTotal;

import org.junit.jupiter.api.Test;

/**
 * A share whose whole the question quotes as a number that the computation over the
 * values' figures leaves out is a share of another whole, refused
 * ({@link ComputedReplies}); a number that is a figure of a value named, or how many
 * values a family has, is an operand or a count, not another whole. Figures come from the
 * bundled corpus.
 */
class ShareOfAQuotedWholeTests {

	@Test
	void aShareOfAQuotedNumberTheFiguresDoNotGiveIsRefused() {
		long total = familyTotal("group", "count");
		// A number that is no whole of the groups' registrations, nor near it.
		Answer answer = ask("¿Qué porcentaje de los " + (total - 200) + " eran sindicatos?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(ask("¿Qué porcentaje de los " + total + " eran sindicatos?").answered()).isTrue();
	}

	@Test
	void theNumberOfAFamilysValuesQuotedIsNoOtherWhole() {
		Answer answer = ask("del total de conexiones por zoom de los 3 dias, ¿qué porcentaje fue el primer día?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains(String.valueOf(familyTotal("day", "zoom")));
	}

}
