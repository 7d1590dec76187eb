package org.lacreview.bot.admin;

import java.time.Duration;

import org.lacreview.bot.SecretTooShortException;
import org.lacreview.bot.admin.accounts.StaffAccounts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff tools ({@code chatbot.admin.*}).
 *
 * @param token the admin token from {@code CHATBOT_ADMIN_TOKEN}; the admin API is off
 * when it is blank, and the app refuses to start ({@link SecretTooShortException}) when
 * it is shorter than {@value #MIN_TOKEN} characters
 * @param maxFailures wrong tokens one client address may send per {@code failurePeriod};
 * beyond it that address gets 429, even with the right token, until the period lets it
 * try again
 * @param failurePeriod the window {@code maxFailures} refills over
 * @param maxClients client addresses whose failures are counted at once (least recently
 * seen dropped first)
 * @param user the first admin account's name ({@code CHATBOT_ADMIN_USER}), created on a
 * start that finds no account
 * @param password its password ({@code CHATBOT_ADMIN_PASSWORD}, at least 12 characters),
 * hashed before it is stored
 */
@ConfigurationProperties("chatbot.admin")
record AdminSettings(String token, @DefaultValue("10") int maxFailures, @DefaultValue("1m") Duration failurePeriod,
		@DefaultValue("10000") int maxClients, String user, String password) {

	/**
	 * Characters: 32 random hex digits are 128 bits, out of reach of guessing at any
	 * rate.
	 */
	static final int MIN_TOKEN = 32;

	AdminSettings {
		token = token == null ? "" : token.strip();
		user = user == null ? "" : user.strip();
		password = password == null ? "" : password;
		if (!token.isEmpty() && token.length() < MIN_TOKEN) {
			throw new SecretTooShortException("CHATBOT_ADMIN_TOKEN", "chatbot.admin.token", token.length(), MIN_TOKEN,
					"Set CHATBOT_ADMIN_TOKEN to a random value of at least " + MIN_TOKEN
							+ " characters (for example the output of: openssl rand -hex 24), or leave it unset to keep"
							+ " the admin API off.");
		}
		if (!password.isEmpty() && password.length() < StaffAccounts.MIN_PASSWORD) {
			throw new SecretTooShortException("CHATBOT_ADMIN_PASSWORD", "chatbot.admin.password", password.length(),
					StaffAccounts.MIN_PASSWORD, "Set CHATBOT_ADMIN_PASSWORD to a passphrase of at least "
							+ StaffAccounts.MIN_PASSWORD + " characters, or leave it unset.");
		}
		if (maxFailures < 1 || maxClients < 1 || failurePeriod.isNegative() || failurePeriod.isZero()) {
			throw new IllegalArgumentException(
					"chatbot.admin max-failures, failure-period and max-clients must be positive");
		}
	}

	boolean enabled() {
		return !token.isEmpty();
	}

	/** Whether a first admin account is configured. */
	boolean firstAdmin() {
		return !user.isEmpty() && !password.isEmpty();
	}

	@Override
	public String toString() {
		return "AdminSettings[token=" + (enabled() ? "***" : "") + ", maxFailures=" + maxFailures + ", failurePeriod="
				+ failurePeriod + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
	}
}
