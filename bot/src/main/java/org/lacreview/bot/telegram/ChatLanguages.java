package org.lacreview.bot.telegram;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The language each conversation picked with the language command, forgotten after a
 * while unused.
 */
final class ChatLanguages {

	private final Cache<String, String> chosen;

	ChatLanguages(TelegramSettings settings, int maxConversations) {
		this.chosen = Caffeine.newBuilder()
			.maximumSize(maxConversations)
			.expireAfterAccess(settings.languageMemory())
			.build();
	}

	Optional<String> chosen(String session) {
		return Optional.ofNullable(chosen.getIfPresent(session));
	}

	void choose(String session, String language) {
		chosen.put(session, language);
	}

}
