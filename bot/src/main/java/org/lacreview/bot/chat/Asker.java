package org.lacreview.bot.chat;

import java.util.Objects;

/**
 * Who asked a question, as the unanswered-question log counts it: the channel, and a key
 * for the client within it that names no person. The web passes the key its per-address
 * limit counts under (an IPv4 address or an IPv6 /64); Telegram, the session's keyed hash
 * of the chat and user ids. The key is held in memory only, to cap what one client may
 * add, and is never stored or logged.
 *
 * @param channel the channel's name: {@code web} or {@code telegram}
 * @param client the client's key within the channel, never null
 */
public record Asker(String channel, String client) {

	public Asker {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(client, "client");
	}

	/** A client of the web chat ({@link ChatService#WEB}). */
	public static Asker web(String client) {
		return new Asker(ChatService.WEB, client);
	}
}
