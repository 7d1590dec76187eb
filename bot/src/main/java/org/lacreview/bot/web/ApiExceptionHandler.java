package org.lacreview.bot.web;

import org.lacreview.bot.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every client mistake into a 4xx problem ({@link Problems}), never a 500 or an
 * HTML page. Spring MVC's own exceptions (unknown path, wrong method, wrong content type,
 * a missing parameter...) go through {@link ResponseEntityExceptionHandler}, so those
 * this class does not word itself still get the same shape. Ordered last: the admin API's
 * handler words its own errors first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex) {
		return Problems.response(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(UnavailableException ex) {
		return Problems.builder(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", ex.getMessage()));
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
		return Problems.builder(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", ex.getMessage()));
	}

	@ExceptionHandler(RequestSizeFilter.BodyTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge() {
		return Problems.response(tooLargeProblem());
	}

	@ExceptionHandler(RequestSizeFilter.BodyTooSlowException.class)
	ResponseEntity<ProblemDetail> tooSlow() {
		return Problems.response(tooSlowProblem());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = unreadable(ex);
		return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(status, "unsupported_media_type",
						"send the body as Content-Type: " + MediaType.APPLICATION_JSON_VALUE),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.of(status, "not_acceptable", "this API answers in " + MediaType.APPLICATION_JSON_VALUE),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String[] supported = ex.getSupportedMethods() == null ? new String[0] : ex.getSupportedMethods();
		return handleExceptionInternal(ex,
				Problems.of(status, "method_not_allowed", "use " + String.join(" or ", supported)), headers, status,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.of(status, "not_found", "no such path: /" + ex.getResourcePath()),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, Problems.of(status, "too_large", "the upload is too large"), headers, status,
				request);
	}

	/**
	 * Every answer of the base class: its problem gets an {@code error} code when the
	 * handler gave none, and the problem's content type whatever the request accepts.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = (body instanceof ProblemDetail given) ? given : Problems.of(status, null, null);
		if (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.ERROR)) {
			problem.setProperty(Problems.ERROR, Problems.code(status));
		}
		// The headers given may be read-only (an exception's own).
		HttpHeaders answer = new HttpHeaders();
		answer.putAll(headers);
		answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, answer, status);
	}

	private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		// The body's cap and deadline fail the read from inside the JSON parser: report
		// them as themselves.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeFilter.BodyTooLargeException) {
				return tooLargeProblem();
			}
			if (cause instanceof RequestSizeFilter.BodyTooSlowException) {
				return tooSlowProblem();
			}
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getPropertyName();
				if (field != null) {
					return Problems.of(HttpStatus.BAD_REQUEST, "bad_request", "'" + field + "' has the wrong type"
							+ (String.class.equals(mismatch.getTargetType()) ? ": it must be a string" : ""));
				}
			}
		}
		return Problems.of(HttpStatus.BAD_REQUEST, "malformed_json",
				"the body must be a JSON object like {\"sessionId\": \"…\", \"message\": \"…\"}");
	}

	private static ProblemDetail tooLargeProblem() {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too_large", "the body is too large");
	}

	private static ProblemDetail tooSlowProblem() {
		return Problems.of(HttpStatus.REQUEST_TIMEOUT, "too_slow", "the body did not arrive in time");
	}

}
