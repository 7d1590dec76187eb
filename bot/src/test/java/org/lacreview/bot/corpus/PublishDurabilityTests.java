package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A publish or a rollback is on disk when {@link CorpusVersions} returns (before the API
 * answers 201 or 200): H2's {@code SHUTDOWN IMMEDIATELY} closes the file as a killed
 * process would, dropping what is not written yet, and the version must still be there,
 * live, with the next id higher. The whole app killed in a child JVM is
 * {@link PublishCrashTests}.
 */
class PublishDurabilityTests {

	private static CorpusVersions.NewVersion version(String note) {
		return new CorpusVersions.NewVersion("test", note, new byte[] { 1, 2, 3 }, "sha", 1, 2, 3, List.of("es"),
				Optional.empty());
	}

	/**
	 * Kept open until killed, as the app's pool keeps it (H2 writes everything when its
	 * last connection closes).
	 */
	private static SimpleDriverDataSource database(Path dir) {
		return new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:file:" + dir.resolve("chatbot").toAbsolutePath()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
	}

	private static CorpusVersions versions(SimpleDriverDataSource dataSource) {
		return new CorpusVersions(JdbcClient.create(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), CorpusVersions.isH2(dataSource));
	}

	private static void kill(SimpleDriverDataSource dataSource) {
		JdbcClient.create(dataSource).sql("shutdown immediately").update();
	}

	@Test
	void aPublishedVersionSurvivesACrashRightAfterItAndItsIdIsNotReused(@TempDir Path dir) {
		SimpleDriverDataSource before = database(dir);
		Flyway.configure().dataSource(before).load().migrate();
		// Written to disk by a checkpoint: what happened before the publish is not what
		// is tested.
		JdbcClient.create(before).sql("checkpoint sync").update();
		long published = versions(before).publish(version("upload"), Instant.now()).id();
		kill(before);

		CorpusVersions after = versions(database(dir));
		assertThat(after.find(published)).isPresent();
		assertThat(after.liveId()).contains(published);
		assertThat(after.publish(version("next"), Instant.now()).id()).isGreaterThan(published);
	}

	@Test
	void aRollbackSurvivesACrashRightAfterIt(@TempDir Path dir) {
		SimpleDriverDataSource before = database(dir);
		Flyway.configure().dataSource(before).load().migrate();
		CorpusVersions versions = versions(before);
		long first = versions.publish(version("first"), Instant.now()).id();
		versions.publish(version("second"), Instant.now());
		JdbcClient.create(before).sql("checkpoint sync").update();
		versions.makeLive(first, Instant.now(), "test");
		kill(before);

		assertThat(versions(database(dir)).liveId()).contains(first);
	}

}
