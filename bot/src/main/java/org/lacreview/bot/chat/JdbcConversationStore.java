package org.lacreview.bot.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.DialogState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation context in the {@code conversation} table, so that a follow-up works
 * whichever instance answers it ({@code chatbot.context.store=database}). Idle
 * conversations are ignored and then deleted.
 */
class JdbcConversationStore implements ConversationStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ChatSettings settings;

	private final Clock clock;

	JdbcConversationStore(JdbcClient jdbc, ChatSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What a row holds: {@link DialogState} without Optionals. {@code listed},
	 * {@code earlier} and {@code earlierQuestion} are null in rows written before they
	 * existed, read as nothing.
	 */
	record Stored(String language, String intent, String question, Map<String, List<String>> values,
			Map<String, List<String>> listed, Map<String, List<String>> earlier, String earlierQuestion) {

		static Stored of(DialogState state) {
			return new Stored(state.language().orElse(null), state.intent().orElse(null), state.question().orElse(null),
					state.values(), state.listed(), state.earlier(), state.earlierQuestion().orElse(null));
		}

		DialogState state() {
			return new DialogState(Optional.ofNullable(language), Optional.ofNullable(intent),
					Optional.ofNullable(question), values == null ? Map.of() : values,
					listed == null ? Map.of() : listed, earlier == null ? Map.of() : earlier,
					Optional.ofNullable(earlierQuestion));
		}
	}

	@Override
	public Optional<DialogState> find(String sessionId) {
		return jdbc.sql("select state from conversation where session_id = ? and updated_at >= ?")
			.params(sessionId, utc(clock.instant().minus(settings.sessionIdle())))
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, Stored.class).state());
	}

	@Override
	public void save(String sessionId, DialogState state) {
		String json = JSON.writeValueAsString(Stored.of(state));
		OffsetDateTime now = utc(clock.instant());
		int updated = jdbc.sql("update conversation set state = ?, updated_at = ? where session_id = ?")
			.params(json, now, sessionId)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("insert into conversation (session_id, state, updated_at) values (?, ?, ?)")
					.params(sessionId, json, now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance inserted it in between: the later turn wins.
				jdbc.sql("update conversation set state = ?, updated_at = ? where session_id = ?")
					.params(json, now, sessionId)
					.update();
			}
		}
	}

	@Override
	public void forget(String sessionId) {
		jdbc.sql("delete from conversation where session_id = ?").param(sessionId).update();
	}

	/** Deletes conversations idle for longer than the session idle time. */
	@Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	void deleteIdle() {
		jdbc.sql("delete from conversation where updated_at < ?")
			.param(utc(clock.instant().minus(settings.sessionIdle())))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
