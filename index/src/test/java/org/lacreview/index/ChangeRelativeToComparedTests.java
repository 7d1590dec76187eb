package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/**
 * A change in percent said with "bigger … than" is relative to the value after "than"
 * ({@link OperationReader}); one said from a value to another is relative to the first.
 * Figures come from the bundled corpus.
 */
class ChangeRelativeToComparedTests {

	private static String percent(long part, long whole) {
		return BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	@Test
	void aChangeSaidBiggerThanAValueIsRelativeToThatValue() {
		long diasporas = figure("group", "diasporas", "count");
		long academia = figure("group", "academia", "count");
		Answer answer = ask("In percent, how much bigger was the diaspora group than the academia group?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(percent(diasporas - academia, academia) + "%")
			.contains((diasporas - academia) + " ÷ " + academia);
	}

	@Test
	void aChangeComparedWithTheFirstValueNamedIsRelativeToIt() {
		long first = figure("day", "apr26", "zoom");
		long second = figure("day", "apr27", "zoom");
		Answer answer = ask(
				"Par rapport au 26 avril, de combien la participation Zoom a-t-elle diminué le 27, en pourcentage ?");
		assertThat(answer.text()).as(answer.trace().toString()).contains((first - second) + " ÷ " + first);
	}

}
