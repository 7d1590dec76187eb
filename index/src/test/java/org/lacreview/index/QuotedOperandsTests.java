package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.familyTotal;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.inDocument;
import static org.lacreview.index.BundledEngine.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;

/**
 * A value takes the figure its text gives that the question quotes, when it is not its
 * own ({@link QuotedOperands}). Figures come from the bundled corpus: the briefing's one
 * figure is the first number of its participants' text, which gives another after it.
 */
class QuotedOperandsTests {

	private static long briefingsNumber(int index) {
		EntityValue briefing = value("event", "briefing");
		String text = ((Localized) briefing.attributes().get("participants")).texts().get("en");
		Matcher number = Pattern.compile("\\d+").matcher(text);
		for (int i = 0; i <= index; i++) {
			assertThat(number.find()).isTrue();
		}
		return Long.parseLong(number.group());
	}

	@Test
	void theBriefingsOwnFigureIsItsTextsFirstNumber() {
		assertThat(figure("event", "briefing", "count")).isEqualTo(briefingsNumber(0));
	}

	@Test
	void aQuotedNumberTheValuesTextGivesBesidesItsOwnIsItsFigure() {
		long webinars = figure("event", "webinars", "count");
		long people = briefingsNumber(1);
		Answer answer = ask("How many more people took part in the thematic webinars than the " + people
				+ " people at the 25 March briefing?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(webinars + " − " + people + " = " + (webinars - people));
	}

	@Test
	void withoutAQuotedNumberAValueHasItsOwnFigure() {
		long webinars = figure("event", "webinars", "count");
		long briefing = figure("event", "briefing", "count");
		Answer answer = ask("How many more people took part in the thematic webinars than in the briefing?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(webinars + " − " + briefing + " = " + (webinars - briefing));
	}

	@Test
	void aQuotedNumberTheValuesTextDoesNotGiveIsNoOperand() {
		long webinars = figure("event", "webinars", "count");
		long quoted = briefingsNumber(0) + 1;
		Answer answer = ask("How many more people took part in the thematic webinars than the " + quoted
				+ " representatives at the 25 March briefing?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(webinars + " − " + quoted);
	}

	@Test
	void howManyValuesAreNamedIsNoFigureOfTheirs() {
		long zoom = familyTotal("day", "zoom");
		long youtube = figure("platform", "youtube", "people");
		Answer answer = ask("si sumo zoom de los " + inDocument("day").size() + " días más youtube, ¿cuánto da?");
		assertThat(answer.text()).as(answer.trace().toString()).contains(String.valueOf(zoom + youtube));
	}

}
