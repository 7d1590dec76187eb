package org.lacreview.bot.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven by its chromedriver, both paths given so Selenium
 * Manager never looks for a browser on the internet, with the flags that keep Chromium
 * off the network.
 */
public final class Browser {

	private Browser() {
	}

	public static ChromeDriver start() {
		return start(null);
	}

	/**
	 * As {@link #start()}, saving downloads in {@code downloadTo} without asking (when it
	 * is not null).
	 */
	public static ChromeDriver start(Path downloadTo) {
		System.setProperty("SE_OFFLINE", "true");
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
		if (downloadTo != null) {
			options.setExperimentalOption("prefs",
					Map.of("download.default_directory", downloadTo.toString(), "download.prompt_for_download", false));
		}
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * The Content Security Policy violations the browser logged since the log was last
	 * read (reading it empties it).
	 */
	public static List<LogEntry> policyViolations(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getMessage().contains("Content Security Policy"))
			.toList();
	}

}
