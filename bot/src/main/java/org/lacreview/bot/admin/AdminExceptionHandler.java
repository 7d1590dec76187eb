package org.lacreview.bot.admin;

import java.util.NoSuchElementException;

import org.lacreview.bot.admin.accounts.AccountRefused;
import org.lacreview.bot.admin.accounts.LastAdmin;
import org.lacreview.bot.corpus.PublishRejected;
import org.lacreview.bot.draft.EditRefused;
import org.lacreview.bot.draft.LiveMovedOn;
import org.lacreview.bot.draft.MissingIfMatch;
import org.lacreview.bot.draft.StaleEdit;
import org.lacreview.bot.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The admin API's errors as problems ({@link Problems}): what was wrong, and the members
 * the staff page reads: for a rejected corpus every error with file and line
 * ({@code errors}) and the golden report, for a stale edit what the thing holds now
 * ({@code current}), for a refused value the form field at fault ({@code field}). Ordered
 * before the application-wide handler, which would word an upload too large otherwise.
 */
@RestControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

	@ExceptionHandler(PublishRejected.class)
	ResponseEntity<ProblemDetail> rejected(PublishRejected ex) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "rejected", ex.getMessage());
		problem.setProperty("errors", ex.errors());
		problem.setProperty("golden", AdminViews.golden(ex.golden()));
		return Problems.response(problem);
	}

	/**
	 * An edit on a stale copy: 409 with what the thing holds now, to show the staff
	 * member.
	 */
	@ExceptionHandler(StaleEdit.class)
	ResponseEntity<ProblemDetail> stale(StaleEdit ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", ex.getMessage());
		problem.setProperty("current", ex.current());
		return Problems.response(problem);
	}

	@ExceptionHandler(LiveMovedOn.class)
	ResponseEntity<ProblemDetail> liveMovedOn(LiveMovedOn ex) {
		return Problems.response(HttpStatus.CONFLICT, "live_changed", ex.getMessage());
	}

	/**
	 * A value not valid (400), or a change without its {@code If-Match} (428), naming the
	 * field at fault.
	 */
	@ExceptionHandler(EditRefused.class)
	ResponseEntity<ProblemDetail> refused(EditRefused ex) {
		boolean missingIfMatch = ex instanceof MissingIfMatch;
		ProblemDetail problem = Problems.of(missingIfMatch ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.BAD_REQUEST,
				missingIfMatch ? "if_match_required" : "bad_request", ex.getMessage());
		problem.setProperty("field", ex.field());
		return Problems.response(problem);
	}

	@ExceptionHandler(AccountRefused.class)
	ResponseEntity<ProblemDetail> accountRefused(AccountRefused ex) {
		return Problems.response(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler(LastAdmin.class)
	ResponseEntity<ProblemDetail> lastAdmin(LastAdmin ex) {
		return Problems.response(HttpStatus.CONFLICT, "last_admin", ex.getMessage());
	}

	@ExceptionHandler(AdminBadRequest.class)
	ResponseEntity<ProblemDetail> badRequest(AdminBadRequest ex) {
		return Problems.response(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<ProblemDetail> notFound(NoSuchElementException ex) {
		return Problems.response(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return Problems.response(HttpStatus.CONTENT_TOO_LARGE, "too_large", "the upload is too large");
	}

	@ExceptionHandler(UploadTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(UploadTooLarge ex) {
		// The rest of the body is not read: the connection is closed after this answer
		// rather than drained.
		return Problems.builder(HttpStatus.CONTENT_TOO_LARGE)
			.header(HttpHeaders.CONNECTION, "close")
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too_large", ex.getMessage()));
	}

}
