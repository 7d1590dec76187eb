package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.feedback.Feedback;
import org.lacreview.bot.feedback.FeedbackStore;
import org.lacreview.bot.support.RunningApp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Unanswered questions older than the retention period are deleted by the daily job;
 * feedback by age too.
 */
class UnansweredRetentionTests {

	@Test
	void theDailyJobDeletesWhatIsOlderThanTheRetentionAndKeepsTheRest() throws Exception {
		try (RunningApp app = RunningApp.onMini("chatbot.unanswered.retention=30d", "chatbot.feedback.retention=30d")) {
			JdbcClient jdbc = app.bean(JdbcClient.class);
			Instant old = Instant.now().minus(Duration.ofDays(31));
			jdbc.sql(
					"insert into unanswered_question (asked_at, normalised, question, language, channel) values (?, ?, ?, ?, ?)")
				.params(old.atOffset(ZoneOffset.UTC), "vieja pregunta", "¿Vieja pregunta?", "es", "web")
				.update();
			app.chat(null, "¿Cuál es la capital de Francia?");
			UnansweredLog log = app.bean(UnansweredLog.class);
			log.flush();
			FeedbackStore feedback = app.bean(FeedbackStore.class);
			feedback.add(new Feedback(old, java.util.Optional.empty(), java.util.Optional.of("organisers"), "¿Vieja?",
					false, java.util.Optional.of("vieja")));
			feedback.add(new Feedback(Instant.now(), java.util.Optional.empty(), java.util.Optional.of("organisers"),
					"¿Nueva?", false, java.util.Optional.of("nueva")));

			log.applyRetention();
			assertThat(feedback.deleteBefore(Instant.now().minus(Duration.ofDays(30)))).isEqualTo(1);

			assertThat(log.grouped(10)).extracting(UnansweredQuestion::normalised)
				.containsExactly("cual es la capital de francia");
			assertThat(feedback.recent(10)).extracting(Feedback::question).containsExactly("¿Nueva?");
		}
	}

}
