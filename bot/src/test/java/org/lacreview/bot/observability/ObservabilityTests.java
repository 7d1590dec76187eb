package org.lacreview.bot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.RunningApp;

/**
 * Health is public with liveness and readiness; metrics need the admin token and count
 * what the issue lists.
 */
class ObservabilityTests {

	static RunningApp app;

	@BeforeAll
	static void start() {
		app = RunningApp.onMini("chatbot.rate-limit.per-session=2");
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	private static HttpResponse<String> get(String path, boolean admin) {
		return app.send(HttpRequest.newBuilder(URI.create(app.url(path))), admin);
	}

	@Test
	void healthLivenessAndReadinessArePublicAndReadinessIncludesTheCorpus() {
		HttpResponse<String> health = get("/actuator/health", false);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/liveness", false).body()).contains("UP");
		HttpResponse<String> readiness = get("/actuator/health/readiness", false);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("UP");
	}

	@Test
	void prometheusNeedsTheAdminToken() {
		assertThat(get("/actuator/prometheus", false).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/metrics", false).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", true).statusCode()).isEqualTo(200);
	}

	@Test
	void prometheusCountsQuestionsByOutcomeLatencyRateLimitsAndTheCorpusVersion() {
		app.chat("obs-1", "¿Cuándo fue la reunión?");
		app.chat("obs-1", "¿Cuál es la capital de Francia?");
		app.chat("obs-1", "¿y el 27?");
		String metrics = get("/actuator/prometheus", true).body();
		assertThat(metrics)
			.containsPattern("chatbot_questions_total\\{[^}]*channel=\"web\"[^}]*outcome=\"answered\"[^}]*\\} [1-9]");
		assertThat(metrics).containsPattern("chatbot_questions_total\\{[^}]*outcome=\"fallback\"[^}]*\\} [1-9]");
		assertThat(metrics).contains("chatbot_answer_latency_seconds_bucket");
		assertThat(metrics).containsPattern("chatbot_rate_limited_total(\\{[^}]*\\})? [1-9]");
		assertThat(metrics).containsPattern("chatbot_corpus_version(\\{[^}]*\\})? 1");
	}

	@Test
	void prometheusCountsErrorResponsesByStatusAndEndpoint() {
		app.postJson("/api/chat", "{\"message\": ");
		app.postJson("/api/chat", "{\"message\": \"" + "a".repeat(70_000) + "\"}");
		get("/api/admin/corpus", false);
		get("/no/such/page", false);

		String metrics = get("/actuator/prometheus", true).body();

		assertThat(metrics).containsPattern(
				"chatbot_http_errors_total\\{[^}]*endpoint=\"/api/chat\"[^}]*status=\"400\"[^}]*\\} [1-9]");
		assertThat(metrics).containsPattern(
				"chatbot_http_errors_total\\{[^}]*endpoint=\"/api/chat\"[^}]*status=\"413\"[^}]*\\} [1-9]");
		assertThat(metrics).containsPattern(
				"chatbot_http_errors_total\\{[^}]*endpoint=\"/api/admin\"[^}]*status=\"401\"[^}]*\\} [1-9]");
		assertThat(metrics)
			.containsPattern("chatbot_http_errors_total\\{[^}]*endpoint=\"other\"[^}]*status=\"404\"[^}]*\\} [1-9]");
		assertThat(metrics).doesNotContain("http_server_requests");
	}

}
