package org.lacreview.bot.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every client mistake into a 4xx with an {@link ApiError} body, never a 500 or an
 * HTML page.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ApiError> badRequest(BadRequestException ex) {
		return error(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<ApiError> unavailable(UnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "30")
			.body(new ApiError(503, "unavailable", ex.getMessage()));
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ApiError> rateLimited(RateLimitedException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(ex.retryAfterSeconds()))
			.body(new ApiError(429, "rate_limited", ex.getMessage()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		// The body's cap and deadline fail the read from inside the JSON parser: report
		// them as themselves.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeFilter.BodyTooLargeException) {
				return tooLarge();
			}
			if (cause instanceof RequestSizeFilter.BodyTooSlowException) {
				return tooSlow();
			}
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getPropertyName();
				if (field != null) {
					return error(HttpStatus.BAD_REQUEST, "bad_request", "'" + field + "' has the wrong type"
							+ (String.class.equals(mismatch.getTargetType()) ? ": it must be a string" : ""));
				}
			}
		}
		return error(HttpStatus.BAD_REQUEST, "malformed_json",
				"the body must be a JSON object like {\"sessionId\": \"…\", \"message\": \"…\"}");
	}

	@ExceptionHandler(RequestSizeFilter.BodyTooLargeException.class)
	ResponseEntity<ApiError> tooLarge() {
		return error(HttpStatus.CONTENT_TOO_LARGE, "too_large", "the body is too large");
	}

	@ExceptionHandler(RequestSizeFilter.BodyTooSlowException.class)
	ResponseEntity<ApiError> tooSlow() {
		return error(HttpStatus.REQUEST_TIMEOUT, "too_slow", "the body did not arrive in time");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> unsupported(HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
				"send the body as Content-Type: application/json");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return error(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "this API answers in application/json");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "use "
				+ String.join(" or ", ex.getSupportedMethods() == null ? new String[0] : ex.getSupportedMethods()));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> notFound(NoResourceFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "not_found", "no such path: /" + ex.getResourcePath());
	}

	private static ResponseEntity<ApiError> error(HttpStatusCode status, String code, String message) {
		return ResponseEntity.status(status).body(new ApiError(status.value(), code, message));
	}

}
