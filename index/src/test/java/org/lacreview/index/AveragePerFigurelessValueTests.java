package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * "¿Cuántas personas por país…?" asks an average over a family without figures: computed
 * where an answer's text counts that family's values ("57 personas de 21 países"), and
 * refused where it does not, or where the per word asks each value's figure ("de cada
 * país"), or where the only divisor is of another kind (a value's 11 entities).
 */
class AveragePerFigurelessValueTests {

	@Test
	void aNumberPerCountryIsAnAverageWhereTheTextCountsTheCountries() {
		Answer answer = ask("¿cuántas personas por país en la sesión informativa?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.text()).contains("2,7").contains("57 ÷ 21");
	}

	@Test
	void eachCountrysFigureIsRefused() {
		assertThat(ask("Quantas pessoas de cada país participaram da sessão de 25 de março?").answered()).isFalse();
	}

	@Test
	void aDivisorOfAnotherKindIsNoAveragePerCountry() {
		Answer answer = ask("cuántos representantes por país hubo en la consulta del 12 de abril?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.text()).doesNotContain("÷");
		assertThat(ask("¿cuántos inscritos por país?").answered()).isFalse();
	}

}
