package org.lacreview.bot.admin.accounts;

import java.util.Locale;

/**
 * What a staff account may do, each role including the ones before it: an editor edits
 * drafts and tries them, a publisher also publishes, rolls back and forces, an admin also
 * manages accounts. The admin token has every role.
 */
public enum StaffRole {

	EDITOR, PUBLISHER, ADMIN;

	/**
	 * The Spring Security authority, {@code ROLE_EDITOR}…; the hierarchy is in
	 * {@link #HIERARCHY}.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Spring Security's role hierarchy: each role has the authorities of those below it.
	 */
	public static final String HIERARCHY = "ROLE_ADMIN > ROLE_PUBLISHER\nROLE_PUBLISHER > ROLE_EDITOR";

	/**
	 * @throws AccountRefused naming the roles when {@code text} is none of them
	 */
	public static StaffRole parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new AccountRefused("'role' is one of editor, publisher, admin");
		}
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
