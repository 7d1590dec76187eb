package org.lacreview.bot.telegram;

/**
 * The update ids already taken in, so that an update Telegram (or anyone with the webhook
 * secret) delivers again is answered once. In memory for one instance; in the database
 * when several instances share the bot.
 */
interface SeenUpdates {

	/**
	 * Marks {@code updateId} as taken; true the first time, false when it was taken
	 * before.
	 */
	boolean claim(long updateId);

	/**
	 * Forgets a claim whose update could not be taken after all (the webhook answered
	 * 503; Telegram retries).
	 */
	void release(long updateId);

}
