package org.lacreview.bot.admin;

/** A staff request the admin API cannot act on, with what to change. */
class AdminBadRequest extends RuntimeException {

	AdminBadRequest(String message) {
		super(message);
	}

}
