package org.lacreview.bot.draft;

/** The draft API on H2, the default database. */
class DraftApiOnH2Tests extends DraftApiContract {

	@Override
	String[] database() {
		return new String[] { "spring.datasource.url=jdbc:h2:mem:draft-api;DB_CLOSE_DELAY=-1;MODE=PostgreSQL" };
	}

}
