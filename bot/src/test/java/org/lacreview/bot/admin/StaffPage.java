package org.lacreview.bot.admin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.lacreview.bot.support.Browser;
import org.lacreview.bot.support.RunningApp;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff page at {@code /admin} in real Chromium against the real app (H2 in memory,
 * the bundled corpus as version 1, the first admin "ana" from the environment), with the
 * moves its browser tests share. Each test class opens its own, so the classes can run in
 * different test JVMs.
 */
final class StaffPage implements AutoCloseable {

	static final String PASSWORD = "staff-page-passphrase";

	final RunningApp app;

	final ChromeDriver driver;

	private StaffPage(RunningApp app, ChromeDriver driver) {
		this.app = app;
		this.driver = driver;
	}

	/** Starts the app on in-memory database {@code database} and a browser. */
	static StaffPage open(String database) {
		RunningApp app = RunningApp.start(
				"spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL",
				"chatbot.admin.user=ana", "chatbot.admin.password=" + PASSWORD);
		return new StaffPage(app, Browser.start());
	}

	/** No draft, no one signed in, the page loaded afresh. */
	void signedOutWithoutDraft() {
		app.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/draft"))).DELETE(), true);
		driver.get(app.url("/admin"));
		driver.manage().deleteAllCookies();
		driver.executeScript("sessionStorage.clear(); localStorage.clear();");
		driver.get(app.url("/admin"));
	}

	WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	WebElement byId(String id) {
		return driver.findElement(By.id(id));
	}

	String status() {
		return byId("status").getText();
	}

	/** Signs in through the form, with the page in Spanish; waits for the workbench. */
	void signIn(String user, String password) {
		// Once the page has asked the server who is signed in (no one), it focuses the
		// user name: its handlers are set.
		waiting(10).until(d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
		new Select(byId("page-language")).selectByValue("es");
		byId("username").sendKeys(user);
		byId("password").sendKeys(password);
		byId("signin").click();
		waiting(15).until(d -> byId("workbench").isDisplayed() && byId("intent-form").isDisplayed());
	}

	/** Opens screen {@code name} from the menu. */
	void screen(String name) {
		driver.findElement(By.cssSelector("[data-screen='" + name + "']")).click();
	}

	@Override
	public void close() {
		driver.quit();
		app.close();
	}

}
