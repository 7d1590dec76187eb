package org.lacreview.bot.admin.accounts;

/**
 * A change that would leave no enabled admin account, so nobody could manage accounts
 * again (HTTP 409).
 */
public class LastAdmin extends RuntimeException {

	LastAdmin() {
		super("this is the last enabled admin account: make another account admin first");
	}

}
