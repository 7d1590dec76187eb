package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.index.Answer;
import org.lacreview.index.Trace;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the database refuses a question, the warning names the failure, never the
 * question.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnansweredLogOutputTests {

	@Test
	void aRefusedWriteIsLoggedWithoutTheQuestion(CapturedOutput output) throws Exception {
		try (RunningApp app = RunningApp.onMini()) {
			// A column too narrow for the question: H2's error message quotes the value
			// refused.
			app.bean(JdbcClient.class).sql("alter table unanswered_question alter column question varchar(5)").update();
			app.bean(UnansweredLog.class)
				.answered(Asker.web("192.0.2.7"), "¿Dónde queda Xochimilcoquintana?",
						new Answer("No lo sé.", false, Answer.FALLBACK, 0, "es", List.of(), List.of(),
								new Trace("es", Map.of(), "", List.of(), List.of(), List.of(), "fallback")));
			app.bean(UnansweredLog.class).flush();
			assertThat(output.getAll()).contains("the unanswered-question log cannot write to the database")
				.doesNotContainIgnoringCase("Xochimilcoquintana");
		}
	}

}
