package org.lacreview.bot.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_event} table: every change staff make, kept (staff need the history of
 * the corpus).
 */
@Component
public class AuditLog {

	/** Longest detail kept, in characters (the column's size). */
	static final int MAX_DETAIL = 2000;

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a change now; texts longer than their columns are cut. */
	public void record(String actor, String action, String target, String detail) {
		jdbc.sql("insert into audit_event (at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
			.params(clock.instant().atOffset(ZoneOffset.UTC), cut(actor, 200), cut(action, 40), cut(target, 300),
					cut(detail, MAX_DETAIL))
			.update();
	}

	/** The newest {@code limit} changes, newest first. */
	public List<AuditEvent> recent(int limit) {
		return jdbc.sql("select at, actor, action, target, detail from audit_event order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> new AuditEvent(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
