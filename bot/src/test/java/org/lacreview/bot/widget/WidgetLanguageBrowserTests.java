package org.lacreview.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 12: the demo page's widget says {@code data-lang="es"}, which the API takes as a
 * hint, never as the language of a question clearly written in another one.
 */
class WidgetLanguageBrowserTests extends WidgetBrowserTestBase {

	@Test
	void onTheSpanishDemoPageEnglishAndPortugueseQuestionsAreAnsweredInTheirOwnLanguage() {
		assertThat(driver.findElement(By.cssSelector("script[src='/widget.js']")).getAttribute("data-lang"))
			.isEqualTo("es");
		open();
		assertThat(ask("Who opened the meeting?")).contains("The meeting was opened by").doesNotContain("No tengo");
		assertThat(ask("Quais foram as principais conclusões?")).contains("Principais conclusões")
			.doesNotContain("No tengo");
	}

}
