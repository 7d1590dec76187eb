package org.lacreview.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Update ids in the {@code telegram_update_seen} table, shared by every instance behind
 * one webhook URL ({@code chatbot.context.store=database}): the primary key lets exactly
 * one instance insert an id. Ids older than a day are deleted; Telegram stops retrying an
 * update long before that. When the database is away an update is taken anyway: answering
 * twice is better than not answering.
 */
final class SharedSeenUpdates implements SeenUpdates {

	private static final Logger log = LoggerFactory.getLogger(SharedSeenUpdates.class);

	/** How long an id is kept. */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	SharedSeenUpdates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean claim(long updateId) {
		try {
			jdbc.sql("insert into telegram_update_seen (update_id, seen_at) values (?, ?)")
				.params(updateId, clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		catch (DataAccessException ex) {
			log.warn("could not check a Telegram update for a repeat ({}); answering it",
					ex.getClass().getSimpleName());
			return true;
		}
	}

	@Override
	public void release(long updateId) {
		try {
			jdbc.sql("delete from telegram_update_seen where update_id = ?").param(updateId).update();
		}
		catch (DataAccessException ex) {
			log.warn("could not forget a Telegram update not taken ({})", ex.getClass().getSimpleName());
		}
	}

	/** Deletes ids older than {@link #KEPT}. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	void deleteOld() {
		jdbc.sql("delete from telegram_update_seen where seen_at < ?")
			.param(clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC))
			.update();
	}

}
