package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A share of a figure one value's text gives another value within it (the UN agencies' 20
 * representatives in the regional consultation's text, beside its own 47) is of the two
 * together; asked of what it leaves out, the value's own figure is the part.
 * {@link Shares#ofWithin} checked alone, and through the bundled engine.
 */
class ShareWithinTests {

	private static final Figures FIGURES = new Figures("", List.of("en"));

	private static final Operands.Operand OWN = new Operands.Operand("fair", 120, false, Set.of("fair"));

	private static final Operands.Operand WITHIN = new Operands.Operand("fair, visitors", 35, false,
			Set.of("fair", "visitors"));

	@Test
	void theFigureWithinIsTheShareOfTheValuesOwnAndItTogether() {
		assertThat(Shares.ofWithin(List.of(OWN, WITHIN), false, FIGURES)).hasValueSatisfying(fill -> {
			assertThat(fill.get("named_value")).isEqualTo("35");
			assertThat(fill.get("total")).isEqualTo("155");
			assertThat(fill.get("whole")).isEqualTo("fair (120 + 35)");
			assertThat(fill.get("result")).isEqualTo("22.6");
		});
		assertThat(Shares.ofWithin(List.of(WITHIN, OWN), true, FIGURES))
			.hasValueSatisfying(fill -> assertThat(fill.get("result")).isEqualTo("77.4"));
	}

	@Test
	void twoFiguresOfTheirOwnHaveNoShareWithin() {
		Operands.Operand other = new Operands.Operand("talks", 35, false, Set.of("talks"));
		assertThat(Shares.ofWithin(List.of(OWN, other), false, FIGURES)).isEmpty();
	}

	@Test
	void theUnAgenciesShareOfTheRegionalConsultationIsOfItsRepresentativesAndTheirsTogether() {
		assertThat(ask("What share of the people at the 12 April consultation were UN agency reps?").text())
			.contains("29.9%");
		assertThat(ask("En la consulta del 12 de abril, ¿qué porcentaje no eran de la ONU?").text()).contains("70,1 %");
	}

}
