package org.lacreview.bot.admin;

import org.lacreview.bot.admin.accounts.StaffAccounts;
import org.lacreview.bot.admin.accounts.StaffRole;
import org.lacreview.bot.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * On a start that finds no staff account, creates the first admin from
 * {@code CHATBOT_ADMIN_USER} and {@code CHATBOT_ADMIN_PASSWORD}. Once any account exists
 * the variables are not read again: the password is changed on the page, and an old value
 * left in the environment cannot bring a deleted account back.
 */
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AdminSettings settings;

	private final StaffAccounts accounts;

	private final AuditLog audit;

	FirstAdmin(AdminSettings settings, StaffAccounts accounts, AuditLog audit) {
		this.settings = settings;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!settings.firstAdmin() || accounts.any()) {
			return;
		}
		try {
			accounts.create(settings.user(), settings.password(), StaffRole.ADMIN);
			audit.record("environment", "account.create", settings.user(), "created the first admin account");
			log.info("created the first staff admin account from CHATBOT_ADMIN_USER");
		}
		catch (IllegalArgumentException ex) {
			// Another instance created it at the same moment, or the name is not valid:
			// say which, and go on.
			log.warn("the first admin account was not created: {}", ex.getMessage());
		}
	}

}
