package org.lacreview.bot.admin.accounts;

/** Staff accounts on H2, the default database. */
class StaffAccountsOnH2Tests extends StaffAccountsContract {

	@Override
	String[] database() {
		return new String[] { "spring.datasource.url=jdbc:h2:mem:accounts-api;DB_CLOSE_DELAY=-1;MODE=PostgreSQL" };
	}

}
