package org.lacreview.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.web.RateLimitSettings;
import org.lacreview.bot.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What public bug reports of other chat widgets found: right-to-left text laid out
 * left-to-right, emoji buttons drawn as empty boxes where no emoji font is installed, and
 * a rate-limit answer (429) shown as a connection failure.
 */
class WidgetWritingIconsAndLimitsBrowserTests extends WidgetBrowserTestBase {

	@Autowired
	RateLimitSettings limits;

	@Test
	void anArabicQuestionIsLaidOutRightToLeftWhileTheSpanishAnswerStaysLeftToRight() {
		open();
		String question = "متى عقد الاجتماع؟";
		WebElement input = byId("rr-input");
		input.sendKeys(question);
		assertThat(input.getCssValue("direction")).isEqualTo("rtl");
		int before = botMessages().size();
		input.sendKeys(Keys.ENTER);
		waiting().until(d -> botMessages().size() > before
				&& driver.findElements(By.cssSelector("#rr-log .rr-typing")).isEmpty());
		WebElement mine = userMessages().get(userMessages().size() - 1).findElement(By.cssSelector(".rr-text"));
		assertThat(mine.getText()).isEqualTo(question);
		assertThat(mine.getCssValue("direction")).isEqualTo("rtl");
		assertThat(lastBotMessage().findElement(By.cssSelector(".rr-text")).getCssValue("direction")).isEqualTo("ltr");
		assertThat(byId("rr-input").getCssValue("direction")).as("the emptied input").isEqualTo("ltr");
	}

	@Test
	void theFeedbackButtonsAreDrawnIconsWithNamesNotEmojiAndWorkFromTheKeyboard() {
		open();
		ask("¿Cuándo fue la reunión?");
		List<WebElement> buttons = lastBotMessage().findElements(By.cssSelector(".rr-feedback button"));
		assertThat(buttons).hasSize(2);
		for (WebElement button : buttons) {
			assertThat(button.getAttribute("textContent")).as("text drawn with a font").isBlank();
			List<WebElement> icons = button.findElements(By.tagName("svg"));
			assertThat(icons).hasSize(1);
			assertThat(icons.get(0).getRect().getWidth()).isPositive();
			assertThat(icons.get(0).getAttribute("aria-hidden")).isEqualTo("true");
		}
		assertThat(buttons.get(0).getAccessibleName()).isNotBlank().isNotEqualTo(buttons.get(1).getAccessibleName());
		assertThat(buttons.get(1).getAccessibleName()).isNotBlank();
		buttons.get(0).sendKeys(Keys.ENTER);
		waiting().until(d -> "true".equals(buttons.get(0).getAttribute("aria-pressed")));
		assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("rr-thanks");
	}

	@Test
	void aRateLimitedQuestionOnTheDemoPageSaysHowManySecondsToWait() throws Exception {
		open();
		String error = askOverTheLimit("¿Cuándo fue la reunión?");
		assertThat(error).containsPattern(waitOf(retryAfterSeenByTheWidget()));
		assertThat(byId("rr-input").getAttribute("value")).isEqualTo("¿Cuándo fue la reunión?");
		assertThat(driver.findElements(By.cssSelector("#rr-log .rr-error .rr-retry"))).hasSize(1);
	}

	@Test
	void aRateLimitedQuestionOnAnotherSiteSaysHowManySecondsToWaitUnderThatSitesPolicy() throws Exception {
		openWithAFreshSession(ANOTHER_SITE.origin() + "/");
		driver.manage().logs().get(LogType.BROWSER); // drops what earlier pages logged
		waiting().until(d -> byId("rr-launcher").isDisplayed());
		open();
		String error = askOverTheLimit("When was the meeting held?");
		assertThat(error).containsPattern(waitOf(retryAfterSeenByTheWidget()));
		List<LogEntry> violations = Browser.policyViolations(driver);
		assertThat(violations).isEmpty();
	}

	/**
	 * Uses up the widget's session from here, then asks in the widget; gives the text of
	 * the error line.
	 */
	private String askOverTheLimit(String question) throws IOException, InterruptedException {
		driver.executeScript("""
				const original = window.fetch;
				window.rrResponses = [];
				window.fetch = function () {
				  return original.apply(this, arguments).then(function (r) {
				    window.rrResponses.push([r.status, r.headers.get('Retry-After')]);
				    return r;
				  });
				};""");
		String session = (String) driver
			.executeScript("return JSON.parse(sessionStorage.getItem('rr-chat')).sessionId");
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/chat"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + session + "\",\"message\":\"hola\"}"))
			.build();
		int status = 0;
		for (int i = 0; i <= limits.perSession() && status != 429; i++) {
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		assertThat(status).as("the session is used up").isEqualTo(429);
		byId("rr-input").sendKeys(question, Keys.ENTER);
		waiting().until(d -> !driver.findElements(By.cssSelector("#rr-log .rr-error")).isEmpty());
		WebElement error = driver.findElement(By.cssSelector("#rr-log .rr-error"));
		assertThat(error.getAttribute("role")).isEqualTo("alert");
		return error.findElement(By.cssSelector(".rr-error-text")).getText();
	}

	/**
	 * The Retry-After of the one 429 the widget got, as the widget's script could read
	 * it.
	 */
	private String retryAfterSeenByTheWidget() {
		@SuppressWarnings("unchecked")
		List<Object> seen = (List<Object>) driver
			.executeScript("return window.rrResponses.filter(r => r[0] === 429).map(r => r[1]);");
		assertThat(seen).hasSize(1);
		assertThat(seen.get(0)).as("Retry-After readable by the widget").isInstanceOf(String.class);
		String seconds = (String) seen.get(0);
		assertThat(seconds).matches("[1-9][0-9]*");
		return seconds;
	}

	/** "N s" for exactly that N, whatever space the sentence puts between them. */
	private static Pattern waitOf(String seconds) {
		return Pattern.compile("(?<![0-9])" + seconds + "[\\s\\u00a0\\u202f]s\\b");
	}

}
