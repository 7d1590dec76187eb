package org.lacreview.bot.telegram;

import java.util.Locale;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;

/**
 * Where a message came from and where the reply goes, with the ids already turned into
 * keys: the raw ids stay only in {@code chatId}, which Telegram needs to deliver the
 * reply and which is never logged.
 *
 * @param chatId the chat to reply to
 * @param chatKey the chat's keyed hash, for logs and rate limits
 * @param session the conversation's key for context and language
 * @param group whether the chat is a group, where the bot speaks only when addressed
 * @param replyTo the message to reply to in a group, else null
 * @param appLanguage the language of the sender's Telegram app, when it is given
 */
record Turn(String chatId, String chatKey, String session, boolean group, Integer replyTo,
		Optional<String> appLanguage) {

	static Turn of(Chat chat, User from, Integer messageId, ChatIds ids) {
		boolean group = Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat());
		long userId = from == null ? chat.getId() : from.getId();
		Optional<String> language = Optional.ofNullable(from)
			.map(User::getLanguageCode)
			.map(code -> code.toLowerCase(Locale.ROOT).split("[-_]")[0]);
		return new Turn(chat.getId().toString(), ids.chat(chat.getId()), ids.session(chat.getId(), userId, group),
				group, group ? messageId : null, language);
	}
}
