package org.lacreview.bot;

/**
 * A secret setting that is set but too short to resist guessing. Thrown while the
 * settings are bound, so the app refuses to start; {@code SecretTooShortFailureAnalyzer}
 * turns it into a plain report. The message names the setting and the lengths, never the
 * value.
 */
public final class SecretTooShortException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String advice;

	/**
	 * @param variable the environment variable that sets it, e.g.
	 * {@code CHATBOT_ADMIN_TOKEN}
	 * @param property the property it binds to, e.g. {@code chatbot.admin.token}
	 * @param length the length of the value given, in characters
	 * @param minimum the least length accepted, in characters
	 * @param advice what to do about it, one or two sentences
	 */
	public SecretTooShortException(String variable, String property, int length, int minimum, String advice) {
		super(variable + " (" + property + ") is " + length + " characters long; it must be at least " + minimum
				+ " characters, so that it cannot be guessed.");
		this.advice = advice;
	}

	String advice() {
		return advice;
	}

}
