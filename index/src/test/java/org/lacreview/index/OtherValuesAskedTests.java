package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * "¿Qué otros … además de X?" asks about the values of X's family other than X; a
 * computation saying the same words (a complement, "besides") keeps X as written.
 */
class OtherValuesAskedTests {

	@Test
	void otherValuesBesidesOneNamedAreTheFamilysOthers() {
		assertThat(ask("¿Qué otros miembros participaron además de los Estados miembros de la CEPAL?").text())
			.contains("3 miembros asociados")
			.doesNotContain("29");
		assertThat(ask("¿Qué otras áreas se trataron el 27 además del área 1?").text()).contains("Área 2")
			.doesNotContain("Área 1");
	}

	@Test
	void aComputationBesidesAValueKeepsTheValueAsWritten() {
		assertThat(ask("What other members took part besides the ECLAC member States?").text()).contains("32 − 29 = 3");
	}

}
