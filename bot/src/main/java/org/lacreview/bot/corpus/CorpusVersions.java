package org.lacreview.bot.corpus;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code corpus_version} and {@code corpus_live} tables. A publish or a change of the
 * live version is on disk when its method returns, so that what staff were told (a
 * {@code 201}) survives the process being killed: on PostgreSQL the commit is
 * (synchronous commit); H2 commits to memory and writes ≈ 0.5 s later (its write delay),
 * so it is checkpointed and synced first. Version ids come from an identity sequence,
 * which only moves forward; no version is ever deleted, so no id is served twice.
 */
class CorpusVersions {

	private static final String COLUMNS = "id, published_at, author, note, sections, intents, examples, languages, golden_passed, golden_total";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final boolean h2;

	/**
	 * @param h2 whether the database is H2, whose commits are durable only after a
	 * checkpoint
	 */
	CorpusVersions(JdbcClient jdbc, TransactionTemplate transactions, boolean h2) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.h2 = h2;
	}

	static boolean isH2(DataSource dataSource) {
		try {
			return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("cannot tell which database the corpus versions are in", ex);
		}
	}

	/** What a new version holds. */
	record NewVersion(String author, String note, byte[] archive, String sha256, int sections, int intents,
			int examples, List<String> languages, Optional<CorpusVersion.GoldenScore> golden) {
	}

	/**
	 * Stores the version and makes it the live one, in one transaction, on disk when this
	 * returns.
	 */
	CorpusVersion publish(NewVersion version, Instant now) {
		CorpusVersion published = transactions.execute(status -> {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into corpus_version (published_at, author, note, archive, archive_sha256, sections, intents,
					    examples, languages, golden_passed, golden_total)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(utc(now), version.author(), version.note(), version.archive(), version.sha256(),
						version.sections(), version.intents(), version.examples(),
						String.join(",", version.languages()),
						version.golden().map(CorpusVersion.GoldenScore::passed).orElse(null),
						version.golden().map(CorpusVersion.GoldenScore::total).orElse(null))
				.update(key, "id");
			long id = key.getKey().longValue();
			pointLiveAt(id, now, version.author(), "publish");
			return find(id).orElseThrow();
		});
		sync();
		return published;
	}

	/**
	 * Points every instance at version {@code id} ({@code by} whom), on disk when this
	 * returns.
	 */
	void makeLive(long id, Instant now, String by) {
		transactions.executeWithoutResult(status -> pointLiveAt(id, now, by, "rollback"));
		sync();
	}

	/**
	 * Moves the live pointer and appends the change to its history, in the caller's
	 * transaction.
	 */
	private void pointLiveAt(long id, Instant now, String by, String reason) {
		int updated = jdbc.sql("update corpus_live set version_id = ?, changed_at = ? where id = 1")
			.params(id, utc(now))
			.update();
		if (updated == 0) {
			jdbc.sql("insert into corpus_live (id, version_id, changed_at) values (1, ?, ?)")
				.params(id, utc(now))
				.update();
		}
		jdbc.sql("insert into corpus_live_history (version_id, changed_at, changed_by, reason) values (?, ?, ?, ?)")
			.params(id, utc(now), by, reason)
			.update();
	}

	/** The live pointer's history, newest first, at most {@code limit} changes. */
	List<LiveChange> history(int limit) {
		return jdbc
			.sql("select version_id, changed_at, changed_by, reason from corpus_live_history order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> new LiveChange(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Writes H2's committed changes to the file and syncs it ({@code CHECKPOINT SYNC});
	 * without it a commit reaches the file only after the write delay, and a kill in
	 * between loses it, with its identity value.
	 */
	private void sync() {
		if (h2) {
			jdbc.sql("checkpoint sync").update();
		}
	}

	Optional<Long> liveId() {
		return jdbc.sql("select version_id from corpus_live where id = 1").query(Long.class).optional();
	}

	Optional<CorpusVersion> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from corpus_version where id = ?")
			.param(id)
			.query(CorpusVersions::version)
			.optional();
	}

	/** Every version, newest first. */
	List<CorpusVersion> all() {
		return jdbc.sql("select " + COLUMNS + " from corpus_version order by id desc")
			.query(CorpusVersions::version)
			.list();
	}

	Optional<byte[]> archive(long id) {
		return jdbc.sql("select archive from corpus_version where id = ?")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * The version that was live before the live one {@code id}: what "roll back" means
	 * without a version named. Read from the live pointer's history, the newest change to
	 * another version; empty when there is none.
	 */
	Optional<Long> previousLive(long id) {
		return jdbc.sql("select version_id from corpus_live_history where version_id <> ? order by id desc limit 1")
			.param(id)
			.query(Long.class)
			.optional();
	}

	Optional<String> sha256(long id) {
		return jdbc.sql("select archive_sha256 from corpus_version where id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	void recordGolden(long id, CorpusVersion.GoldenScore score) {
		jdbc.sql("update corpus_version set golden_passed = ?, golden_total = ? where id = ?")
			.params(score.passed(), score.total(), id)
			.update();
	}

	private static CorpusVersion version(ResultSet rs, int row) throws SQLException {
		int passed = rs.getInt("golden_passed");
		boolean measured = !rs.wasNull();
		int total = rs.getInt("golden_total");
		return new CorpusVersion(rs.getLong("id"), rs.getObject("published_at", OffsetDateTime.class).toInstant(),
				rs.getString("author"), rs.getString("note"), rs.getInt("sections"), rs.getInt("intents"),
				rs.getInt("examples"), Arrays.asList(rs.getString("languages").split(",")),
				measured ? Optional.of(new CorpusVersion.GoldenScore(passed, total)) : Optional.empty());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
