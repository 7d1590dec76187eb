package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * Days between a value of one exact day and something the question names in words the
 * engine does not read as a value: no answer's dates say them, so the bot refuses rather
 * than answer with the one day's date. A span's dates still answer how long it took.
 */
class DaysBetweenOneDayTests {

	@Test
	void daysBetweenOneDayAndWhatIsNotReadAsAValueAreRefused() {
		// "la de sociedad civil" is read as the stakeholder group, not the consultations.
		Answer answer = ask("de la consulta con plataformas regionales a la de sociedad civil cuantos dias pasaron?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.text()).doesNotContain("12 de abril");
		assertThat(answer.trace().decision()).contains("cannot compute a days_between");
	}

	@Test
	void daysBetweenTwoDatedValuesAreStillComputed() {
		assertThat(ask("cuantos dias entre la consulta con procesos regionales y la reunion regional?").text())
			.contains("14 días");
		assertThat(ask("cuantos dias entre la consulta con procesos regionales y el comienzo de la revision?").text())
			.contains("14 días");
	}

}
