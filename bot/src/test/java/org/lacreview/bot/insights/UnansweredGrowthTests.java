package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;
import org.lacreview.index.Answer;
import org.lacreview.index.Trace;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A flood of fallback questions cannot grow the unanswered-question log without bound: a
 * question asked again adds to a count instead of a row, one client and one channel can
 * add only so many new questions per period, the number of distinct questions kept is
 * capped, texts are cut, and the staff report comes a page at a time.
 */
class UnansweredGrowthTests {

	static final Answer FALLBACK = new Answer("No lo sé.", false, Answer.FALLBACK, 0, "es", List.of(), List.of(),
			new Trace("es", Map.of(), "", List.of(), List.of(), List.of(), "fallback"));

	private static void ask(RunningApp app, Asker asker, String question, int times) {
		UnansweredLog log = app.bean(UnansweredLog.class);
		for (int i = 0; i < times; i++) {
			log.answered(asker, question, FALLBACK);
		}
	}

	/** One web client of many: its own address. */
	private static Asker web(int client) {
		return Asker.web("192.0.2." + client);
	}

	private static int rows(RunningApp app, String where) {
		return app.bean(JdbcClient.class)
			.sql("select count(*) from unanswered_question where " + where)
			.query(Integer.class)
			.single();
	}

	private static int groups(RunningApp app) {
		return app.bean(JdbcClient.class)
			.sql("select count(distinct normalised) from unanswered_question")
			.query(Integer.class)
			.single();
	}

	private static double dropped(RunningApp app, String reason) {
		Counter counter = app.bean(MeterRegistry.class)
			.find("chatbot.unanswered.dropped")
			.tag("reason", reason)
			.counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void aQuestionAskedAgainAddsToItsCountNotARow() throws Exception {
		try (RunningApp app = RunningApp.onMini()) {
			ask(app, web(1), "¿Quién ganó la copa de 1950?", 200);
			app.bean(UnansweredLog.class).flush();
			assertThat(rows(app, "true")).isEqualTo(1);
			assertThat(app.bean(UnansweredLog.class).grouped(10)).singleElement()
				.satisfies(q -> assertThat(q.count()).isEqualTo(200));
		}
	}

	@Test
	void aStoredQuestionIsCutTo300Characters() throws Exception {
		try (RunningApp app = RunningApp.onMini()) {
			ask(app, web(1), "palabra larga ".repeat(70), 1);
			app.bean(UnansweredLog.class).flush();
			assertThat(rows(app, "length(question) <= 300 and length(normalised) <= 300")).isEqualTo(1);
			assertThat(rows(app, "true")).isEqualTo(1);
		}
	}

	@Test
	void oneClientCannotAddMoreNewQuestionsPerPeriodThanItsCapWhileAnotherClientStillCan() throws Exception {
		try (RunningApp app = RunningApp.onMini("chatbot.unanswered.max-new-per-client=20",
				"chatbot.unanswered.max-new-per-channel=50")) {
			for (int i = 0; i < 60; i++) {
				ask(app, web(1), "pregunta de un solo cliente número " + i, 1);
			}
			ask(app, web(2), "pregunta de otro cliente", 1);
			// The same key in another channel is another client.
			ask(app, new Asker("telegram", "192.0.2.1"), "pregunta desde telegram", 1);
			// A question already kept still counts once its client's cap is reached.
			ask(app, web(1), "pregunta de un solo cliente número 3", 1);
			app.bean(UnansweredLog.class).flush();
			assertThat(rows(app, "normalised like 'pregunta de un solo cliente numero %'")).isEqualTo(20);
			assertThat(rows(app, "normalised = 'pregunta de otro cliente'")).isEqualTo(1);
			assertThat(rows(app, "normalised = 'pregunta desde telegram'")).isEqualTo(1);
			assertThat(rows(app, "normalised = 'pregunta de un solo cliente numero 3' and asked = 2")).isEqualTo(1);
			assertThat(dropped(app, "client")).isEqualTo(40);
			assertThat(dropped(app, "rate")).isZero();
		}
	}

	@Test
	void oneChannelCannotAddMoreNewQuestionsPerPeriodThanItsCap() throws Exception {
		try (RunningApp app = RunningApp.onMini("chatbot.unanswered.max-new-per-channel=20")) {
			// Each from its own client: the channel's cap is the backstop when many
			// clients ask at once.
			for (int i = 0; i < 60; i++) {
				ask(app, web(i), "pregunta inventada número " + i, 1);
			}
			ask(app, new Asker("telegram", "tg#0123456789abcdef"), "otra pregunta de telegram", 1);
			// A question already kept still counts once the channel's cap is reached.
			ask(app, web(3), "pregunta inventada número 3", 1);
			app.bean(UnansweredLog.class).flush();
			assertThat(rows(app, "channel = 'web'")).isEqualTo(20);
			assertThat(rows(app, "channel = 'telegram'")).isEqualTo(1);
			assertThat(rows(app, "normalised = 'pregunta inventada numero 3' and asked = 2")).isEqualTo(1);
			assertThat(dropped(app, "rate")).isEqualTo(40);
			assertThat(dropped(app, "client")).isZero();
		}
	}

	@Test
	void onceTheDistinctQuestionsAreAtTheirCapNewOnesAreDroppedAndCountedWhileKnownOnesStillCount() throws Exception {
		try (RunningApp app = RunningApp.onMini("chatbot.unanswered.max-groups=30")) {
			for (int i = 0; i < 100; i++) {
				ask(app, new Asker(i % 2 == 0 ? "web" : "telegram", "client-" + i), "pregunta distinta número " + i, 1);
			}
			ask(app, web(1), "pregunta distinta número 0", 1);
			app.bean(UnansweredLog.class).flush();
			assertThat(rows(app, "true")).isEqualTo(30);
			assertThat(rows(app, "true")).isEqualTo(groups(app));
			assertThat(rows(app, "normalised = 'pregunta distinta numero 0' and asked = 2")).isEqualTo(1);
			assertThat(dropped(app, "groups")).isEqualTo(70);
		}
	}

	@Test
	void theReportComesAPageAtATimeWithTheTotal() throws Exception {
		try (RunningApp app = RunningApp.onMini()) {
			pageThroughTheReport(app);
		}
	}

	@OnPostgres
	@Test
	void theReportComesAPageAtATimeOnPostgreSql() throws Exception {
		try (RunningApp app = RunningApp.onMini(RunningApp.postgres(TestPostgres.newDatabase()))) {
			pageThroughTheReport(app);
			ask(app, web(1), "¿Quién ganó la copa de 1950?", 30);
			app.bean(UnansweredLog.class).flush();
			assertThat(app.bean(UnansweredLog.class).grouped(1)).singleElement()
				.satisfies(q -> assertThat(q.count()).isEqualTo(30));
			assertThat(rows(app, "normalised = 'quien gano la copa de 1950'")).isEqualTo(1);
		}
	}

	private static void pageThroughTheReport(RunningApp app) throws Exception {
		for (int times = 1; times <= 5; times++) {
			ask(app, web(times), "pregunta repetida " + times + " veces", times);
		}
		app.bean(UnansweredLog.class).flush();
		JsonNode page = app.admin("/api/admin/unanswered?limit=2&offset=2");
		assertThat(page.path("questions")).extracting(q -> q.path("normalised").asString())
			.containsExactly("pregunta repetida 3 veces", "pregunta repetida 2 veces");
		assertThat(page.path("total").asInt()).isEqualTo(groups(app));
		assertThat(page.path("offset").asInt()).isEqualTo(2);
		assertThat(page.path("limit").asInt()).isEqualTo(2);
		HttpResponse<String> bad = app
			.send(HttpRequest.newBuilder(java.net.URI.create(app.url("/api/admin/unanswered?offset=-1"))), true);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(JsonMapper.builder().build().readTree(bad.body()).path("error").asString()).isEqualTo("bad_request");
	}

}
