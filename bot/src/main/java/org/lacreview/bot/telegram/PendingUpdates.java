package org.lacreview.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Updates Telegram considers delivered that were not answered when the app stopped, kept
 * in the {@code telegram_pending_update} table (as Telegram's JSON) until an instance
 * starts and takes them. Taking is a delete, so with several instances each update goes
 * to exactly one. Updates older than {@link #KEPT} are dropped instead: an answer that
 * late helps nobody, and the table holds users' messages.
 */
final class PendingUpdates {

	private static final Logger log = LoggerFactory.getLogger(PendingUpdates.class);

	/** How long a pending update is worth answering. */
	static final Duration KEPT = Duration.ofDays(1);

	/** Telegram's types are Jackson 2 types. */
	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcClient jdbc;

	private final Clock clock;

	PendingUpdates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps {@code updates} for the next start.
	 * @return how many were kept; fewer when the database is away (the rest are lost, and
	 * logged as such)
	 */
	int keep(List<Update> updates) {
		int kept = 0;
		for (Update update : updates) {
			try {
				jdbc.sql("insert into telegram_pending_update (update_id, body, saved_at) values (?, ?, ?)")
					.params(update.getUpdateId(), JSON.writeValueAsString(update),
							clock.instant().atOffset(ZoneOffset.UTC))
					.update();
				kept++;
			}
			catch (DuplicateKeyException ex) {
				kept++;
			}
			catch (JsonProcessingException | DataAccessException ex) {
				log.warn("could not keep a Telegram update for the next start ({})", ex.getClass().getSimpleName());
			}
		}
		return kept;
	}

	/**
	 * Takes every pending update worth answering, oldest first; each is taken by one
	 * caller only.
	 */
	List<Update> take() {
		List<Update> taken = new ArrayList<>();
		try {
			jdbc.sql("delete from telegram_pending_update where saved_at < ?")
				.param(clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC))
				.update();
			List<Long> ids = jdbc.sql("select update_id from telegram_pending_update order by update_id")
				.query(Long.class)
				.list();
			for (long id : ids) {
				String body = jdbc.sql("select body from telegram_pending_update where update_id = ?")
					.param(id)
					.query(String.class)
					.optional()
					.orElse(null);
				Update update = body == null ? null : read(body);
				// Whoever deletes the row owns the update; another instance may have
				// taken it in between.
				if (jdbc.sql("delete from telegram_pending_update where update_id = ?").param(id).update() == 1
						&& update != null) {
					taken.add(update);
				}
			}
		}
		catch (DataAccessException ex) {
			log.warn("could not take the Telegram updates kept at the last stop ({})", ex.getClass().getSimpleName());
		}
		return taken;
	}

	/**
	 * The update {@code body} holds; null (and logged) when it cannot be read, so it is
	 * dropped.
	 */
	private static Update read(String body) {
		try {
			return JSON.readValue(body, Update.class);
		}
		catch (JsonProcessingException ex) {
			log.warn("dropped a kept Telegram update that cannot be read ({})", ex.getClass().getSimpleName());
			return null;
		}
	}

}
