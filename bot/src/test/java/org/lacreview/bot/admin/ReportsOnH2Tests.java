package org.lacreview.bot.admin;

/** The reports on H2, the default database. */
class ReportsOnH2Tests extends ReportsContract {

	@Override
	String[] database() {
		return new String[] { "spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1;MODE=PostgreSQL" };
	}

}
