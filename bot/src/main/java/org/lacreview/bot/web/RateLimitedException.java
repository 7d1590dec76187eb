package org.lacreview.bot.web;

/** A request over its client's limit: answered 429 with {@code Retry-After}. */
class RateLimitedException extends RuntimeException {

	private final long retryAfterSeconds;

	RateLimitedException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
