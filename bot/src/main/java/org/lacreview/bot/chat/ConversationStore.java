package org.lacreview.bot.chat;

import java.util.Optional;

import org.lacreview.index.DialogState;

/** Where each session's conversation context lives between turns. */
public interface ConversationStore {

	Optional<DialogState> find(String sessionId);

	void save(String sessionId, DialogState state);

	void forget(String sessionId);

}
