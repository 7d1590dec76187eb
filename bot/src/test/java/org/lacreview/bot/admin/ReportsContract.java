package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;

/**
 * What staff read, on each database ({@link ReportsOnH2Tests},
 * {@link ReportsOnPostgresTests}): the questions the bot could not answer, grouped, with
 * the engine's guesses; the feedback on answers; the dashboard's counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsContract {

	private RunningApp app;

	/** The properties that point the app at its database. */
	abstract String[] database();

	@BeforeAll
	void start() {
		app = RunningApp.start(database());
	}

	@AfterAll
	void stop() {
		app.close();
	}

	@Test
	void questionsThatFellBackAreGroupedByTheirNormalisedTextMostFrequentFirst() throws Exception {
		app.chat(null, "¿Cuál es la capital de Francia?");
		app.chat(null, "¿Dónde se hizo la reunión?");
		app.chat(null, "donde se hizo la reunion");
		app.postJson("/api/chat", "{\"message\":\"donde se hizo la reunion\",\"language\":\"pt\"}");
		app.chat(null, "  ¿DÓNDE se hizo   la reunión?? ");
		app.chat(null, "¿Cuándo fue la reunión?");
		app.bean(UnansweredLog.class).flush();
		JsonNode questions = app.admin("/api/admin/unanswered").path("questions");
		assertThat(questions.size()).isEqualTo(2);
		JsonNode first = questions.get(0);
		assertThat(first.path("normalised").asString()).isEqualTo("donde se hizo la reunion");
		assertThat(first.path("count").asInt()).isEqualTo(4);
		assertThat(first.path("question").asString()).isEqualTo("¿DÓNDE se hizo la reunión??");
		// The API's language is a hint: it never makes a plainly Spanish question
		// Portuguese.
		assertThat(first.path("languages").toString()).isEqualTo("[\"es\"]");
		assertThat(first.path("channels").toString()).isEqualTo("[\"web\"]");
		assertThat(first.path("firstSeen").asString()).isLessThanOrEqualTo(first.path("lastSeen").asString());
		assertThat(questions.get(1).path("count").asInt()).isEqualTo(1);
		assertThat(questions.toString()).doesNotContain("Cuándo fue");
	}

	@Test
	void feedbackIsCountedPerIntentWithTheNegativeCommentsAndASecondVoteOnAnAnswerReplacesTheFirst() {
		String first = app.chat("fb-1", "¿Quién organizó la reunión?").path("messageId").asString();
		String second = app.chat("fb-1", "¿Quién organizó la reunión?").path("messageId").asString();
		String third = app.chat("fb-1", "¿Quién organizó la reunión?").path("messageId").asString();
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + first + "\",\"helpful\":false}");
		// The widget's comment after a 👎 comes as a second request on the same message:
		// one vote, with its comment.
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + first
				+ "\",\"helpful\":false,\"comment\":\"Falta la CEPAL\"}");
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + second + "\",\"helpful\":false}");
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + second + "\",\"helpful\":true}");
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + third + "\",\"helpful\":true}");
		JsonNode report = app.admin("/api/admin/feedback");
		JsonNode organisers = null;
		for (JsonNode intent : report.path("intents")) {
			if (intent.path("intent").asString().equals("organisers")) {
				organisers = intent;
			}
		}
		assertThat(organisers).isNotNull();
		assertThat(organisers.path("helpful").asInt()).isEqualTo(2);
		assertThat(organisers.path("notHelpful").asInt()).isEqualTo(1);
		assertThat(report.path("comments").size()).isEqualTo(1);
		assertThat(report.path("comments").get(0).path("comment").asString()).isEqualTo("Falta la CEPAL");
		assertThat(report.path("comments").get(0).path("question").asString()).isEqualTo("¿Quién organizó la reunión?");
		assertThat(report.path("comments").get(0).path("guesses").get(0).path("intent").asString())
			.isEqualTo("organisers");

		// Staff deal with the comment: it leaves their list, its vote still counts.
		String reviewed = "/api/admin/feedback/" + report.path("comments").get(0).path("id").asLong();
		assertThat(delete(reviewed).statusCode()).isEqualTo(204);
		JsonNode after = app.admin("/api/admin/feedback");
		assertThat(after.path("comments").size()).isZero();
		assertThat(after.path("intents").toString()).isEqualTo(report.path("intents").toString());
		assertThat(delete(reviewed).statusCode()).isEqualTo(404);
	}

	@Test
	void anUnansweredQuestionComesWithTheEnginesGuessesAndCanBeDismissed() throws Exception {
		app.chat(null, "¿cuánto costó organizar el encuentro regional?");
		app.bean(UnansweredLog.class).flush();
		JsonNode question = null;
		for (JsonNode q : app.admin("/api/admin/unanswered").path("questions")) {
			if (q.path("question").asString().contains("costó organizar")) {
				question = q;
			}
		}
		assertThat(question).isNotNull();
		assertThat(question.path("guesses").size()).isBetween(1, 3);
		assertThat(question.path("guesses").get(0).path("confidence").asDouble()).isBetween(0.0, 1.0);
		String normalised = question.path("normalised").asString();
		String path = "/api/admin/unanswered?normalised="
				+ java.net.URLEncoder.encode(normalised, java.nio.charset.StandardCharsets.UTF_8);

		assertThat(delete(path).statusCode()).isEqualTo(204);
		assertThat(app.admin("/api/admin/unanswered").toString()).doesNotContain("costó organizar");
		assertThat(delete(path).statusCode()).isEqualTo(404);
	}

	@Test
	void theDashboardCountsQuestionsPerDayChannelAndLanguageAndRefusesABadPeriod() {
		app.chat(null, "¿Cuándo fue la reunión?");
		app.chat(null, "When was the meeting?");
		JsonNode stats = app.admin("/api/admin/stats").path("stats");
		assertThat(stats.path("days").size()).isEqualTo(30);
		assertThat(stats.path("questions").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(stats.path("languages").path("en").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(stats.path("topIntents").toString()).contains("meeting_dates");
		assertThat(stats.path("answeredShare").asDouble()).isBetween(0.0, 1.0);
		JsonNode today = stats.path("days").get(29);
		assertThat(today.path("channels").path("web").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(today.path("languages").path("en").asLong()).isGreaterThanOrEqualTo(1);

		HttpResponse<String> backwards = app
			.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/stats?from=2026-12-01&to=2026-11-01"))), true);
		assertThat(backwards.statusCode()).isEqualTo(400);
		HttpResponse<String> notADate = app
			.send(HttpRequest.newBuilder(URI.create(app.url("/api/admin/stats.csv?from=ayer"))), true);
		assertThat(notADate.statusCode()).isEqualTo(400);
		assertThat(notADate.body()).contains("'from' and 'to' are dates");
	}

	private HttpResponse<String> delete(String path) {
		return app.send(HttpRequest.newBuilder(URI.create(app.url(path))).DELETE(), true);
	}

	private void feedback(String json) {
		assertThat(app.postJson("/api/feedback", json).statusCode()).isEqualTo(201);
	}

}
