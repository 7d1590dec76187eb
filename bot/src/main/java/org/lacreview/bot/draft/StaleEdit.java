package org.lacreview.bot.draft;

/**
 * An edit made on a copy that changed meanwhile ({@code If-Match} names another version):
 * nothing was changed.
 *
 * @param current what the thing edited holds now, with its current {@code etag}, to show
 * the staff member
 */
public class StaleEdit extends RuntimeException {

	private final transient Object current;

	StaleEdit(String what, Object current) {
		super(what
				+ " was changed by someone else since you opened it: look at the current version and make your change again");
		this.current = current;
	}

	public Object current() {
		return current;
	}

}
