package org.lacreview.bot.chat;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lacreview.index.DialogState;

/**
 * Conversation context in memory, bounded in size and idle time so a flood of session ids cannot exhaust the
 * heap. The single-instance default.
 */
class InMemoryConversationStore implements ConversationStore {

	private final Cache<String, DialogState> states;

	InMemoryConversationStore(ChatSettings settings) {
		this.states = Caffeine.newBuilder()
			.maximumSize(settings.maxSessions())
			.expireAfterAccess(settings.sessionIdle())
			.build();
	}

	@Override
	public Optional<DialogState> find(String sessionId) {
		return Optional.ofNullable(states.getIfPresent(sessionId));
	}

	@Override
	public void save(String sessionId, DialogState state) {
		states.put(sessionId, state);
	}

	@Override
	public void forget(String sessionId) {
		states.invalidate(sessionId);
	}
}
