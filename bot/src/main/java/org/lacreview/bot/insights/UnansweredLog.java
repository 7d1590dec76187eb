package org.lacreview.bot.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.lacreview.bot.chat.QuestionLog;
import org.lacreview.index.Answer;
import org.lacreview.index.corpus.CorpusValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the questions the bot fell back on ({@code unanswered_question}), for staff to turn into examples.
 * Writing happens on its own thread with a bounded queue, so a slow or absent database never slows a chat: it
 * warns once and drops questions until the database answers again. No session or user id is stored.
 */
public class UnansweredLog implements QuestionLog, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UnansweredLog.class);

	private final JdbcClient jdbc;

	private final UnansweredSettings settings;

	private final Clock clock;

	private final ThreadPoolExecutor writer;

	/** Whether the last write failed, so a database outage is logged once, and its end too. */
	private final AtomicBoolean failing = new AtomicBoolean();

	UnansweredLog(JdbcClient jdbc, UnansweredSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.queue()), task -> {
			Thread thread = new Thread(task, "unanswered-log");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void answered(String channel, String question, Answer answer) {
		if (answer.answered()) {
			return;
		}
		Instant at = clock.instant();
		try {
			writer.execute(() -> write(channel, question, answer.language(), at));
		}
		catch (RejectedExecutionException ex) {
			// Queue full: the database is far behind; losing a log entry is better than slowing the chat.
		}
	}

	private void write(String channel, String question, String language, Instant at) {
		String text = question.strip().replaceAll("\\s+", " ");
		text = text.length() > 1000 ? text.substring(0, 1000) : text;
		try {
			jdbc.sql("""
					insert into unanswered_question (asked_at, normalised, question, language, channel)
					values (?, ?, ?, ?, ?)""")
				.params(utc(at), normalise(text), text, language, channel).update();
			if (failing.compareAndSet(true, false)) {
				log.info("the unanswered-question log is writing to the database again");
			}
		}
		catch (RuntimeException ex) {
			if (failing.compareAndSet(false, true)) {
				log.warn("the unanswered-question log cannot write to the database; dropping questions until it can: {}",
						ex.toString());
			}
		}
	}

	/** Lower case, no accents, punctuation or repeated spaces: "¿Dónde fue?" and "donde fue" are one question. */
	static String normalise(String text) {
		String words = CorpusValidator.normalise(text);
		return words.length() > 1000 ? words.substring(0, 1000) : words;
	}

	/** The questions asked most often first, at most {@code limit} groups. */
	public List<UnansweredQuestion> grouped(int limit) {
		// One query (not three per group): the languages and channels of a group come as comma-separated codes.
		return jdbc.sql("""
				with grouped as (
				  select normalised, count(*) as asked, min(asked_at) as first_seen, max(asked_at) as last_seen,
				         max(id) as latest,
				         string_agg(distinct language, ',' order by language) as languages,
				         string_agg(distinct channel, ',' order by channel) as channels
				  from unanswered_question group by normalised)
				select grouped.*, latest.question from grouped join unanswered_question latest on latest.id = grouped.latest
				order by asked desc, last_seen desc limit ?""")
			.param(limit)
			.query((rs, n) -> new UnansweredQuestion(rs.getString("normalised"), rs.getString("question"),
					rs.getInt("asked"), rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
					rs.getObject("last_seen", OffsetDateTime.class).toInstant(), List.of(rs.getString("languages").split(",")),
					List.of(rs.getString("channels").split(","))))
			.list();
	}

	/** Deletes questions asked before {@code cutoff}; returns how many went. */
	public int deleteBefore(Instant cutoff) {
		return jdbc.sql("delete from unanswered_question where asked_at < ?").param(utc(cutoff)).update();
	}

	/** Daily, a little after 3 a.m. server time. */
	@Scheduled(cron = "0 13 3 * * *")
	void applyRetention() {
		int deleted = deleteBefore(clock.instant().minus(settings.retention()));
		log.info("deleted {} unanswered questions older than {} days", deleted, settings.retention().toDays());
	}

	/** Waits for the questions already queued to be written (for tests and shutdown). */
	public void flush() throws Exception {
		writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		writer.shutdown();
		try {
			writer.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
