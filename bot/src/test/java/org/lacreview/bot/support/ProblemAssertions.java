package org.lacreview.bot.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every error of the app must be: {@code application/problem+json} with
 * {@code status} equal to the response's, a non-blank {@code title} and {@code detail},
 * and the expected {@code error} code.
 */
public final class ProblemAssertions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAssertions() {
	}

	/**
	 * Asserts that a response is the problem expected.
	 * @param actualStatus the response's status
	 * @param contentType its {@code Content-Type}, "" when it had none
	 * @param body its body
	 * @param status the status expected
	 * @param code the {@code error} code expected
	 */
	public static void assertProblem(int actualStatus, String contentType, String body, int status, String code) {
		assertThat(actualStatus).as(body).isEqualTo(status);
		assertThat(contentType).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(problem.path("error").asString()).isEqualTo(code);
	}

}
