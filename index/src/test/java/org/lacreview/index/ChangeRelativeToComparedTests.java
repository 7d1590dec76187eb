package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.conversation;
import static org.lacreview.index.BundledEngine.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/**
 * A change in percent said with "bigger … than" is relative to the value after "than"
 * ({@link OperationReader}); one said from a value to another is relative to the first;
 * one between figures of different families (YouTube's audience, a day's Zoom figure) is
 * computed across them ({@link Computations}). Figures come from the bundled corpus.
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
	void theMoreThanOfMoreThanHalfSaysNoChange() {
		long governments = figure("group", "governments", "count");
		long agencies = figure("group", "un_agencies", "count");
		Answer answer = ask("Did governments and UN agencies together make up more than half of the registrants?");
		assertThat(answer.trace().decision()).as(answer.trace().toString()).doesNotContain("change");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(governments + agencies));
	}

	@Test
	void aChangeComparedWithTheFirstValueNamedIsRelativeToIt() {
		long first = figure("day", "apr26", "zoom");
		long second = figure("day", "apr27", "zoom");
		Answer answer = ask(
				"Par rapport au 26 avril, de combien la participation Zoom a-t-elle diminué le 27, en pourcentage ?");
		assertThat(answer.text()).as(answer.trace().toString()).contains((first - second) + " ÷ " + first);
	}

	@Test
	void aChangeBetweenFiguresOfTwoFamiliesIsRelativeToTheValueComparedWith() {
		long youtube = figure("platform", "youtube", "people");
		long zoom = figure("day", "apr26", "zoom");
		Answer answer = ask("¿Qué porcentaje más de personas vieron por YouTube que por Zoom el 26 de abril?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(percent(youtube - zoom, zoom).replace('.', ',') + " %")
			.contains((youtube - zoom) + " ÷ " + zoom);
	}

	@Test
	void aChangeSaidWithAVerbOfExceedingIsRelativeToTheSmallerFigure() {
		long youtube = figure("platform", "youtube", "people");
		long zoom = figure("day", "apr26", "zoom");
		Answer exceeded = ask("¿En qué porcentaje superó YouTube a Zoom el 26 de abril?");
		assertThat(exceeded.text()).as(exceeded.trace().toString()).contains((youtube - zoom) + " ÷ " + zoom);
		Answer fewer = ask("In percent, how much lower was Zoom on April 26 than YouTube?");
		assertThat(fewer.text()).as(fewer.trace().toString()).contains((youtube - zoom) + " ÷ " + youtube);
	}

	@Test
	void aPercentageAskedRightAfterADifferenceIsTheChangeRelativeToTheValueComparedWith() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer days = conversation(BundledEngine.get(), "¿cuántos menos hubo en zoom el 28 que el 26?",
				"¿y en porcentaje?")
			.get(1);
		assertThat(days.text()).as(days.trace().toString())
			.contains(percent(first - last, first).replace('.', ',') + " %")
			.contains((first - last) + " ÷ " + first);
		long governments = figure("group", "governments", "count");
		long academia = figure("group", "academia", "count");
		Answer groups = conversation(BundledEngine.get(), "How many more governments than academia registered?",
				"and as a percentage?")
			.get(1);
		assertThat(groups.text()).as(groups.trace().toString()).contains((governments - academia) + " ÷ " + academia);
	}

}
