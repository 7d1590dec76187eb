package org.lacreview.bot.admin.accounts;

import org.lacreview.bot.support.OnPostgres;
import org.lacreview.bot.support.RunningApp;
import org.lacreview.bot.support.TestPostgres;

/** Staff accounts on a real PostgreSQL server ({@code .ci/postgres}). */
@OnPostgres
class StaffAccountsOnPostgresTests extends StaffAccountsContract {

	@Override
	String[] database() {
		return RunningApp.postgres(TestPostgres.newDatabase());
	}

}
