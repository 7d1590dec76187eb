package org.lacreview.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 13: in a real browser, a message with two questions gets both answers in one
 * bubble, a blank line apart, with each source link once; a computed answer shows the
 * figures it used.
 */
class WidgetComposedAnswersBrowserTests extends WidgetBrowserTestBase {

	@Test
	void twoQuestionsGetBothAnswersInOneBubbleWithEachLinkOnce() {
		open();
		String text = ask("¿Cuándo fue la reunión y quién la organizó?");
		assertThat(text).contains("28 de abril").contains("OIM").contains("\n\n");
		List<String> links = lastBotMessage().findElements(By.cssSelector(".rr-source"))
			.stream()
			.map(a -> a.getAttribute("href"))
			.toList();
		assertThat(links).isNotEmpty().doesNotHaveDuplicates();
	}

	@Test
	void aComputedAnswerShowsTheFiguresItUsed() {
		open();
		assertThat(ask("¿Cuántos más se conectaron por Zoom el 26 que el 28?")).contains("691 − 468 = 223");
	}

}
