package org.lacreview.bot.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the staff tools ({@code chatbot.admin.*}).
 *
 * @param token the admin token from {@code CHATBOT_ADMIN_TOKEN}; the admin API is off when it is blank
 */
@ConfigurationProperties("chatbot.admin")
record AdminSettings(String token) {

	AdminSettings {
		token = token == null ? "" : token.strip();
	}

	boolean enabled() {
		return !token.isEmpty();
	}

	@Override
	public String toString() {
		return "AdminSettings[token=" + (enabled() ? "***" : "") + "]";
	}
}
