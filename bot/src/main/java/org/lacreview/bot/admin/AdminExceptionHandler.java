package org.lacreview.bot.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.lacreview.bot.admin.accounts.AccountRefused;
import org.lacreview.bot.admin.accounts.LastAdmin;
import org.lacreview.bot.corpus.PublishRejected;
import org.lacreview.bot.draft.EditRefused;
import org.lacreview.bot.draft.LiveMovedOn;
import org.lacreview.bot.draft.MissingIfMatch;
import org.lacreview.bot.draft.StaleEdit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The admin API's errors as JSON: what was wrong, and for a rejected corpus every error
 * with file and line.
 */
@RestControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
class AdminExceptionHandler {

	@ExceptionHandler(PublishRejected.class)
	ResponseEntity<Map<String, Object>> rejected(PublishRejected ex) {
		Map<String, Object> json = body(HttpStatus.UNPROCESSABLE_CONTENT, "rejected", ex.getMessage());
		json.put("errors", ex.errors());
		json.put("golden", AdminViews.golden(ex.golden()));
		return ResponseEntity.unprocessableContent().body(json);
	}

	/**
	 * An edit on a stale copy: 409 with what the thing holds now, to show the staff
	 * member.
	 */
	@ExceptionHandler(StaleEdit.class)
	ResponseEntity<Map<String, Object>> stale(StaleEdit ex) {
		Map<String, Object> json = body(HttpStatus.CONFLICT, "conflict", ex.getMessage());
		json.put("current", ex.current());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(json);
	}

	@ExceptionHandler(LiveMovedOn.class)
	ResponseEntity<Map<String, Object>> liveMovedOn(LiveMovedOn ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(body(HttpStatus.CONFLICT, "live_changed", ex.getMessage()));
	}

	/**
	 * A value not valid (400), or a change without its {@code If-Match} (428), naming the
	 * field at fault.
	 */
	@ExceptionHandler(EditRefused.class)
	ResponseEntity<Map<String, Object>> refused(EditRefused ex) {
		HttpStatus status = ex instanceof MissingIfMatch ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.BAD_REQUEST;
		Map<String, Object> json = body(status, status == HttpStatus.BAD_REQUEST ? "bad_request" : "if_match_required",
				ex.getMessage());
		json.put("field", ex.field());
		return ResponseEntity.status(status).body(json);
	}

	@ExceptionHandler(AccountRefused.class)
	ResponseEntity<Map<String, Object>> accountRefused(AccountRefused ex) {
		return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage()));
	}

	@ExceptionHandler(LastAdmin.class)
	ResponseEntity<Map<String, Object>> lastAdmin(LastAdmin ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(body(HttpStatus.CONFLICT, "last_admin", ex.getMessage()));
	}

	@ExceptionHandler(AdminBadRequest.class)
	ResponseEntity<Map<String, Object>> badRequest(AdminBadRequest ex) {
		return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage()));
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<Map<String, Object>> notFound(NoSuchElementException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(body(HttpStatus.NOT_FOUND, "not_found", ex.getMessage()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(body(HttpStatus.CONTENT_TOO_LARGE, "too_large", "the upload is too large"));
	}

	@ExceptionHandler(UploadTooLarge.class)
	ResponseEntity<Map<String, Object>> tooLarge(UploadTooLarge ex) {
		// The rest of the body is not read: the connection is closed after this answer
		// rather than drained.
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.header(HttpHeaders.CONNECTION, "close")
			.body(body(HttpStatus.CONTENT_TOO_LARGE, "too_large", ex.getMessage()));
	}

	/** The admin API's error body: {@code {"status", "error", "message"}}. */
	static Map<String, Object> body(HttpStatus status, String code, String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("status", status.value());
		json.put("error", code);
		json.put("message", message);
		return json;
	}

}
