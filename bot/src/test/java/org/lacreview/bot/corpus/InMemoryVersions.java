package org.lacreview.bot.corpus;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A version store on a new in-memory H2 database in PostgreSQL mode, migrated as the bot
 * migrates its own: for tests of the publisher without Spring.
 */
final class InMemoryVersions {

	private InMemoryVersions() {
	}

	/**
	 * A new, empty store; {@code name} only helps tell the databases apart in a trace.
	 */
	static CorpusVersions create(String name) {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new CorpusVersions(JdbcClient.create(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), true);
	}

}
