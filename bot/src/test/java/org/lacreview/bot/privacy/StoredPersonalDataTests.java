package org.lacreview.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.QuestionLog;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.index.Answer;
import org.lacreview.index.Trace;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person types about themselves (name, passport, phone, e-mail) never reaches the
 * database: not in the unanswered-question log (web and Telegram), nor in feedback's
 * question or comment.
 */
class StoredPersonalDataTests {

	static final Answer FALLBACK = new Answer("Sorry, I do not know.", false, Answer.FALLBACK, 0, "en", List.of(),
			List.of(), new Trace("en", Map.of(), "", List.of(), List.of(), List.of(), "fallback"));

	static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.start();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	/** Everything stored as text by the two logs, in one string. */
	private static String stored() {
		JdbcClient jdbc = app.bean(JdbcClient.class);
		List<String> unanswered = jdbc.sql("select normalised || ' | ' || question from unanswered_question")
			.query(String.class)
			.list();
		List<String> feedback = jdbc.sql("select question || ' | ' || coalesce(comment, '') from feedback")
			.query(String.class)
			.list();
		return String.join("\n", unanswered) + "\n" + String.join("\n", feedback);
	}

	@Test
	void aWebQuestionIsStoredWithoutTheNamePassportPhoneAndEmailInIt() throws Exception {
		app.chat(null, "Me llamo Rosalinda Quiroga, pasaporte XK4471920, teléfono +34 612 345 678, "
				+ "correo rosalinda.quiroga@example.org: ¿puedo cambiar de pais?");
		app.bean(UnansweredLog.class).flush();
		String stored = stored();
		assertThat(stored).contains("Me llamo [name]")
			.contains("[email]")
			.contains("[phone]")
			.contains("[number]")
			.doesNotContainIgnoringCase("Rosalinda")
			.doesNotContainIgnoringCase("Quiroga")
			.doesNotContain("XK4471920")
			.doesNotContain("612")
			.doesNotContain("example");
	}

	@Test
	void aTelegramQuestionIsStoredWithoutTheNameAndEmailInIt() throws Exception {
		// Telegram questions reach the log through the same interface, with channel
		// "telegram".
		QuestionLog log = app.bean(UnansweredLog.class);
		log.answered(new Asker("telegram", "tg#0123456789abcdef"),
				"My name is Thaddeus Oyelaran, write to t.oyelaran@example.net please", FALLBACK);
		app.bean(UnansweredLog.class).flush();
		assertThat(stored()).contains("My name is [name]")
			.doesNotContain("Thaddeus")
			.doesNotContain("Oyelaran")
			.doesNotContain("t.oyelaran");
	}

	@Test
	void feedbackIsStoredWithoutTheIdentifiersInItsQuestionAndComment() {
		String messageId = app.chat("pd-1", "je m'appelle Gwenaëlle Marchetti, mon numéro est 06 12 34 56 78")
			.path("messageId")
			.asString();
		assertThat(app
			.postJson("/api/feedback",
					"{\"sessionId\":\"pd-1\",\"messageId\":\"" + messageId
							+ "\",\"helpful\":false,\"comment\":\"Meu nome é Joaquim Barreto, CPF 123.456.789-09, "
							+ "cartão 4111 1111 1111 1111, veja https://example.com/reset?token=a8F3kL0pQ9zX\"}")
			.statusCode()).isEqualTo(201);
		assertThat(stored()).contains("je m'appelle [name]")
			.contains("Meu nome é [name]")
			.contains("[card]")
			.contains("[url]")
			.doesNotContain("Gwenaëlle")
			.doesNotContain("Marchetti")
			.doesNotContain("Joaquim")
			.doesNotContain("Barreto")
			.doesNotContain("123.456")
			.doesNotContain("4111")
			.doesNotContain("a8F3kL0pQ9zX")
			.doesNotContain("34 56 78");
	}

	@Test
	void aFeedbackCommentWithANulCharacterIsRefusedAndNothingIsStored() {
		// PostgreSQL cannot store NUL: the API refuses it as bad input (400) rather than
		// failing in the database.
		assertThat(app
			.postJson("/api/feedback",
					"{\"question\":\"¿Dónde fue?\",\"helpful\":false,\"comment\":\"falta\\u0000 nul-marker\"}")
			.statusCode()).isEqualTo(400);
		assertThat(stored()).doesNotContain("\u0000").doesNotContain("nul-marker");
	}

}
