package org.lacreview.bot.insights;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.QuestionLog;
import org.lacreview.bot.privacy.Redactor;
import org.lacreview.index.Answer;
import org.lacreview.index.corpus.CorpusValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the questions the bot fell back on ({@code unanswered_question}), for staff to
 * turn into examples. Writing happens on its own thread with a bounded queue, so a slow
 * or absent database never slows a chat: it warns once and drops questions until the
 * database answers again. No session or user id is stored, and the text is stored with
 * what identifies a person redacted ({@link Redactor}) and cut to
 * {@code chatbot.unanswered.max-length}.
 *
 * <p>
 * The log cannot grow without bound: a question asked again adds to the count of its row;
 * a question not kept yet is kept only while its client has not added
 * {@code max-new-per-client} new ones this {@code period}, its channel has not added
 * {@code max-new-per-channel}, and fewer than {@code max-groups} distinct questions are
 * kept ({@link NewQuestionAllowances}). So one client cannot use up what everyone else
 * may add. What is dropped is counted in the meter {@code chatbot.unanswered.dropped},
 * tagged with the reason: {@code queue}, {@code client}, {@code rate} or {@code groups}.
 * A client is known by {@link Asker#client()}, in memory only.
 */
public class UnansweredLog implements QuestionLog, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UnansweredLog.class);

	private final UnansweredTable table;

	private final UnansweredSettings settings;

	private final Clock clock;

	private final Redactor redactor;

	private final ThreadPoolExecutor writer;

	private final NewQuestionAllowances allowances;

	private final Counter queueFull;

	private final Counter clientExceeded;

	private final Counter rateExceeded;

	private final Counter groupsFull;

	/**
	 * The distinct questions kept, as last counted (-1: count again) and when: counting
	 * runs over the whole table, so it is done at most once a minute and kept up to date
	 * by this instance's inserts in between (other instances' are bounded by their own
	 * caps).
	 */
	private int groups = -1;

	private Instant groupsCounted = Instant.MIN;

	/**
	 * Whether the last write failed, so a database outage is logged once, and its end
	 * too.
	 */
	private final AtomicBoolean failing = new AtomicBoolean();

	UnansweredLog(UnansweredTable table, UnansweredSettings settings, Clock clock, Redactor redactor,
			MeterRegistry meters) {
		this.table = table;
		this.settings = settings;
		this.clock = clock;
		this.redactor = redactor;
		this.allowances = new NewQuestionAllowances(settings);
		this.queueFull = dropped(meters, "queue");
		this.clientExceeded = dropped(meters, "client");
		this.rateExceeded = dropped(meters, "rate");
		this.groupsFull = dropped(meters, "groups");
		this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.queue()),
				task -> {
					Thread thread = new Thread(task, "unanswered-log");
					thread.setDaemon(true);
					return thread;
				});
	}

	private static Counter dropped(MeterRegistry meters, String reason) {
		return Counter.builder("chatbot.unanswered.dropped")
			.tag("reason", reason)
			.description("fallback questions not kept in the unanswered-question log")
			.register(meters);
	}

	@Override
	public void answered(Asker asker, String question, Answer answer) {
		if (answer.answered()) {
			return;
		}
		Instant at = clock.instant();
		try {
			writer.execute(() -> write(asker, question, answer.language(), at));
		}
		catch (RejectedExecutionException ex) {
			// Queue full: the database is far behind; losing a log entry is better than
			// slowing the chat.
			queueFull.increment();
		}
	}

	private void write(Asker asker, String question, String language, Instant at) {
		String text = cut(redactor.redact(question).strip().replaceAll("\\s+", " "));
		String normalised = cut(normalise(text));
		try {
			if (!table.askedAgain(normalised, text, language, asker.channel(), at)) {
				keepNew(normalised, text, language, asker, at);
			}
			if (failing.compareAndSet(true, false)) {
				log.info("the unanswered-question log is writing to the database again");
			}
		}
		catch (RuntimeException ex) {
			if (failing.compareAndSet(false, true)) {
				// The class only: a database's message can quote the question (a
				// duplicate key, a value too long).
				log.warn(
						"the unanswered-question log cannot write to the database; dropping questions until it can: {}",
						ex.getClass().getName());
			}
		}
	}

	/**
	 * A question, language and channel without a row yet: a new question, or a known one
	 * asked another way.
	 */
	private void keepNew(String normalised, String text, String language, Asker asker, Instant at) {
		String channel = asker.channel();
		if (!table.isKept(normalised)) {
			// The client first: what a client over its cap asks must not spend its
			// channel's allowance.
			if (!allowances.client(asker)) {
				clientExceeded.increment();
				return;
			}
			if (!allowances.channel(channel)) {
				rateExceeded.increment();
				return;
			}
			if (groups(at) >= settings.maxGroups()) {
				groupsFull.increment();
				return;
			}
			table.insert(normalised, text, language, channel, at);
			groups++;
			return;
		}
		table.insert(normalised, text, language, channel, at);
	}

	/** Only the writer thread calls this. */
	private int groups(Instant now) {
		if (groups < 0 || groupsCounted.isBefore(now.minusSeconds(60))) {
			groups = table.groups();
			groupsCounted = now;
		}
		return groups;
	}

	/** At most {@code max-length} characters, never half a surrogate pair. */
	private String cut(String text) {
		if (text.length() <= settings.maxLength()) {
			return text;
		}
		int end = settings.maxLength();
		return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
	}

	/**
	 * Lower case, no accents, punctuation or repeated spaces: "¿Dónde fue?" and "donde
	 * fue" are one question.
	 */
	static String normalise(String text) {
		return CorpusValidator.normalise(text);
	}

	/** The questions asked most often first, at most {@code limit} groups. */
	public List<UnansweredQuestion> grouped(int limit) {
		return grouped(limit, 0);
	}

	/**
	 * A page of the questions, asked most often first (then most recently, then by text,
	 * so pages do not overlap).
	 * @param limit groups on the page, at least 1
	 * @param offset groups skipped, at least 0
	 */
	public List<UnansweredQuestion> grouped(int limit, int offset) {
		return table.grouped(limit, offset);
	}

	/** How many distinct questions (groups) are kept. */
	public int count() {
		return table.groups();
	}

	/**
	 * Deletes one group (its {@code normalised} text), once staff dealt with it: added it
	 * to the corpus or dismissed it. Returns whether there was such a group.
	 */
	public boolean dismiss(String normalised) {
		boolean deleted = table.deleteGroup(normalised) > 0;
		if (deleted) {
			try {
				writer.execute(() -> groups = -1);
			}
			catch (RejectedExecutionException ex) {
				// Queue full or closed: the count is refreshed within a minute anyway.
			}
		}
		return deleted;
	}

	/** Deletes questions last asked before {@code cutoff}; returns how many rows went. */
	public int deleteBefore(Instant cutoff) {
		int deleted = table.deleteBefore(cutoff);
		try {
			// Counted again by the writer thread, which alone reads and writes the count.
			writer.execute(() -> groups = -1);
		}
		catch (RejectedExecutionException ex) {
			// Queue full or closed: the count is refreshed within a minute anyway.
		}
		return deleted;
	}

	/** Daily, a little after 3 a.m. server time. */
	@Scheduled(cron = "0 13 3 * * *")
	void applyRetention() {
		int deleted = deleteBefore(clock.instant().minus(settings.retention()));
		log.info("deleted {} unanswered questions older than {} days", deleted, settings.retention().toDays());
	}

	/** Waits for the questions already queued to be written (for tests and shutdown). */
	public void flush() throws Exception {
		writer.submit(() -> {
		}).get(10, TimeUnit.SECONDS);
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

}
