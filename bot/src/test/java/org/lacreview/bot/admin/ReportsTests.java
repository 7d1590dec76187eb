package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.insights.UnansweredLog;
import org.lacreview.bot.support.RunningApp;
import tools.jackson.databind.JsonNode;

/** What staff read: the questions the bot could not answer, grouped, and the feedback on answers. */
class ReportsTests {

	static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.start();
	}

	@AfterAll
	static void stop() {
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
		// The API's language is a hint: it never makes a plainly Spanish question Portuguese.
		assertThat(first.path("languages").toString()).isEqualTo("[\"es\"]");
		assertThat(first.path("channels").toString()).isEqualTo("[\"web\"]");
		assertThat(first.path("firstSeen").asString()).isLessThanOrEqualTo(first.path("lastSeen").asString());
		assertThat(questions.get(1).path("count").asInt()).isEqualTo(1);
		assertThat(questions.toString()).doesNotContain("Cuándo fue");
	}

	@Test
	void feedbackIsCountedPerIntentWithTheNegativeComments() {
		String messageId = app.chat("fb-1", "¿Quién organizó la reunión?").path("messageId").asString();
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + messageId + "\",\"helpful\":false,\"comment\":\"Falta la CEPAL\"}");
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + messageId + "\",\"helpful\":true}");
		feedback("{\"sessionId\":\"fb-1\",\"messageId\":\"" + messageId + "\",\"helpful\":true}");
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
		assertThat(report.path("comments").get(0).path("comment").asString()).isEqualTo("Falta la CEPAL");
		assertThat(report.path("comments").get(0).path("question").asString()).isEqualTo("¿Quién organizó la reunión?");
	}

	private static void feedback(String json) {
		assertThat(app.postJson("/api/feedback", json).statusCode()).isEqualTo(201);
	}
}
