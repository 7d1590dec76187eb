package org.lacreview.bot.insights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of the unanswered-question log: one row per normalised text, language and
 * channel with how often it was asked ({@code asked}), when first and last
 * ({@code first_asked_at}, {@code asked_at}) and the latest wording ({@code question}).
 * Written by one thread per instance; several instances may share the table.
 */
class UnansweredTable {

	private final JdbcClient jdbc;

	UnansweredTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one more ask if the question has a row in this language and channel; false
	 * if it has none.
	 */
	boolean askedAgain(String normalised, String question, String language, String channel, Instant at) {
		return jdbc.sql("""
				update unanswered_question set asked = asked + 1, asked_at = ?, question = ?
				where normalised = ? and language = ? and channel = ?""")
			.params(utc(at), question, normalised, language, channel)
			.update() > 0;
	}

	/** Whether the question is kept, in any language or channel. */
	boolean isKept(String normalised) {
		return jdbc.sql("select 1 from unanswered_question where normalised = ? limit 1")
			.param(normalised)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/** How many distinct questions are kept. */
	int groups() {
		return jdbc.sql("select count(distinct normalised) from unanswered_question").query(Integer.class).single();
	}

	void insert(String normalised, String question, String language, String channel, Instant at) {
		try {
			jdbc.sql(
					"""
							insert into unanswered_question (asked_at, first_asked_at, normalised, question, language, channel, asked)
							values (?, ?, ?, ?, ?, ?, 1)""")
				.params(utc(at), utc(at), normalised, question, language, channel)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another instance inserted it since we looked.
			askedAgain(normalised, question, language, channel, at);
		}
	}

	/**
	 * A page of the groups, most asked first; the wording shown is the one asked last.
	 */
	List<UnansweredQuestion> grouped(int limit, int offset) {
		// One query (not three per group): the languages and channels of a group come as
		// comma-separated codes.
		// Only the page's groups look up their latest wording.
		return jdbc
			.sql("""
					with grouped as (
					  select normalised, sum(asked) as times, min(coalesce(first_asked_at, asked_at)) as first_seen,
					         max(asked_at) as last_seen,
					         string_agg(distinct language, ',' order by language) as languages,
					         string_agg(distinct channel, ',' order by channel) as channels
					  from unanswered_question group by normalised
					  order by times desc, last_seen desc, normalised limit ? offset ?)
					select grouped.*,
					       (select latest.question from unanswered_question latest where latest.normalised = grouped.normalised
					        order by latest.asked_at desc, latest.id desc limit 1) as question
					from grouped order by times desc, last_seen desc, normalised""")
			.params(limit, offset)
			.query((rs, n) -> new UnansweredQuestion(rs.getString("normalised"), rs.getString("question"),
					rs.getInt("times"), rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
					rs.getObject("last_seen", OffsetDateTime.class).toInstant(),
					List.of(rs.getString("languages").split(",")), List.of(rs.getString("channels").split(","))))
			.list();
	}

	/**
	 * Deletes the questions last asked before {@code cutoff}; returns how many rows went.
	 */
	int deleteGroup(String normalised) {
		return jdbc.sql("delete from unanswered_question where normalised = ?").param(normalised).update();
	}

	int deleteBefore(Instant cutoff) {
		return jdbc.sql("delete from unanswered_question where asked_at < ?").param(utc(cutoff)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
