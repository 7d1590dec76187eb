package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.Browser;
import org.lacreview.bot.support.InBrowser;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every screen of the staff page passes an axe audit (WCAG rules and best practices) in
 * Spanish and in English, and the page breaks no rule of its Content Security Policy, in
 * real Chromium against the real app. Apart from {@link StaffPageBrowserTests} so the two
 * run side by side.
 */
@InBrowser
class StaffPageAccessibilityBrowserTests {

	private static final List<String> SCREENS = List.of("answers", "entities", "sections", "texts", "try", "review",
			"unanswered", "versions", "stats", "audit", "accounts");

	private static StaffPage page;

	private static ChromeDriver driver;

	@BeforeAll
	static void start() {
		page = StaffPage.open("staff-page-audit");
		driver = page.driver;
		page.signedOutWithoutDraft();
	}

	@AfterAll
	static void stop() {
		if (page != null) {
			page.close();
		}
	}

	/**
	 * An axe run in the page itself (legacy mode): the staff page has no frames, so it
	 * finds what the default mode finds without opening a blank window to merge frame
	 * results on every run (30 s against 37 s for this class).
	 */
	private static AxeBuilder axe() {
		return new AxeBuilder().setLegacyMode();
	}

	private WebDriverWait waiting(int seconds) {
		return page.waiting(seconds);
	}

	private WebElement byId(String id) {
		return page.byId(id);
	}

	@Test
	void everyScreenPassesAnAccessibilityAuditInBothLanguagesAndTheStaffPageHasNoPolicyViolation() {
		waiting(10).until(d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
		Results signin = axe().analyze(driver);
		assertThat(signin.getViolations()).as(() -> describe("sign in", signin.getViolations())).isEmpty();
		page.signIn("ana", StaffPage.PASSWORD);
		for (String language : List.of("es", "en")) {
			new Select(byId("page-language")).selectByValue(language);
			for (String name : SCREENS) {
				page.screen(name);
				waiting(15)
					.until(d -> byId("screen-" + name).isDisplayed() && !byId("status").getText().startsWith("Error"));
				// The first screen is audited with the page around it (header,
				// navigation, language choice); the others within their own
				// screen, the part that changed: half the time, same findings.
				AxeBuilder axe = axe();
				if (!name.equals(SCREENS.get(0))) {
					axe.include("#screen-" + name);
				}
				Results results = axe.analyze(driver);
				assertThat(results.getViolations()).as(() -> describe(language + " " + name, results.getViolations()))
					.isEmpty();
			}
		}
		assertThat(byId("nav-heading").getText()).isEqualTo("Sections");
		List<LogEntry> policy = Browser.policyViolations(driver);
		assertThat(policy).isEmpty();
	}

	private static String describe(String where, List<Rule> violations) {
		StringBuilder text = new StringBuilder("axe violations on " + where + ":");
		for (Rule rule : violations) {
			text.append("\n- ")
				.append(rule.getId())
				.append(" (")
				.append(rule.getImpact())
				.append("): ")
				.append(rule.getHelp());
			rule.getNodes()
				.forEach(node -> text.append("\n    ")
					.append(node.getTarget())
					.append(" ")
					.append(node.getFailureSummary()));
		}
		return text.toString();
	}

}
