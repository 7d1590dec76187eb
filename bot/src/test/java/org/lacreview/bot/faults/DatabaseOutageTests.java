package org.lacreview.bot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The database goes away (PostgreSQL refuses every connection) and comes back: the chat
 * keeps answering throughout, feedback is refused with 503 instead of failing, the
 * unanswered-question log warns and then writes again.
 */
@ExtendWith(OutputCaptureExtension.class)
@OnPostgres
class DatabaseOutageTests {

	private static void sql(String database, String... statements) throws Exception {
		String admin = database.substring(0, database.lastIndexOf('/') + 1) + "chatbot_test";
		try (Connection connection = DriverManager.getConnection(admin, TestPostgres.USER, TestPostgres.PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	@Test
	void theChatKeepsAnsweringWhileTheDatabaseIsAwayAndTheLogsRecover(CapturedOutput output) throws Exception {
		String url = TestPostgres.newDatabase();
		String name = url.substring(url.lastIndexOf('/') + 1);
		try (RunningApp app = RunningApp.start(RunningApp.postgres(url))) {
			for (int i = 0; i < 10; i++) {
				app.chat("warm-up", "¿Cuándo fue la reunión?");
			}
			sql(url, "alter database " + name + " connection limit 0",
					"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");

			for (int i = 0; i < 5; i++) {
				Instant start = Instant.now();
				assertThat(app.chat("outage", "¿Cuándo fue la reunión?").path("answer").asString())
					.contains("28 de abril");
				assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(1));
			}
			app.chat(null, "¿Cuál es la capital de Francia?");
			app.bean(UnansweredLog.class).flush();
			var feedback = app.postJson("/api/feedback", "{\"question\":\"¿Cuándo fue la reunión?\",\"helpful\":true}");
			assertThat(feedback.statusCode()).isEqualTo(503);
			assertThat(feedback.body()).contains("try again later");
			assertThat(output.getAll()).contains("cannot write to the database");

			sql(url, "alter database " + name + " connection limit -1");
			Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
			int status = 0;
			while (status != 201 && Instant.now().isBefore(deadline)) {
				status = app.postJson("/api/feedback", "{\"question\":\"¿Cuándo fue la reunión?\",\"helpful\":true}")
					.statusCode();
				Thread.sleep(100);
			}
			assertThat(status).isEqualTo(201);
			app.chat(null, "¿Cuál es la capital de Marte?");
			app.bean(UnansweredLog.class).flush();
			assertThat(output.getAll()).contains("writing to the database again");
			assertThat(app.admin("/api/admin/unanswered").toString()).contains("marte");
		}
	}

}
