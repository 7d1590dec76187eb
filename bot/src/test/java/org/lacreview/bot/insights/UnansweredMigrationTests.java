package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading a database whose log holds one row per ask (before V3): the rows of one
 * question, language and channel become one row with their count, first and last time,
 * and the latest wording; on H2 and PostgreSQL.
 */
class UnansweredMigrationTests {

	record Row(String normalised, String question, String language, int asked, OffsetDateTime first,
			OffsetDateTime last) {
	}

	private static OffsetDateTime day(int day) {
		return OffsetDateTime.of(2026, 3, day, 12, 0, 0, 0, ZoneOffset.UTC);
	}

	private static void upgrade(DataSource database) {
		Flyway.configure().dataSource(database).target("1").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		String insert = "insert into unanswered_question (asked_at, normalised, question, language, channel) values (?, ?, ?, ?, ?)";
		jdbc.sql(insert).params(day(1), "donde fue", "¿Dónde fue?", "es", "web").update();
		jdbc.sql(insert).params(day(3), "donde fue", "donde fue", "es", "web").update();
		jdbc.sql(insert).params(day(2), "donde fue", "¿DÓNDE fue?", "es", "web").update();
		jdbc.sql(insert).params(day(2), "donde fue", "Donde fue", "pt", "web").update();
		jdbc.sql(insert).params(day(4), "x".repeat(900), "x".repeat(900), "es", "web").update();
		Flyway.configure().dataSource(database).load().migrate();

		List<Row> rows = jdbc.sql("""
				select normalised, question, language, asked, first_asked_at, asked_at from unanswered_question
				order by normalised, language""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)))
			.list();
		assertThat(rows).hasSize(3);
		// The row inserted last keeps its wording; the count and the times are the
		// group's.
		assertThat(rows.get(0)).isEqualTo(new Row("donde fue", "¿DÓNDE fue?", "es", 3, day(1), day(3)));
		assertThat(rows.get(1)).isEqualTo(new Row("donde fue", "Donde fue", "pt", 1, day(2), day(2)));
		assertThat(rows.get(2).question()).hasSize(300);
		assertThat(rows.get(2).normalised()).hasSize(300);
	}

	@Test
	void theRowsOfOneQuestionAreMergedOnH2() {
		upgrade(new DriverManagerDataSource(
				"jdbc:h2:mem:migration-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", ""));
	}

	@OnPostgres
	@Test
	void theRowsOfOneQuestionAreMergedOnPostgreSql() {
		upgrade(new DriverManagerDataSource(TestPostgres.newDatabase(), TestPostgres.USER, TestPostgres.PASSWORD));
	}

}
