package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.SecretTooShortException;

class TelegramSettingsTests {

	private static TelegramSettings settings(String token, String url, TelegramSettings.Mode mode, String webhook,
			String secret) {
		return new TelegramSettings(token, URI.create(url), mode, webhook, secret, Duration.ofSeconds(1), 30, 6,
				Duration.ofSeconds(30), 4, 1000, Duration.ofDays(30), Duration.ofSeconds(10), 10_000);
	}

	@Test
	void neitherTheTokenNorTheSecretIsPrinted() {
		TelegramSettings settings = settings("123:abc", "https://api.telegram.org", TelegramSettings.Mode.WEBHOOK,
				"https://bot.example.org/telegram/webhook", "s3cret-s3cret-s3cret");
		assertThat(settings.toString()).doesNotContain("123:abc").doesNotContain("s3cret");
		assertThat(settings.redact("GET /bot123:abc/getMe with s3cret-s3cret-s3cret"))
			.isEqualTo("GET /bot***/getMe with ***");
	}

	@Test
	void withoutATokenTelegramIsOff() {
		assertThat(settings(null, "https://api.telegram.org", TelegramSettings.Mode.POLLING, null, null).enabled())
			.isFalse();
		assertThat(settings(" 1:a ", "https://api.telegram.org", TelegramSettings.Mode.POLLING, null, null).enabled())
			.isTrue();
	}

	@Test
	void webhookModeNeedsAUrlAndASecretTelegramAccepts() {
		assertThatThrownBy(() -> settings("1:a", "https://api.telegram.org", TelegramSettings.Mode.WEBHOOK, "", "s"))
			.hasMessageContaining("TELEGRAM_WEBHOOK_URL");
		assertThatThrownBy(() -> settings("1:a", "https://api.telegram.org", TelegramSettings.Mode.WEBHOOK,
				"https://bot.example.org/telegram/webhook", "no spaces allowed"))
			.hasMessageContaining("TELEGRAM_WEBHOOK_SECRET")
			.hasMessageNotContaining("no spaces allowed");
	}

	@Test
	void webhookModeRefusesASecretShorterThan16CharactersAndDoesNotPrintIt() {
		assertThatThrownBy(() -> settings("1:a", "https://api.telegram.org", TelegramSettings.Mode.WEBHOOK,
				"https://bot.example.org/telegram/webhook", "fifteen-chars-x"))
			.isInstanceOf(SecretTooShortException.class)
			.hasMessageContaining("TELEGRAM_WEBHOOK_SECRET (chatbot.telegram.webhook-secret) is 15 characters long")
			.hasMessageContaining("at least 16")
			.hasMessageNotContaining("fifteen-chars-x");
		assertThat(settings("1:a", "https://api.telegram.org", TelegramSettings.Mode.WEBHOOK,
				"https://bot.example.org/telegram/webhook", "sixteen-chars-xy")
			.enabled()).isTrue();
		// Polling does not use the secret.
		assertThat(settings("1:a", "https://api.telegram.org", TelegramSettings.Mode.POLLING, null, "short").enabled())
			.isTrue();
	}

	@Test
	void theApiUrlMustBeAnHttpUrlWithoutAPath() {
		assertThatThrownBy(() -> settings("1:a", "ftp://api.telegram.org", TelegramSettings.Mode.POLLING, null, null))
			.hasMessageContaining("TELEGRAM_API_URL");
		assertThatThrownBy(
				() -> settings("1:a", "https://example.org/telegram", TelegramSettings.Mode.POLLING, null, null))
			.hasMessageContaining("no path");
		assertThat(TelegramLauncher
			.url(settings("1:a", "http://127.0.0.1:18081", TelegramSettings.Mode.POLLING, null, null))).satisfies(u -> {
				assertThat(u.getHost()).isEqualTo("127.0.0.1");
				assertThat(u.getPort()).isEqualTo(18081);
			});
	}

}
