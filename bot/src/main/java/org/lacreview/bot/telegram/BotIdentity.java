package org.lacreview.bot.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Who the bot is on Telegram ({@code getMe}), known once the channel has connected. */
final class BotIdentity {

	/** The bot's user id and username (without '@'). */
	record Me(long id, String username) {
	}

	private final AtomicReference<Me> me = new AtomicReference<>();

	Optional<Me> me() {
		return Optional.ofNullable(me.get());
	}

	void set(Me value) {
		me.set(value);
	}

}
