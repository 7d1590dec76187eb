package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * A share asked after naming two or more values of a family, of some of those same values
 * ("De la academia y las diásporas juntas, ¿qué porcentaje eran diásporas?"), is their
 * share of the values named added up (93 of 82 + 93), not of the family's whole; named
 * after the share's phrase only, the values are still a share of the whole.
 */
class ShareAmongNamedTests {

	@Test
	void aShareOfOneOfTheValuesNamedBeforeItsPhraseIsOfThoseValuesAddedUp() {
		String answer = ask("De la academia y las diásporas juntas, ¿qué porcentaje eran diásporas?").text();
		assertThat(answer).contains("53,1 %").contains("175");
		assertThat(ask("Among the ECLAC member states and associate members taking part, what percentage were "
				+ "associate members?")
			.text()).contains("9.4%").contains("32");
	}

	@Test
	void valuesNamedOnlyAfterTheSharesPhraseAreAShareOfTheWhole() {
		assertThat(ask("¿Qué porcentaje de los registrados eran de la academia y las diásporas?").text())
			.contains("17,8 %");
	}

}
