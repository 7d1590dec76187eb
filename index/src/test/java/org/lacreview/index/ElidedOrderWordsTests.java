package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * An ordinal whose noun the question said once already ({@link ElidedOrderWords}) names a
 * value of that noun's family.
 */
class ElidedOrderWordsTests {

	@Test
	void anOrdinalAfterAValueNamedWithItsNounNamesAValueOfTheSameFamily() {
		Answer elided = ask("How many fewer people joined on Zoom on the last day compared with the first?");
		Answer written = ask("How many fewer people joined on Zoom on the last day compared with the first day?");
		assertThat(elided.trace().decision()).as(elided.trace().toString()).contains("computed a difference");
		assertThat(elided.text()).isEqualTo(written.text());
		assertThat(ask("¿Cuánta gente menos hubo en Zoom el último día comparado con el primero?").text())
			.isEqualTo(ask("¿Cuánta gente menos hubo en Zoom el último día comparado con el primer día?").text());
	}

	@Test
	void anOrdinalBeforeTheValueThatNamesItsNounIsReadWithIt() {
		assertThat(ask("Em porcentagem, quanto caiu a participação pelo Zoom do primeiro para o último dia?").text())
			.isEqualTo(ask("Em porcentagem, quanto caiu a participação pelo Zoom do primeiro dia para o último dia?")
				.text());
	}

	@Test
	void anOrdinalFollowedByAnotherNounIsLeftAlone() {
		// "first group" has its own noun: no day is read into it.
		Answer answer = ask("On the last day, which was the first group by registrations?");
		assertThat(answer.trace().entities()).noneMatch(e -> e.startsWith("day:[apr26"));
	}

}
