package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lacreview.bot.corpus.CorpusZips;
import org.lacreview.bot.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff page at {@code /admin} in real Chromium, against the real app (in-memory H2, the bundled corpus
 * published as version 1): logging in, publishing through the file input, a rejected corpus, rollback, downloading,
 * trying questions, copying an unanswered question, and an accessibility audit. The tests run in order: each
 * builds on the versions the ones before published, as staff would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + AdminPageBrowserTests.TOKEN,
				// The page shows the first version's score once the background measurement is done.
				"chatbot.publishing.measure-golden-at-start=true" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserTests {

	static final String TOKEN = "test-admin-token-0123456789abcdefghij";

	private static final String MARKER = "MARCADOR-123";

	private static final String DATES_ES = "se realizó entre el 26 y el 28 de abril de 2021, durante tres días.";

	private static final String GOLDEN = "\\d+/\\d+ = \\d+\\.\\d %";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ChromeDriver driver;

	static Path downloads;

	static Path zips;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startBrowser() throws IOException {
		downloads = Files.createTempDirectory("admin-downloads");
		zips = Files.createTempDirectory("admin-zips");
		driver = Browser.start(downloads);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Waits, looking again at elements the page re-rendered meanwhile. */
	private WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private WebElement byId(String id) {
		return driver.findElement(By.id(id));
	}

	private String textOf(String id) {
		return byId(id).getText();
	}

	/** Opens the page logged in, whatever the test before left. */
	private void openLoggedIn() {
		if (!driver.getCurrentUrl().startsWith(base() + "/admin")) {
			driver.get(base() + "/admin");
		}
		if (!byId("admin").isDisplayed()) {
			logIn(TOKEN);
			waiting(10).until(d -> byId("admin").isDisplayed());
		}
		waiting(10).until(d -> !driver.findElements(By.cssSelector("#live-id")).isEmpty()
				&& !driver.findElements(By.cssSelector("#versions")).isEmpty());
	}

	private void logIn(String token) {
		WebElement input = byId("token");
		input.clear();
		input.sendKeys(token);
		byId("login").click();
	}

	private String storedToken() {
		return (String) driver.executeScript("return sessionStorage.getItem('rr-admin-token');");
	}

	private String status() {
		return textOf("status");
	}

	private Path zip(String name, CorpusZips corpus) throws IOException {
		return Files.write(zips.resolve(name), corpus.zip());
	}

	private void upload(Path zip, String button) {
		byId("zip").sendKeys(zip.toAbsolutePath().toString());
		WebElement author = byId("author");
		author.clear();
		author.sendKeys("Ana");
		WebElement report = byId("upload-report");
		// Hidden first, so that the report of the upload before cannot pass for this one's.
		driver.executeScript("arguments[0].hidden = true; arguments[0].textContent = '';", report);
		byId(button).click();
		waiting(30).until(d -> report.isDisplayed() && !report.getText().isBlank());
	}

	private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String chat(String question) throws IOException, InterruptedException {
		HttpResponse<String> response = post("/api/chat", Map.of("message", question));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).path("answer").asString();
	}

	private WebElement versionRow(long id) {
		return driver.findElement(By.cssSelector("#versions tbody tr[data-version='" + id + "']"));
	}

	@Test
	@Order(1)
	void withoutATokenTheLoginIsShownAWrongTokenIsRefusedAndTheRightOneShowsTheLiveVersion() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/admin")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
		assertThat(page.body()).contains("<html lang=\"en\">").doesNotContain("<style").doesNotContain(" style=")
			.doesNotContain(" onclick").doesNotContain("<script>");

		driver.get(base() + "/admin");
		driver.executeScript("sessionStorage.clear()");
		driver.navigate().refresh();
		assertThat(byId("login-section").isDisplayed()).isTrue();
		assertThat(byId("admin").isDisplayed()).isFalse();
		assertThat(byId("logout").isDisplayed()).isFalse();

		logIn("not-the-token");
		waiting(10).until(d -> byId("login-error").isDisplayed());
		assertThat(textOf("login-error")).contains("wrong").contains("403");
		waiting(5).until(d -> status().contains("wrong"));
		assertThat(byId("admin").isDisplayed()).isFalse();
		assertThat(storedToken()).isNull();

		logIn(TOKEN);
		waiting(10).until(d -> byId("admin").isDisplayed());
		assertThat(byId("login-section").isDisplayed()).isFalse();
		assertThat(byId("login-error").isDisplayed()).isFalse();
		assertThat(textOf("live-id")).isEqualTo("1");
		assertThat(textOf("live-author")).isEqualTo("bundled corpus/");
		org.lacreview.index.corpus.Corpus bundled = org.lacreview.index.corpus.CorpusLoader.load(java.nio.file.Path.of("corpus"));
		assertThat(textOf("live-counts")).contains(bundled.sections().size() + " sections")
			.contains(bundled.intents().size() + " intents").containsPattern("\\d+ examples");
		assertThat(textOf("live-languages")).contains("Spanish (es)").contains("French (fr)");
		assertThat(storedToken()).isEqualTo(TOKEN);
		assertThat(driver.getCurrentUrl()).doesNotContain(TOKEN);
		// The first version's golden score is measured in the background: the page looks again until it is there.
		waiting(60).until(d -> textOf("live-golden").matches(GOLDEN));

		// A reload keeps the session (the token is in sessionStorage), and a token the server refuses logs out.
		driver.navigate().refresh();
		waiting(10).until(d -> !driver.findElements(By.cssSelector("#live-id")).isEmpty());
		assertThat(textOf("live-id")).isEqualTo("1");
		driver.executeScript("sessionStorage.setItem('rr-admin-token', 'an-old-token')");
		driver.navigate().refresh();
		waiting(10).until(d -> byId("login-section").isDisplayed());
		assertThat(textOf("login-error")).contains("403");
		assertThat(storedToken()).isNull();
		assertThat(driver.findElements(By.cssSelector("#live dd"))).isEmpty();
	}

	@Test
	@Order(2)
	void aChangedCorpusIsPublishedThroughTheFileInputAndAnsweredAtOnce() throws Exception {
		openLoggedIn();
		Path changed = zip("changed.zip",
				CorpusZips.bundled().replace("intents/meeting.yml", DATES_ES, DATES_ES + " " + MARKER));
		upload(changed, "publish");
		WebElement report = byId("upload-report");
		assertThat(report.getAttribute("class")).contains("report-success");
		assertThat(report.findElement(By.tagName("h3")).getText()).isEqualTo("Published version 2");
		assertThat(textOf("report-golden")).matches(GOLDEN);
		waiting(5).until(d -> status().contains("Published version 2"));
		waiting(10).until(d -> textOf("live-id").equals("2"));
		assertThat(textOf("live-author")).isEqualTo("Ana");
		waiting(10).until(d -> !driver.findElements(By.cssSelector("#versions tbody tr[data-version='2']")).isEmpty());
		assertThat(versionRow(2).getText()).contains("Live").contains("Ana");
		assertThat(versionRow(2).findElements(By.cssSelector("button.rollback"))).isEmpty();
		assertThat(versionRow(1).findElements(By.cssSelector("button.rollback"))).hasSize(1);
		assertThat(chat("¿Cuándo fue la reunión?")).contains(MARKER);
	}

	@Test
	@Order(3)
	void aBrokenCorpusShowsEachErrorWithFileAndLineAndTheLiveVersionStays() throws Exception {
		openLoggedIn();
		Path broken = zip("broken.zip", CorpusZips.bundled()
			.replace("intents/meeting.yml", DATES_ES, DATES_ES + " OTRO")
			.replace("intents/meeting.yml", "  suggest: [organisers, meeting_structure, registered_total]",
					"  suggest: [organisers, no_such_intent]"));
		upload(broken, "publish");
		WebElement report = byId("upload-report");
		assertThat(report.getAttribute("class")).contains("report-error");
		assertThat(report.getText()).contains("Not published").contains("The corpus has errors");
		List<String> errors = report.findElements(By.cssSelector("ul.errors li")).stream().map(WebElement::getText).toList();
		assertThat(errors).contains(
				"intents/meeting.yml:53: error: intent meeting_dates suggests an intent that does not exist: no_such_intent");
		assertThat(errors).allSatisfy(line -> assertThat(line).matches("[\\w./-]+:\\d+: error: .+"));
		waiting(5).until(d -> status().contains("rejected"));
		assertThat(textOf("live-id")).isEqualTo("2");
		assertThat(chat("¿Cuándo fue la reunión?")).contains(MARKER).doesNotContain("OTRO");
	}

	@Test
	@Order(4)
	void aVersionIsDownloadedAndTheFirstOneRolledBackTo() throws Exception {
		openLoggedIn();
		versionRow(2).findElement(By.cssSelector("button.download")).click();
		Path saved = downloads.resolve("corpus-v2.zip");
		waiting(10).until(d -> Files.isRegularFile(saved) && status().contains("Downloaded corpus-v2.zip"));
		String meeting = null;
		try (InputStream in = Files.newInputStream(saved); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("intents/meeting.yml")) {
					meeting = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(meeting).contains(MARKER);

		versionRow(1).findElement(By.cssSelector("button.rollback")).click();
		waiting(5).until(ExpectedConditions.alertIsPresent());
		assertThat(driver.switchTo().alert().getText()).contains("version 1");
		driver.switchTo().alert().accept();
		waiting(10).until(d -> textOf("live-id").equals("1"));
		waiting(5).until(d -> status().contains("version 1 is live"));
		waiting(10).until(d -> versionRow(1).getText().contains("Live"));
		assertThat(versionRow(1).findElements(By.cssSelector("button.rollback"))).isEmpty();
		assertThat(versionRow(2).findElements(By.cssSelector("button.rollback"))).hasSize(1);
		assertThat(chat("¿Cuándo fue la reunión?")).contains(DATES_ES).doesNotContain(MARKER);
	}

	@Test
	@Order(5)
	void aQuestionIsTriedWithItsTraceAgainstTheLiveVersionAndAgainstADraft() throws Exception {
		openLoggedIn();
		assertThat(byId("try-draft-field").isDisplayed()).isFalse();
		byId("question").sendKeys("¿Cuándo fue la reunon?");
		byId("ask").click();
		waiting(10).until(d -> byId("try-result").isDisplayed());
		assertThat(textOf("try-intent")).isEqualTo("meeting_dates");
		assertThat(textOf("try-answered")).isEqualTo("yes");
		assertThat(textOf("try-corpus")).isEqualTo("live version 1");
		assertThat(textOf("trace-corrections")).contains("reunon → reunion");
		assertThat(textOf("trace-decision")).isNotBlank();
		WebElement topIntent = driver.findElement(By.cssSelector("#try-trace table.scores tbody tr"));
		assertThat(topIntent.getText()).startsWith("meeting_dates");
		assertThat(byId("try-result").getText()).contains(DATES_ES).doesNotContain(MARKER);

		Path draft = zip("draft.zip", CorpusZips.bundled().replace("intents/meeting.yml", DATES_ES, DATES_ES + " BORRADOR-9"));
		upload(draft, "upload-draft");
		assertThat(byId("upload-report").getText()).contains("not published");
		waiting(5).until(d -> byId("try-draft-field").isDisplayed());
		assertThat(byId("try-draft").isSelected()).isTrue();
		byId("ask").click();
		waiting(10).until(d -> textOf("try-corpus").startsWith("draft "));
		assertThat(byId("try-result").getText()).contains("BORRADOR-9");
		assertThat(textOf("live-id")).isEqualTo("1");
		assertThat(chat("¿Cuándo fue la reunión?")).doesNotContain("BORRADOR-9");
	}

	@Test
	@Order(6)
	void unansweredQuestionsAndFeedbackAreShownAsTextAndAQuestionIsCopiedAsAnExample() throws Exception {
		String markup = "<img src=x onerror=alert(1)> ¿Dónde comen los pingüinos?";
		assertThat(post("/api/chat", Map.of("message", markup)).statusCode()).isEqualTo(200);
		assertThat(post("/api/feedback", Map.of("question", "¿Cuándo fue la reunión?", "helpful", false,
				"comment", "<b>faltan</b> las horas")).statusCode()).isEqualTo(201);
		openLoggedIn();
		byId("unanswered-refresh").click();
		byId("feedback-refresh").click();
		waiting(10).until(d -> textOf("unanswered").contains("pingüinos") && textOf("feedback").contains("faltan"));
		assertThat(textOf("unanswered")).contains(markup);
		assertThat(textOf("feedback")).contains("<b>faltan</b> las horas");
		assertThat(driver.findElements(By.cssSelector("main img, main b"))).isEmpty();

		driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base(), "permissions",
				List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		WebElement row = driver.findElements(By.cssSelector("#unanswered tbody tr")).stream()
			.filter(r -> r.getText().contains("pingüinos")).findFirst().orElseThrow();
		row.findElement(By.cssSelector("button.copy-example")).click();
		waiting(5).until(d -> status().startsWith("Copied"));
		String copied = (String) driver.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e));");
		String snippet = """
				# Paste under the right intent's examples, in intents/*.yml:
				    es: |
				      - %s
				""".formatted(markup);
		assertThat(copied).isEqualTo(snippet);

		// Without the clipboard API (plain http on another host), the snippet is shown selected in a read-only box.
		driver.executeScript("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });");
		row.findElement(By.cssSelector("button.copy-example")).click();
		waiting(5).until(d -> byId("copy-fallback").isDisplayed());
		assertThat(byId("copy-text").getAttribute("value")).isEqualTo(snippet);
		assertThat(driver.executeScript("const a = document.getElementById('copy-text');"
				+ " return document.activeElement === a && a.selectionStart === 0 && a.selectionEnd === a.value.length;"))
			.isEqualTo(true);
		waiting(5).until(d -> status().startsWith("Copied") || status().contains("Ctrl+C"));
	}

	@Test
	@Order(7)
	void theLoggedInPageWithDataPassesAnAccessibilityAuditAndLogOutForgetsTheToken() throws Exception {
		openLoggedIn();
		if (!byId("try-result").isDisplayed()) {
			byId("question").sendKeys("¿Quién organizó la reunión?");
			byId("ask").click();
			waiting(10).until(d -> byId("try-result").isDisplayed());
		}
		assertThat(byId("upload-report").isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("#unanswered tbody tr"))).isNotEmpty();
		Results results = new AxeBuilder().analyze(driver);
		assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
		// The whole page, to look at: on a desktop and on a phone, where wide tables scroll in their own box.
		Path shots = Files.createDirectories(Path.of("bot/target/screenshots"));
		for (int width : new int[] { 1280, 360 }) {
			driver.manage().window().setSize(new Dimension(width, 900));
			long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
			driver.manage().window().setSize(new Dimension(width, (int) height));
			driver.executeScript("window.scrollTo(0, 0);");
			Files.write(shots.resolve("admin-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
		List<LogEntry> policyViolations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getMessage().contains("Content Security Policy")).toList();
		assertThat(policyViolations).isEmpty();

		byId("logout").click();
		waiting(5).until(d -> byId("login-section").isDisplayed());
		assertThat(byId("admin").isDisplayed()).isFalse();
		assertThat(storedToken()).isNull();
		assertThat(driver.findElements(By.cssSelector("#admin table"))).isEmpty();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("token");
		Results login = new AxeBuilder().analyze(driver);
		assertThat(login.getViolations()).as(() -> describe(login.getViolations())).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		StringBuilder text = new StringBuilder("axe violations:");
		for (Rule rule : violations) {
			text.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp());
			rule.getNodes().forEach(node -> text.append("\n    ").append(node.getTarget()).append(" ").append(node.getFailureSummary()));
		}
		return text.toString();
	}
}
