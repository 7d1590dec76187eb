package org.lacreview.bot.draft;

import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;

/**
 * The draft API on a real PostgreSQL server ({@code .ci/postgres}), as several instances
 * run it.
 */
@OnPostgres
class DraftApiOnPostgresTests extends DraftApiContract {

	@Override
	String[] database() {
		return RunningApp.postgres(TestPostgres.newDatabase());
	}

}
