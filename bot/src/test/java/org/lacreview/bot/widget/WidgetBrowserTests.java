package org.lacreview.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.feedback.FeedbackStore;
import org.lacreview.bot.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The widget on the demo page, in real Chromium, against the real app and the bundled
 * corpus.
 */
class WidgetBrowserTests extends WidgetBrowserTestBase {

	@Autowired
	FeedbackStore feedback;

	@Test
	void answersTheDateQuestionWithItsSource() {
		open();
		assertThat(ask("¿Cuándo fue la reunión?")).contains("26").contains("28");
		WebElement last = botMessages().get(botMessages().size() - 1);
		assertThat(last.findElements(By.cssSelector("a.rr-source"))).isNotEmpty()
			.allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
	}

	@Test
	void aSuggestionButtonAsksItsQuestion() {
		open();
		ask("¿Cuándo fue la reunión?");
		WebElement last = botMessages().get(botMessages().size() - 1);
		WebElement suggestion = last.findElements(By.cssSelector(".rr-suggestion")).get(0);
		String question = suggestion.getText();
		int before = botMessages().size();
		suggestion.click();
		waiting().until(d -> botMessages().size() > before);
		List<WebElement> users = driver.findElements(By.cssSelector("#rr-log .rr-msg.rr-user"));
		assertThat(users.get(users.size() - 1).getText()).contains(question);
		assertThat(lastBotText()).isNotBlank();
	}

	@Test
	void aFollowUpUsesTheConversationContext() {
		open();
		assertThat(ask("¿Cuántos se conectaron por Zoom el 26 de abril?")).contains("691");
		assertThat(ask("¿y el 27?")).contains("608");
	}

	@Test
	void markupInAMessageIsShownAsTextAndRunsNothing() {
		open();
		String attack = "<img src=x onerror=alert(1)>";
		ask(attack);
		List<WebElement> users = driver.findElements(By.cssSelector("#rr-log .rr-msg.rr-user"));
		assertThat(users.get(users.size() - 1).getText()).contains(attack);
		assertThat(driver.findElements(By.cssSelector("#rr-log img"))).isEmpty();
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}

	@Test
	void aReloadKeepsTheTranscriptAndTheContextAndNewConversationClearsThem() {
		open();
		ask("¿Cuántos se conectaron por Zoom el 26 de abril?");
		driver.navigate().refresh();
		if (!byId("rr-panel").isDisplayed()) {
			open();
		}
		assertThat(byId("rr-log").getText()).contains("¿Cuántos se conectaron por Zoom el 26 de abril?")
			.contains("691");
		assertThat(ask("¿y el 27?")).contains("608");
		byId("rr-new").click();
		waiting().until(d -> driver.findElements(By.cssSelector("#rr-log .rr-msg.rr-user")).isEmpty());
		assertThat(byId("rr-log").getText()).doesNotContain("691");
		assertThat(ask("¿y el 28?")).doesNotContain("468");
	}

	@Test
	void worksWithTheKeyboardAlone() {
		WebElement launcher = byId("rr-launcher");
		launcher.sendKeys(Keys.ENTER);
		waiting().until(d -> byId("rr-panel").isDisplayed());
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("rr-input");
		int before = botMessages().size();
		driver.switchTo().activeElement().sendKeys("¿Quién inauguró la reunión?", Keys.ENTER);
		waiting().until(d -> botMessages().size() > before);
		driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waiting().until(d -> !byId("rr-panel").isDisplayed());
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("rr-launcher");
		assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");
	}

	@Test
	void theDemoPageIsServedUnderAStrictContentSecurityPolicyAndTheWidgetStillWorks() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
		String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(policy).contains("script-src 'self'")
			.contains("style-src 'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(page.body()).doesNotContain("<style").doesNotContain(" style=").doesNotContain("onclick");
		open();
		assertThat(ask("¿Quién organizó la Revisión Regional?")).isNotBlank();
		List<LogEntry> violations = Browser.policyViolations(driver);
		assertThat(violations).isEmpty();
	}

	@Test
	void anUnreachableServerShowsAnErrorKeepsTheTextAndRetries() {
		open();
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		driver.setNetworkConditions(offline);
		try {
			byId("rr-input").sendKeys("¿Quién organizó la Revisión Regional?", Keys.ENTER);
			waiting().until(d -> !driver.findElements(By.cssSelector("#rr-log .rr-error")).isEmpty());
			assertThat(driver.findElement(By.cssSelector("#rr-log .rr-error")).getAttribute("role")).isEqualTo("alert");
			assertThat(byId("rr-input").getAttribute("value")).isEqualTo("¿Quién organizó la Revisión Regional?");
		}
		finally {
			// Back online even if an assertion failed, so the other tests in this browser
			// are not affected.
			driver.deleteNetworkConditions();
		}
		int before = botMessages().size();
		driver.findElement(By.cssSelector("#rr-log .rr-retry")).click();
		waiting().until(d -> driver.findElements(By.cssSelector("#rr-log .rr-error")).isEmpty()
				&& botMessages().size() >= before && lastBotText().contains("OIM"));
	}

	@Test
	void feedbackOnAnAnswerIsStoredForStaff() {
		open();
		ask("¿Cuándo fue la reunión?");
		int before = feedback.recent(1000).size();
		WebElement last = botMessages().get(botMessages().size() - 1);
		last.findElement(By.cssSelector(".rr-feedback-down")).click();
		waiting().until(d -> feedback.recent(1000).size() > before);
		var stored = feedback.recent(1).get(0);
		assertThat(stored.helpful()).isFalse();
		assertThat(stored.question()).isEqualTo("¿Cuándo fue la reunión?");
		assertThat(stored.intent()).contains("meeting_dates");

		// The optional comment after a 👎 joins the same feedback rather than counting
		// the answer twice. The form appears once the browser has the server's reply,
		// which
		// may be a moment after the feedback is stored.
		waiting().until(d -> !last.findElements(By.cssSelector(".rr-comment-text")).isEmpty());
		last.findElement(By.cssSelector(".rr-comment-text")).sendKeys("Faltan las horas de cada sesión");
		last.findElement(By.cssSelector(".rr-comment-send")).click();
		waiting().until(d -> feedback.recent(1).get(0).comment().isPresent());
		assertThat(feedback.recent(1000)).hasSize(before + 1);
		assertThat(feedback.recent(1).get(0).comment()).contains("Faltan las horas de cada sesión");
		// The widget replaces its thanks line when the comment is stored: a line found
		// just before may be gone when its text is read.
		waiting().ignoring(StaleElementReferenceException.class)
			.until(d -> last.findElement(By.cssSelector(".rr-thanks")).getText().contains("lo leerá el equipo"));
		assertThat(last.findElements(By.cssSelector(".rr-comment-text"))).isEmpty();
	}

	@Test
	void anAccessibilityAuditFindsNoSeriousOrCriticalViolations() {
		open();
		ask("¿Cuándo fue la reunión?");
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Rule::getId)
			.toList();
		assertThat(serious).isEmpty();
	}

	@Test
	void thePanelFitsANarrowPhoneScreen() throws Exception {
		driver.manage().window().setSize(new Dimension(320, 640));
		driver.navigate().refresh();
		open();
		ask("¿Cuántas personas siguieron la reunión por YouTube?");
		long viewport = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.clientWidth;");
		WebElement panel = byId("rr-panel");
		assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(0);
		assertThat(panel.getRect().getX() + panel.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
		assertThat(byId("rr-send").isDisplayed()).isTrue();
		Path shots = Files.createDirectories(Path.of("bot/target/screenshots"));
		Files.write(shots.resolve("panel-320.png"), driver.getScreenshotAs(OutputType.BYTES));
		driver.manage().window().setSize(new Dimension(1280, 900));
		Files.write(shots.resolve("panel-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
	}

}
