package org.lacreview.bot.draft;

/**
 * An edit that cannot be made as sent (HTTP 400): a field's value is not valid.
 *
 * @param field the form field at fault ({@code "examples.es"}, {@code "language"},
 * {@code "name"})
 */
public class EditRefused extends RuntimeException {

	private final String field;

	EditRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
