package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.InBrowser;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff page at {@code /admin} in real Chromium against the real app (H2 in memory,
 * the bundled corpus as version 1, the first admin from the environment), used as a staff
 * member who has never seen YAML would: in Spanish, change an answer in two languages,
 * add an unanswered question as an example, try both against the draft, read the diff,
 * publish, see the chat serve it, roll back; a stale edit gets the conflict message; an
 * editor cannot publish; the page works with the keyboard alone (the audits are
 * {@link StaffPageAccessibilityBrowserTests}). The screenshots in README are taken here
 * ({@code target/screenshots}).
 */
@InBrowser
class StaffPageBrowserTests {

	private static final String PASSWORD = StaffPage.PASSWORD;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Where the screenshots README shows are written (the build's output, not the
	 * sources).
	 */
	private static final Path SHOTS = Path.of("target", "screenshots");

	private static StaffPage page;

	private static RunningApp app;

	private static ChromeDriver driver;

	@BeforeAll
	static void start() {
		page = StaffPage.open("staff-page");
		app = page.app;
		driver = page.driver;
	}

	@AfterAll
	static void stop() {
		if (page != null) {
			page.close();
		}
	}

	@BeforeEach
	void signedOutWithoutDraft() {
		page.signedOutWithoutDraft();
	}

	private WebDriverWait waiting(int seconds) {
		return page.waiting(seconds);
	}

	private WebElement byId(String id) {
		return page.byId(id);
	}

	private String status() {
		return page.status();
	}

	private void signIn(String user, String password) {
		page.signIn(user, password);
	}

	private void screen(String name) {
		page.screen(name);
	}

	private void chooseIntent(String name) {
		new Select(byId("intent-select")).selectByValue(name);
		waiting(10).until(d -> byId("intent-title").getText().equals(name));
	}

	private void append(String fieldId, String text) {
		WebElement area = byId(fieldId);
		area.sendKeys(Keys.END, text);
	}

	/**
	 * The page as it looks now, for README ("staff-<name>.png"), at most 2,400 pixels
	 * high.
	 */
	private void screenshot(String name) throws IOException {
		Files.createDirectories(SHOTS);
		long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
		driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 2400)));
		driver.executeScript("window.scrollTo(0, 0);");
		Files.write(SHOTS.resolve("staff-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	private String chat(String question) {
		return app.chat(null, question).path("answer").asString();
	}

	@Test
	void aStaffMemberChangesAnAnswerAddsAnUnansweredQuestionTriesPublishesAndRollsBack() throws Exception {
		String unanswered = "¿dónde puedo ver la grabación completa de las mesas?";
		assertThat(app.chat(null, unanswered).path("answered").asBoolean()).isFalse();
		app.bean(UnansweredLog.class).flush();

		signIn("ana", PASSWORD);
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(byId("signin-section").isDisplayed()).isFalse();
		assertThat(byId("who").getText()).isEqualTo("ana (administrador)");
		chooseIntent("meeting_dates");
		append("field-answer-es-input", " CAMBIO-ES");
		append("field-answer-en-input", " CHANGE-EN");
		byId("save-intent").click();
		waiting(10).until(d -> status().equals("Guardado en el borrador."));
		// The draft's state is fetched again after the save: on a busy machine it shows
		// a moment after the status.
		waiting(10).until(d -> byId("draft-state").getText().contains("intents/meeting.yml"));
		screenshot("answers");

		screen("unanswered");
		waiting(10).until(d -> byId("unanswered").getText().contains("grabación completa"));
		WebElement item = driver.findElements(By.cssSelector("#unanswered .unanswered-item"))
			.stream()
			.filter(i -> i.getText().contains("grabación completa"))
			.findFirst()
			.orElseThrow();
		screenshot("unanswered");
		WebElement add = item.findElements(By.tagName("button")).get(0);
		String intent = add.getText().replaceAll(".*«(.*)».*", "$1");
		add.click();
		waiting(10).until(d -> status().startsWith("Añadida al borrador"));
		// The page says so before it reloads the list (unanswered.js): wait for the list.
		waiting(10).until(d -> !byId("unanswered").getText().contains("grabación completa"));
		assertThat(byId("unanswered").getText()).doesNotContain("grabación completa");

		screen("try");
		byId("question").sendKeys("¿Cuándo fue la reunión?");
		byId("try-draft").click();
		waiting(30).until(d -> byId("try-result").getText().contains("CAMBIO-ES"));
		assertThat(byId("try-result").getText()).contains("Coincidió con la respuesta «meeting_dates»");
		byId("question").clear();
		byId("question").sendKeys("When was the meeting?");
		byId("try-draft").click();
		waiting(30).until(d -> byId("try-result").getText().contains("CHANGE-EN"));
		screenshot("try");

		screen("review");
		waiting(10).until(d -> byId("diff").getText().contains("meeting_dates"));
		assertThat(byId("diff").getText()).contains("CAMBIO-ES", "CHANGE-EN", unanswered, intent)
			.as("nothing staff did not touch")
			.doesNotContain("También cambió");
		assertThat(chat("¿Cuándo fue la reunión?")).doesNotContain("CAMBIO-ES");
		screenshot("review");
		byId("publish").click();
		waiting(60).until(d -> status().startsWith("Publicado como versión"));
		assertThat(chat("¿Cuándo fue la reunión?")).contains("CAMBIO-ES");
		assertThat(app.chat(null, "When was the meeting?").path("answer").asString()).contains("CHANGE-EN");

		screen("versions");
		waiting(10).until(d -> byId("versions").getText().contains("ana"));
		byId("rollback-previous").click();
		waiting(30).until(d -> status().startsWith("Ahora se publica la versión 1"));
		assertThat(chat("¿Cuándo fue la reunión?")).doesNotContain("CAMBIO-ES").contains("26");

		screenshot("versions");

		screen("stats");
		waiting(20).until(d -> byId("stats").getText().contains("preguntas en el período"));
		assertThat(driver.findElements(By.cssSelector("#stats .chart canvas"))).hasSize(4);
		assertThat(byId("stats").findElement(By.cssSelector(".stat-summary")).getText())
			.matches("[1-9]\\d* preguntas.*");
		Object csv = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch('/api/admin/stats.csv').then(r => r.text()).then(done, e => done(String(e)));");
		assertThat((String) csv).startsWith("asked_on,channel,language,intent,answered,questions")
			.contains(",meeting_dates,true,");
		screenshot("stats");

		screen("audit");
		waiting(10).until(d -> byId("audit").getText().contains("corpus.rollback"));
		assertThat(byId("audit").getText()).contains("draft.publish", "draft.example.add", "draft.intent.put");
	}

	@Test
	void anAnswerChangedMeanwhileBySomeoneElseGetsTheConflictMessageAndItsCurrentText() {
		signIn("ana", PASSWORD);
		chooseIntent("organisers");
		HttpResponse<String> read = app
			.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/draft/intents/organisers"))), true);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> other = app
			.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/draft/intents/organisers")))
				.header("Content-Type", "application/json")
				.header("If-Match", etag)
				.PUT(HttpRequest.BodyPublishers
					.ofString(JSON.writeValueAsString(Map.of("suggest", List.of("meeting_dates"))))), true);
		assertThat(other.statusCode()).isEqualTo(200);

		append("field-answer-es-input", " MÍO");
		byId("save-intent").click();

		waiting(10).until(d -> status().startsWith("Otra persona cambió esta respuesta"));
		assertThat(byId("field-answer-es-input").getAttribute("value")).doesNotContain("MÍO");
		assertThat(driver.findElement(By.id("field-suggest-meeting_dates")).isSelected()).isTrue();
	}

	@Test
	void aProblemIsShownBesideItsFieldInTheStaffMembersLanguage() {
		signIn("ana", PASSWORD);
		chooseIntent("organisers");
		byId("field-answer-fr-input").clear();
		byId("save-intent").click();
		waiting(10).until(d -> byId("field-answer-fr-errors").getText().contains("Falta la respuesta en francés."));
		new Select(byId("page-language")).selectByValue("en");
		waiting(10).until(d -> byId("field-answer-fr-errors").getText().contains("The answer in French is missing."));
	}

	@Test
	void anEditorSeesNoPublishButtonAndCannotPublish() {
		HttpResponse<String> created = app.send(
				HttpRequest.newBuilder(URI.create(app.url("/api/admin/accounts")))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"username\":\"eva\",\"password\":\"editor-passphrase\",\"role\":\"editor\"}")),
				true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		signIn("eva", "editor-passphrase");
		screen("review");
		waiting(10).until(d -> byId("editor-only").isDisplayed());
		assertThat(byId("publish").isDisplayed()).isFalse();
		assertThat(byId("editor-only").getText()).contains("Su rol no permite publicar");
		assertThat(driver.findElement(By.cssSelector("[data-screen='accounts']")).isDisplayed()).isFalse();
		Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "const csrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).slice(11);"
				+ "fetch('/api/admin/draft/publish', {method: 'POST', headers: {'X-XSRF-TOKEN': decodeURIComponent(csrf)}})"
				+ ".then(r => done(r.status), e => done(String(e)));");
		assertThat(status).isEqualTo(403L);
	}

	@Test
	void theStaffPageWorksWithTheKeyboardAlone() {
		waiting(10).until(d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
		driver.switchTo().activeElement().sendKeys("ana", Keys.TAB);
		driver.switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
		waiting(15).until(d -> byId("workbench").isDisplayed());

		// The first screen's heading has the focus; the screens' menu is above it.
		tabTo(d -> "try".equals(d.switchTo().activeElement().getAttribute("data-screen")),
				Keys.chord(Keys.SHIFT, Keys.TAB));
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		waiting(10).until(d -> "try-heading".equals(d.switchTo().activeElement().getAttribute("id")));
		tabTo(d -> "question".equals(d.switchTo().activeElement().getAttribute("id")), Keys.TAB);
		driver.switchTo().activeElement().sendKeys("¿Quién organizó la reunión?", Keys.ENTER);
		waiting(30).until(d -> byId("try-result").getText().contains("CEPAL"));
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the result takes the focus")
			.isEqualTo("try-result");
	}

	/**
	 * Presses {@code key} (Tab or Shift+Tab) until {@code reached}, at most 30 times, as
	 * a keyboard user moves.
	 */
	private void tabTo(Predicate<ChromeDriver> reached, CharSequence key) {
		for (int i = 0; i < 30 && !reached.test(driver); i++) {
			driver.switchTo().activeElement().sendKeys(key);
		}
		assertThat(reached.test(driver)).as("reached with Tab").isTrue();
	}

}
