package org.lacreview.bot.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.lacreview.bot.privacy.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Feedback in the {@code feedback} table, deleted once older than the retention period.
 * The question and the comment are stored with what identifies a person redacted
 * ({@link Redactor}), whichever channel gave them.
 */
class JdbcFeedbackStore implements FeedbackStore {

	private static final Logger log = LoggerFactory.getLogger(JdbcFeedbackStore.class);

	private static final String COLUMNS = "given_at, message_id, intent, question, helpful, comment";

	private final JdbcClient jdbc;

	private final FeedbackSettings settings;

	private final Clock clock;

	private final Redactor redactor;

	JdbcFeedbackStore(JdbcClient jdbc, FeedbackSettings settings, Clock clock, Redactor redactor) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.redactor = redactor;
	}

	/**
	 * Stores feedback; feedback on a message that already has some (the widget's comment
	 * after a 👎) replaces its 👍/👎 and adds the comment to that row instead of counting
	 * the message twice.
	 */
	@Override
	public void add(Feedback feedback) {
		if (feedback.messageId().isPresent()) {
			int updated = jdbc.sql(
					"update feedback set helpful = ?, comment = coalesce(?, comment), given_at = ? where message_id = ?")
				.params(feedback.helpful(), feedback.comment().map(redactor::redact).orElse(null), utc(feedback.at()),
						feedback.messageId().get())
				.update();
			if (updated > 0) {
				return;
			}
		}
		jdbc.sql("insert into feedback (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
			.params(utc(feedback.at()), feedback.messageId().orElse(null), feedback.intent().orElse(null),
					redactor.redact(feedback.question()), feedback.helpful(),
					feedback.comment().map(redactor::redact).orElse(null))
			.update();
	}

	@Override
	public List<Feedback> recent(int limit) {
		return jdbc.sql("select " + COLUMNS + " from feedback order by id desc limit ?")
			.param(limit)
			.query(JdbcFeedbackStore::feedback)
			.list();
	}

	@Override
	public List<IntentFeedback> perIntent() {
		return jdbc.sql("""
				select coalesce(intent, '') as intent,
				       sum(case when helpful then 1 else 0 end) as up,
				       sum(case when helpful then 0 else 1 end) as down
				from feedback group by coalesce(intent, '') order by down desc, up desc""")
			.query((rs, n) -> new IntentFeedback(rs.getString("intent"), rs.getInt("up"), rs.getInt("down")))
			.list();
	}

	@Override
	public List<Comment> openComments(int limit) {
		return jdbc
			.sql("select id, " + COLUMNS + " from feedback where not helpful and comment is not null and not reviewed "
					+ "order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> new Comment(rs.getLong("id"), feedback(rs, n)))
			.list();
	}

	@Override
	public boolean review(long id) {
		return jdbc.sql("update feedback set reviewed = true where id = ? and not reviewed and comment is not null")
			.param(id)
			.update() > 0;
	}

	@Override
	public int deleteBefore(Instant cutoff) {
		return jdbc.sql("delete from feedback where given_at < ?").param(utc(cutoff)).update();
	}

	/** Daily, a little after 3 a.m. server time. */
	@Scheduled(cron = "0 17 3 * * *")
	void applyRetention() {
		int deleted = deleteBefore(clock.instant().minus(settings.retention()));
		log.info("deleted {} feedback entries older than {} days", deleted, settings.retention().toDays());
	}

	private static Feedback feedback(ResultSet rs, int row) throws SQLException {
		return new Feedback(rs.getObject("given_at", OffsetDateTime.class).toInstant(),
				Optional.ofNullable(rs.getString("message_id")), Optional.ofNullable(rs.getString("intent")),
				rs.getString("question"), rs.getBoolean("helpful"), Optional.ofNullable(rs.getString("comment")));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
