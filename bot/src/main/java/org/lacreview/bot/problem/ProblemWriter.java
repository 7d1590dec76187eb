package org.lacreview.bot.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter, which answers before Spring MVC (and its
 * message converters) sees the request: with the application's {@link JsonMapper}, which
 * Spring Boot configures to write {@link ProblemDetail} as RFC 9457 does, so a filter's
 * refusal is the same JSON as a controller's.
 */
public class ProblemWriter {

	private final JsonMapper json;

	/**
	 * @param json the application's mapper, configured for {@link ProblemDetail}
	 */
	public ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Answers with the problem {@link Problems#of} builds; headers already set (such as
	 * {@code Retry-After}) are kept.
	 * @param response the response, not yet committed
	 * @param status the HTTP status
	 * @param error the short code
	 * @param detail what is wrong, for a person
	 * @throws IOException when the client has gone
	 */
	public void write(HttpServletResponse response, int status, String error, String detail) throws IOException {
		write(response, Problems.of(HttpStatusCode.valueOf(status), error, detail));
	}

	/**
	 * Answers with a problem.
	 * @param response the response, not yet committed
	 * @param problem the problem, whose status the response takes
	 * @throws IOException when the client has gone
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		byte[] body = json.writeValueAsBytes(problem);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
