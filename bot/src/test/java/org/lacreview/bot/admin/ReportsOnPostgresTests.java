package org.lacreview.bot.admin;

import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;

/** The reports on a real PostgreSQL server ({@code .ci/postgres}). */
@OnPostgres
class ReportsOnPostgresTests extends ReportsContract {

	@Override
	String[] database() {
		return RunningApp.postgres(TestPostgres.newDatabase());
	}

}
