package org.lacreview.bot.telegram;

import java.time.Clock;
import java.util.Optional;

import org.lacreview.bot.chat.AnsweredMessage;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.feedback.Feedback;
import org.lacreview.bot.feedback.FeedbackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Records a 👍/👎 pressed under a Telegram answer as the web's feedback is recorded: with
 * the question and intent of the answer given under that message id (a second press on
 * the same answer replaces the first).
 */
class Votes {

	private static final Logger log = LoggerFactory.getLogger(Votes.class);

	private final ChatService chat;

	private final FeedbackStore store;

	private final Clock clock;

	Votes(ChatService chat, FeedbackStore store, Clock clock) {
		this.chat = chat;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Whether the vote was recorded: false when the answer is no longer remembered or the
	 * database is away.
	 */
	boolean record(Buttons.Vote vote) {
		Optional<AnsweredMessage> answered = chat.answered(vote.messageId());
		if (answered.isEmpty()) {
			return false;
		}
		try {
			store
				.add(new Feedback(clock.instant(), Optional.of(vote.messageId()), answered.map(AnsweredMessage::intent),
						answered.get().question(), vote.helpful(), Optional.empty()));
			return true;
		}
		catch (DataAccessException ex) {
			log.warn("Telegram feedback not recorded, the database is unavailable: {}", ex.getClass().getSimpleName());
			return false;
		}
	}

}
