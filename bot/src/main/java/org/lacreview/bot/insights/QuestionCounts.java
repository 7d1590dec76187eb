package org.lacreview.bot.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.QuestionLog;
import org.lacreview.index.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Counts the questions asked per day (UTC), channel, reply language, intent and whether
 * they were answered, for the staff dashboard: counts only, no text. Counting is a map
 * increment on the chat's path; the counts reach the {@code question_count} table every
 * {@value #FLUSH_SECONDS} s and at shutdown, added to what other instances wrote (an
 * update, else an insert).
 */
public class QuestionCounts implements QuestionLog, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(QuestionCounts.class);

	static final int FLUSH_SECONDS = 30;

	/**
	 * Longest intent kept: a message of several questions is counted under their names
	 * joined by '+'.
	 */
	private static final int MAX_INTENT = 100;

	/** One row of {@code question_count}. */
	public record Key(LocalDate day, String channel, String language, String intent, boolean answered) {
	}

	private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	QuestionCounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void answered(Asker asker, String question, Answer answer) {
		String intent = answer.intent() == null ? "" : answer.intent();
		Key key = new Key(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), asker.channel(), answer.language(),
				intent.length() > MAX_INTENT ? intent.substring(0, MAX_INTENT) : intent, answer.answered());
		pending.computeIfAbsent(key, k -> new LongAdder()).increment();
	}

	/** Adds the counts gathered since the last flush to the table. */
	@Scheduled(fixedDelay = FLUSH_SECONDS * 1000L, initialDelay = FLUSH_SECONDS * 1000L)
	public void flush() {
		for (Map.Entry<Key, LongAdder> entry : pending.entrySet()) {
			long count = entry.getValue().sumThenReset();
			if (count > 0) {
				try {
					add(entry.getKey(), count);
				}
				catch (DataAccessException ex) {
					// The database is away: keep the count for the next flush rather than
					// lose it.
					entry.getValue().add(count);
					log.warn("question counts not written ({}); kept for the next try",
							ex.getMostSpecificCause().getMessage());
					return;
				}
			}
		}
	}

	private void add(Key key, long count) {
		String update = "update question_count set questions = questions + ? where asked_on = ? and channel = ? and language = ? "
				+ "and intent = ? and answered = ?";
		Object[] where = { key.day(), key.channel(), key.language(), key.intent(), key.answered() };
		if (jdbc.sql(update).params(count, where[0], where[1], where[2], where[3], where[4]).update() > 0) {
			return;
		}
		try {
			jdbc.sql(
					"insert into question_count (asked_on, channel, language, intent, answered, questions) values (?, ?, ?, ?, ?, ?)")
				.params(where[0], where[1], where[2], where[3], where[4], count)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another instance inserted the row meanwhile: add to it.
			jdbc.sql(update).params(count, where[0], where[1], where[2], where[3], where[4]).update();
		}
	}

	/** Every row between two days (inclusive), for the dashboard and its CSV. */
	public List<Counted> between(LocalDate from, LocalDate to) {
		return jdbc
			.sql("select asked_on, channel, language, intent, answered, questions from question_count "
					+ "where asked_on between ? and ? order by asked_on, channel, language, intent, answered")
			.params(from, to)
			.query((rs,
					n) -> new Counted(new Key(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getBoolean(5)), rs.getLong(6)))
			.list();
	}

	/** A row: what was counted and how many questions. */
	public record Counted(Key key, long questions) {
	}

	@Override
	public void close() {
		flush();
	}

}
