package org.lacreview.bot.web;

/**
 * Something the request needs is away for now (the database): answered 503 with
 * {@code Retry-After}.
 */
class UnavailableException extends RuntimeException {

	UnavailableException(String message) {
		super(message);
	}

}
