package org.lacreview.bot.web;

/** A request the API refuses with 400 and the message shown to the caller. */
class BadRequestException extends RuntimeException {

	BadRequestException(String message) {
		super(message);
	}

}
