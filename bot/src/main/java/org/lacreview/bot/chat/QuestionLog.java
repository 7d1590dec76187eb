package org.lacreview.bot.chat;

import org.lacreview.index.Answer;

/**
 * Hears every question answered, so that the ones the bot could not answer reach staff.
 */
public interface QuestionLog {

	/**
	 * Must return at once and never throw: it is called on the chat's path.
	 * @param asker the channel it was asked in (web or telegram) and the client who
	 * asked, for per-client caps
	 */
	void answered(Asker asker, String question, Answer answer);

}
