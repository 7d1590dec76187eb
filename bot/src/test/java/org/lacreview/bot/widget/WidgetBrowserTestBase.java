package org.lacreview.bot.widget;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.lacreview.bot.support.InBrowser;
import org.lacreview.bot.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real app with the bundled corpus, one Chromium per test class, and the demo page
 * opened afresh (new session) before each test. The subclasses share one Spring context:
 * they add no configuration of their own. The rate-limit period is an hour so that a
 * session a test has used up stays used up while the widget asks (the default minute
 * would give a token back every 3 s); every test starts a new session, so no other test
 * comes near the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.rate-limit.period=1h" })
@InBrowser
abstract class WidgetBrowserTestBase {

	static final AnotherSite ANOTHER_SITE = AnotherSite.start();

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void anotherSiteMayCallTheApi(DynamicPropertyRegistry registry) {
		registry.add("chatbot.web.allowed-origins", ANOTHER_SITE::origin);
	}

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void openDemoPageWithAFreshSession() {
		ANOTHER_SITE.embedFrom(port);
		openWithAFreshSession(base() + "/");
	}

	void openWithAFreshSession(String page) {
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.get(page);
		driver.executeScript("sessionStorage.clear()");
		driver.navigate().refresh();
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	WebElement byId(String id) {
		return driver.findElement(By.id(id));
	}

	/**
	 * Opens the panel and waits for the welcome the widget fetches on opening, so that it
	 * does not arrive in the middle of a test's conversation.
	 */
	void open() {
		byId("rr-launcher").click();
		waiting().until(d -> byId("rr-panel").isDisplayed() && !welcomes().isEmpty());
	}

	List<WebElement> welcomes() {
		return driver.findElements(By.cssSelector("#rr-log .rr-welcome"));
	}

	List<String> starterQuestions() {
		return driver.findElements(By.cssSelector(".rr-starters .rr-suggestion"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	List<WebElement> botMessages() {
		return driver.findElements(By.cssSelector("#rr-log .rr-msg.rr-bot"));
	}

	List<WebElement> userMessages() {
		return driver.findElements(By.cssSelector("#rr-log .rr-msg.rr-user"));
	}

	/** Types a question, sends it with Enter and returns the text of the bot's reply. */
	String ask(String question) {
		int before = botMessages().size();
		WebElement input = byId("rr-input");
		input.sendKeys(question);
		input.sendKeys(Keys.ENTER);
		waiting().until(d -> botMessages().size() > before
				&& driver.findElements(By.cssSelector("#rr-log .rr-typing")).isEmpty());
		return lastBotText();
	}

	WebElement lastBotMessage() {
		List<WebElement> messages = botMessages();
		return messages.get(messages.size() - 1);
	}

	String lastBotText() {
		return lastBotMessage().findElement(By.cssSelector(".rr-text")).getText();
	}

}
