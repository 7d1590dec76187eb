package org.lacreview.bot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Telegram updates as the Bot API sends them (JSON without {@code update_id}), for tests.
 */
final class Updates {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Updates() {
	}

	static Map<String, Object> user(long id, String language) {
		Map<String, Object> user = new LinkedHashMap<>(Map.of("id", id, "is_bot", false, "first_name", "Ana"));
		if (language != null) {
			user.put("language_code", language);
		}
		return user;
	}

	static Map<String, Object> message(long chatId, String chatType, Map<String, Object> from, String text) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", (int) (Math.random() * 100000));
		message.put("date", 1_700_000_000);
		message.put("chat", Map.of("id", chatId, "type", chatType));
		message.put("from", from);
		if (text != null) {
			message.put("text", text);
			if (text.startsWith("/")) {
				message.put("entities", java.util.List
					.of(Map.of("type", "bot_command", "offset", 0, "length", text.split("\\s")[0].length())));
			}
		}
		return message;
	}

	/** A text message in a private chat whose id is the user's. */
	static String privateText(long userId, String language, String text) {
		return json(Map.of("message", message(userId, "private", user(userId, language), text)));
	}

	static String groupText(long groupId, long userId, String text) {
		return json(Map.of("message", message(groupId, "group", user(userId, "es"), text)));
	}

	static String sticker(long userId) {
		Map<String, Object> message = message(userId, "private", user(userId, "es"), null);
		message.put("sticker", Map.of("file_id", "s1", "file_unique_id", "u1", "type", "regular", "width", 512,
				"height", 512, "is_animated", false, "is_video", false));
		return json(Map.of("message", message));
	}

	/**
	 * A press on the button {@code data} of {@code pressedMessage}, a message the bot
	 * sent.
	 */
	static String press(long userId, String language, Map<String, Object> pressedMessage, String data) {
		return json(Map.of("callback_query", Map.of("id", "cb" + userId, "from", user(userId, language), "message",
				pressedMessage, "chat_instance", "ci", "data", data)));
	}

	static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
