package org.lacreview.bot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.lacreview.bot.SecretTooShortException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Telegram channel ({@code chatbot.telegram.*}); the token and the
 * webhook secret come from the environment ({@code TELEGRAM_BOT_TOKEN},
 * {@code TELEGRAM_WEBHOOK_SECRET}) and never appear in {@link #toString()} or in an error
 * message.
 *
 * @param token the bot token from BotFather; Telegram is off when it is blank
 * @param apiUrl the Bot API base URL (Telegram's, a self-hosted Bot API server, or a fake
 * in tests)
 * @param mode how updates arrive: long polling, or Telegram calling {@code webhookUrl}
 * @param webhookUrl the public HTTPS URL Telegram posts updates to, ending in
 * {@value WebhookController#PATH}
 * @param webhookSecret what Telegram sends back in
 * {@code X-Telegram-Bot-Api-Secret-Token}; in webhook mode at least {@value #MIN_SECRET}
 * characters, or the app refuses to start ({@link SecretTooShortException})
 * @param perChatInterval least time between two messages to one chat
 * @param perSecond most messages per second to all chats together
 * @param sendAttempts tries of one call before giving up on a network error or 5xx (a 429
 * waits and counts)
 * @param maxBackoff longest wait between two tries
 * @param workers threads answering updates; one chat's updates always go to the same one,
 * in order
 * @param queuePerWorker updates waiting per worker; beyond it the webhook answers 503 and
 * Telegram retries
 * @param languageMemory how long a language picked with the language command is
 * remembered
 * @param shutdownGrace how long a stopping app lets the workers finish the updates they
 * hold; the rest are kept in the database and answered at the next start. Short enough to
 * end well within a supervisor's stop timeout (Docker's is 10 s) after which the process
 * is killed and nothing is kept
 * @param rememberedUpdates update ids remembered in memory to answer a repeated update
 * once (with {@code chatbot.context.store=database} they are remembered in the database
 * instead, for a day)
 */
@ConfigurationProperties("chatbot.telegram")
record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("polling") Mode mode, String webhookUrl, String webhookSecret,
		@DefaultValue("1s") Duration perChatInterval, @DefaultValue("30") int perSecond,
		@DefaultValue("6") int sendAttempts, @DefaultValue("30s") Duration maxBackoff, @DefaultValue("4") int workers,
		@DefaultValue("1000") int queuePerWorker, @DefaultValue("30d") Duration languageMemory,
		@DefaultValue("5s") Duration shutdownGrace, @DefaultValue("10000") int rememberedUpdates) {

	/** Telegram's rule for a webhook secret token. */
	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	/**
	 * Characters: anyone who guesses the secret can make the bot answer anything they
	 * post.
	 */
	static final int MIN_SECRET = 16;

	enum Mode {

		POLLING, WEBHOOK

	}

	TelegramSettings {
		token = token == null ? "" : token.strip();
		webhookUrl = webhookUrl == null ? "" : webhookUrl.strip();
		webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
		boolean bare = apiUrl.getRawPath() == null || apiUrl.getRawPath().isEmpty() || apiUrl.getRawPath().equals("/");
		if (apiUrl.getScheme() == null || !apiUrl.getScheme().matches("https?") || apiUrl.getHost() == null || !bare) {
			throw new IllegalArgumentException(
					"TELEGRAM_API_URL must be an http(s) URL with no path, like https://api.telegram.org: " + apiUrl);
		}
		if (perSecond < 1 || sendAttempts < 1 || workers < 1 || queuePerWorker < 1 || rememberedUpdates < 1) {
			throw new IllegalArgumentException(
					"chatbot.telegram per-second, send-attempts, workers, queue-per-worker and"
							+ " remembered-updates must be positive");
		}
		if (shutdownGrace.isNegative()) {
			throw new IllegalArgumentException("chatbot.telegram.shutdown-grace must not be negative");
		}
		if (!token.isEmpty() && mode == Mode.WEBHOOK) {
			if (!webhookUrl.startsWith("https://") && !webhookUrl.startsWith("http://")) {
				throw new IllegalArgumentException(
						"TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL, the public URL ending in "
								+ WebhookController.PATH);
			}
			if (!SECRET.matcher(webhookSecret).matches()) {
				throw new IllegalArgumentException(
						"TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET: 1 to 256 letters, digits, _ or -");
			}
			if (webhookSecret.length() < MIN_SECRET) {
				throw new SecretTooShortException("TELEGRAM_WEBHOOK_SECRET", "chatbot.telegram.webhook-secret",
						webhookSecret.length(), MIN_SECRET,
						"Set TELEGRAM_WEBHOOK_SECRET to a random value of " + MIN_SECRET
								+ " to 256 letters, digits, _ or - (for example the output of: openssl rand -hex 24).");
			}
		}
	}

	boolean enabled() {
		return !token.isEmpty();
	}

	/**
	 * {@code text} with the token and the secret blanked out, for anything that may be
	 * logged.
	 */
	String redact(String text) {
		String out = text == null ? "" : text;
		if (!token.isEmpty()) {
			out = out.replace(token, "***");
		}
		if (!webhookSecret.isEmpty()) {
			out = out.replace(webhookSecret, "***");
		}
		return out;
	}

	@Override
	public String toString() {
		return "TelegramSettings[token=" + (enabled() ? "***" : "") + ", apiUrl=" + apiUrl + ", mode=" + mode
				+ ", webhookUrl=" + webhookUrl + ", webhookSecret=" + (webhookSecret.isEmpty() ? "" : "***") + "]";
	}
}
