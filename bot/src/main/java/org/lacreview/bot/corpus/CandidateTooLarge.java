package org.lacreview.bot.corpus;

/**
 * A corpus whose build would not fit in the memory allowed for building one (or in the
 * heap still free), found before building it; nothing was built and the live version
 * keeps serving. The message says what it needs and what is allowed.
 */
class CandidateTooLarge extends RuntimeException {

	CandidateTooLarge(String message) {
		super(message);
	}

}
