package org.lacreview.bot.admin.accounts;

/**
 * An account change with a value that is not valid or a name already taken (HTTP 400);
 * nothing changed.
 */
public class AccountRefused extends IllegalArgumentException {

	AccountRefused(String message) {
		super(message);
	}

}
