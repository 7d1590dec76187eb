package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.chat.LiveEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;
import org.lacreview.bot.support.TestCorpora;

/**
 * A publish whose intent model's training does not fit in the serving process's heap
 * (here {@code chatbot.publishing.build-memory=1MB}; with {@code bot/run.sh}'s heap, any
 * change to the examples of the bundled corpus) is trained in a separate JVM: the upload
 * is published, the new version answers with its change, its intents are ranked by the
 * classifier (not by retrieval alone), and the model is kept for the next start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "chatbot.admin.token=" + PublishTrainedInChildTests.TOKEN,
				"chatbot.publishing.build-memory=1MB" })
@DirtiesContext
class PublishTrainedInChildTests {

	static final String TOKEN = "child-training-tests-admin-token-0123456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	LiveEngine live;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublishWhoseTrainingDoesNotFitHereIsTrainedInAChildAndRankedByTheClassifier() throws Exception {
		long modelsBefore = jdbc.sql("select count(*) from trained_model").query(Long.class).single();
		// A new example changes what the model is trained on, so no kept model fits it.
		byte[] zip = CorpusZips.bundled()
			.replace("intents/meeting.yml", TestCorpora.BUNDLED_DATES_ES, TestCorpora.BUNDLED_DATES_ES + " GRANDE-2")
			.replace("intents/meeting.yml", "      - cuando fue el encuentro\n",
					"      - cuando fue el encuentro\n      - en qué días se celebró el encuentro regional\n")
			.zip();
		HttpResponse<String> published = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/corpus?author=test"))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		assertThat(live.version()).isEqualTo(2);
		assertThat(live.current().rankedByClassifier()).isTrue();
		assertThat(jdbc.sql("select count(*) from trained_model").query(Long.class).single())
			.isEqualTo(modelsBefore + 1);
		HttpResponse<String> chat = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(JSON.writeValueAsString(Map.of("message", "¿Cuándo fue la reunión?"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(JSON.readTree(chat.body()).path("answer").asString()).contains("GRANDE-2");
	}

}
