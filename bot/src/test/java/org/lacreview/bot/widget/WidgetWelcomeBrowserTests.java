package org.lacreview.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.corpus.CorpusPublisher;
import org.lacreview.bot.corpus.CorpusZips;
import org.lacreview.index.corpus.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the widget's welcome and starter questions are the live corpus's, fetched
 * from {@code GET /api/welcome}; widget.js holds none of them.
 */
class WidgetWelcomeBrowserTests extends WidgetBrowserTestBase {

	@Autowired
	ChatService chat;

	@Autowired
	CorpusPublisher publisher;

	private Messages live() {
		return chat.corpus().messages();
	}

	private String welcomeText() {
		return welcomes().get(0).findElement(By.cssSelector(".rr-text")).getText();
	}

	@Test
	void theWelcomeAndTheStartersAreTheLiveCorpussInTheWidgetsLanguage() {
		open();
		assertThat(welcomes()).hasSize(1);
		assertThat(welcomeText()).isEqualTo(live().widgetWelcome().in("es", List.of()).orElseThrow());
		assertThat(starterQuestions()).isEqualTo(live().widgetStartersIn("es", List.of())).isNotEmpty();
	}

	@Test
	void aStarterAsksItsQuestionAndTheStartersGoAway() {
		open();
		WebElement first = driver.findElements(By.cssSelector(".rr-starters .rr-suggestion")).get(0);
		String question = first.getText();
		first.click();
		waiting().until(d -> !botMessages().isEmpty() && botMessages().size() > 1
				&& driver.findElements(By.cssSelector("#rr-log .rr-typing")).isEmpty());
		assertThat(userMessages().get(0).getText()).contains(question);
		assertThat(lastBotText()).isNotBlank();
		assertThat(starterQuestions()).isEmpty();
		assertThat(welcomes()).as("the welcome stays above the conversation").hasSize(1);
	}

	@Test
	void onAnotherSiteTheEnglishWidgetShowsTheEnglishWelcome() {
		openWithAFreshSession(ANOTHER_SITE.origin() + "/");
		waiting().until(d -> byId("rr-launcher").isDisplayed());
		open();
		assertThat(welcomeText()).isEqualTo(live().widgetWelcome().in("en", List.of()).orElseThrow());
		assertThat(starterQuestions()).isEqualTo(live().widgetStartersIn("en", List.of()));
	}

	@Test
	void aPublishedCorpusWithAnotherWelcomeIsShownWithoutAnyCodeChange() {
		String welcome = live().widgetWelcome().in("es", List.of()).orElseThrow();
		String starters = String.join("\n    ", live().widgetStartersIn("es", List.of()));
		byte[] zip = CorpusZips.bundled()
			.replace("messages.yml", "  es: \"" + welcome + "\"", "  es: \"Bienvenida publicada por el equipo.\"")
			.replace("messages.yml", "  es: |\n    " + starters + "\n",
					"  es: |\n    ¿Quién inauguró la reunión?\n    ¿Cuándo fue la reunión?\n")
			.zip();
		publisher.publish(zip, "widget test", true);
		try {
			openWithAFreshSession(base() + "/");
			open();
			assertThat(welcomeText()).isEqualTo("Bienvenida publicada por el equipo.");
			assertThat(starterQuestions()).containsExactly("¿Quién inauguró la reunión?", "¿Cuándo fue la reunión?");
		}
		finally {
			// The other browser tests share this app and expect the bundled corpus.
			publisher.rollback(Optional.empty(), "widget test");
		}
		openWithAFreshSession(base() + "/");
		open();
		assertThat(welcomeText()).isEqualTo(welcome);
	}

	@Test
	void withoutTheWelcomeThePanelShowsNoWelcomeNorStartersAndTriesAgainOnTheNextOpening() {
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		driver.setNetworkConditions(offline);
		try {
			byId("rr-launcher").click();
			waiting().until(d -> byId("rr-panel").isDisplayed());
			// The failed fetch ends quickly offline; give it time to show anything it
			// would.
			sleep(500);
			assertThat(welcomes()).isEmpty();
			assertThat(starterQuestions()).isEmpty();
			assertThat(byId("rr-log").getText()).isEmpty();
			assertThat(byId("rr-send").isDisplayed()).as("the interface is all there").isTrue();
		}
		finally {
			driver.deleteNetworkConditions();
		}
		byId("rr-close").click();
		open();
		assertThat(welcomeText()).isEqualTo(live().widgetWelcome().in("es", List.of()).orElseThrow());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
