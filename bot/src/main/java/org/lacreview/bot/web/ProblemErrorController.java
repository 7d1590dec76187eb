package org.lacreview.bot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.problem.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders what reaches the container's error page as a problem too, in place of Spring
 * Boot's {@code BasicErrorController}: an exception nothing handled (500), or a status
 * some component sent with {@code sendError}. The exception's message is not shown: it
 * may tell internals, and the log has it. A client cannot ask for this path directly
 * ({@link ErrorPathFilter}).
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = (code instanceof Integer value && value >= 400) ? HttpStatusCode.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		HttpStatus known = HttpStatus.resolve(status.value());
		String detail = status.is5xxServerError() ? "the server could not answer this request; try again later"
				: (known == null ? "the request was refused" : known.getReasonPhrase());
		return Problems.response(status, null, detail);
	}

}
