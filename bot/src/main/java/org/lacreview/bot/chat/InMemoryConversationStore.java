package org.lacreview.bot.chat;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lacreview.index.DialogState;

/**
 * Conversation context in memory, bounded in heap ({@code chatbot.memory.conversations}),
 * in number ({@code chatbot.max-sessions}) and in idle time, so a flood of session ids
 * cannot exhaust the heap. The single-instance default.
 */
class InMemoryConversationStore implements ConversationStore {

	private final Cache<String, DialogState> states;

	InMemoryConversationStore(ChatSettings settings) {
		this.states = Caffeine.newBuilder()
			.maximumWeight(settings.memory().conversations().toBytes())
			.weigher(Footprint.atLeast(settings.memory().conversations().toBytes() / settings.maxSessions(),
					InMemoryConversationStore::entryBytes))
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

	private static long entryBytes(String session, DialogState state) {
		return Footprint.CACHE_ENTRY + Footprint.of(session) + Footprint.of(state);
	}

	/**
	 * The bytes the conversations kept are estimated to take, after pending evictions.
	 */
	long bytes() {
		return Footprint.total(states, InMemoryConversationStore::entryBytes);
	}

}
