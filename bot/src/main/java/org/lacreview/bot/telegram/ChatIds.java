package org.lacreview.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns Telegram chat and user ids into keys for logs, statistics and conversation
 * context. A plain hash of a numeric id could be reversed by trying every id, so the hash
 * is keyed (HMAC-SHA256) with a secret the deployment already keeps: the bot token. Keys
 * are stable across restarts and instances of one bot.
 */
final class ChatIds {

	/**
	 * Web chat session ids cannot contain '#', so a web client cannot name a Telegram
	 * conversation.
	 */
	private static final String SESSION_PREFIX = "tg#";

	private final SecretKeySpec key;

	ChatIds(String secret) {
		if (secret.isEmpty()) {
			throw new IllegalArgumentException("the key of chat id hashes must not be empty");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The key of a chat, for logs and rate limits. */
	String chat(long chatId) {
		return hash("chat:" + chatId);
	}

	/**
	 * The conversation of a user: the chat itself in private, one per member in a group.
	 */
	String session(long chatId, long userId, boolean group) {
		return SESSION_PREFIX + (group ? hash("member:" + chatId + ":" + userId) : hash("chat:" + chatId));
	}

	private String hash(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
