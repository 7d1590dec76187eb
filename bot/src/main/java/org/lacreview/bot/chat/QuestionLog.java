package org.lacreview.bot.chat;

import org.lacreview.index.Answer;

/** Hears every question answered, so that the ones the bot could not answer reach staff. */
public interface QuestionLog {

	/**
	 * Must return at once and never throw: it is called on the chat's path.
	 *
	 * @param channel where it was asked: web or telegram
	 */
	void answered(String channel, String question, Answer answer);
}
