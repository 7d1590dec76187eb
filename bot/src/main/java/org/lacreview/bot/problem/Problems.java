package org.lacreview.bot.problem;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the app's error body: {@code status}, {@code title} (the status's reason
 * phrase), {@code detail} (what is wrong, for a person) and {@code error} (a short code
 * that pages and scripts test, such as {@code rate_limited}), plus any member a page
 * reads ({@code field}, {@code current}, {@code errors}...).
 */
public final class Problems {

	/** The member holding the short code. */
	public static final String ERROR = "error";

	private Problems() {
	}

	/**
	 * A problem with its code and detail.
	 * @param status the HTTP status
	 * @param error the short code ({@code bad_request}); when null, the reason phrase in
	 * snake case
	 * @param detail what is wrong, for a person
	 * @return the problem, to add members to
	 */
	public static ProblemDetail of(HttpStatusCode status, String error, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known == null ? "HTTP " + status.value() : known.getReasonPhrase());
		problem.setProperty(ERROR, error == null ? code(status) : error);
		return problem;
	}

	/**
	 * The response carrying a problem, always as {@code application/problem+json}
	 * whatever the request accepts: an error is never turned into a 406.
	 * @param problem the problem, whose status the response takes
	 * @return the response
	 */
	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return builder(HttpStatusCode.valueOf(problem.getStatus())).body(problem);
	}

	/**
	 * The response carrying the problem {@link #of(HttpStatusCode, String, String)}
	 * builds.
	 * @param status the HTTP status
	 * @param error the short code
	 * @param detail what is wrong, for a person
	 * @return the response
	 */
	public static ResponseEntity<ProblemDetail> response(HttpStatusCode status, String error, String detail) {
		return response(of(status, error, detail));
	}

	/**
	 * A response builder with the status and the problem's content type, to add headers
	 * ({@code Retry-After}) to.
	 * @param status the HTTP status
	 * @return the builder
	 */
	public static ResponseEntity.BodyBuilder builder(HttpStatusCode status) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/**
	 * The default code of a status: its reason phrase in snake case
	 * ({@code method_not_allowed}), {@code http_<status>} for a status without one.
	 * @param status the HTTP status
	 * @return the code
	 */
	public static String code(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return "http_" + status.value();
		}
		return known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
	}

}
