package org.lacreview.bot.chat;

import java.util.Optional;

import org.lacreview.index.Answer;
import org.lacreview.index.DialogState;
import org.lacreview.index.Reply;

/**
 * Answers a question within its session: reads the session's context, asks the live engine, keeps the new
 * context. Every channel (web chat, Telegram) calls this.
 */
public class ChatService {

	private final LiveEngine engine;

	private final ConversationStore conversations;

	ChatService(LiveEngine engine, ConversationStore conversations) {
		this.engine = engine;
		this.conversations = conversations;
	}

	public Answer ask(String sessionId, String message, Optional<String> language) {
		DialogState previous = conversations.find(sessionId).orElse(DialogState.EMPTY);
		Reply reply = engine.current().answer(message, language, previous);
		conversations.save(sessionId, reply.state());
		return reply.answer();
	}

	/** The languages the live corpus answers in, default first. */
	public java.util.List<String> languages() {
		return engine.current().corpus().info().languages();
	}
}
