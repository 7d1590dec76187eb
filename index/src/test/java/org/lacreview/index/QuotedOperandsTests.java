package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;

/**
 * A value without a figure of its own takes the one its text gives that the question
 * quotes ({@link QuotedOperands}). Figures come from the bundled corpus: the briefing has
 * no figure attribute, and its participants' text begins with a number.
 */
class QuotedOperandsTests {

	private static long briefingsFirstNumber() {
		EntityValue briefing = BundledEngine.get()
			.corpus()
			.family("event")
			.orElseThrow()
			.value("briefing")
			.orElseThrow();
		assertThat(Operands.onlyFigure(briefing)).isEmpty();
		String text = ((Localized) briefing.attributes().get("participants")).texts().get("en");
		Matcher number = Pattern.compile("\\d+").matcher(text);
		assertThat(number.find()).isTrue();
		return Long.parseLong(number.group());
	}

	@Test
	void aQuotedNumberTheValuesTextGivesIsItsFigure() {
		long webinars = figure("event", "webinars", "count");
		long briefing = briefingsFirstNumber();
		Answer answer = ask("How many more people took part in the thematic webinars than the " + briefing
				+ " representatives at the 25 March briefing?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(webinars + " − " + briefing + " = " + (webinars - briefing));
	}

	@Test
	void aQuotedNumberTheValuesTextDoesNotGiveComputesNothing() {
		long webinars = figure("event", "webinars", "count");
		long briefing = briefingsFirstNumber() + 1;
		Answer answer = ask("How many more people took part in the thematic webinars than the " + briefing
				+ " representatives at the 25 March briefing?");
		assertThat(answer.text()).as(answer.trace().toString()).doesNotContain(webinars + " − " + briefing);
	}

}
