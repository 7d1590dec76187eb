package org.lacreview.bot.draft;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code corpus_draft} table: at most one draft, shared by every staff member and
 * every instance. An edit reads the draft's row with {@code select … for update} and
 * writes it back in one transaction, so two edits (on one instance or two) never
 * interleave: the second sees the first's result.
 */
class DraftStore {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DraftStore(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * The draft as stored: its files, which version it was opened from, its revision (one
	 * more per edit).
	 */
	record Stored(long baseVersion, long revision, Instant createdAt, String createdBy, Instant updatedAt,
			String updatedBy, DraftFiles files) {
	}

	Optional<Stored> find() {
		return jdbc
			.sql("select base_version, revision, created_at, created_by, updated_at, updated_by, archive "
					+ "from corpus_draft where id = 1")
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
					DraftFiles.fromZip(rs.getBytes(7))))
			.optional();
	}

	/** Replaces any draft with {@code files}, opened from version {@code base}. */
	Stored create(long base, DraftFiles files, String by, Instant now) {
		return transactions.execute(status -> {
			long revision = jdbc.sql("select revision from corpus_draft where id = 1")
				.query(Long.class)
				.optional()
				.orElse(0L) + 1;
			jdbc.sql("delete from corpus_draft where id = 1").update();
			jdbc.sql(
					"""
							insert into corpus_draft (id, base_version, archive, revision, created_at, created_by, updated_at, updated_by)
							values (1, ?, ?, ?, ?, ?, ?, ?)""")
				.params(base, files.toZip(), revision, utc(now), by, utc(now), by)
				.update();
			return find().orElseThrow();
		});
	}

	/**
	 * A draft to open when an edit finds none: the version it comes from and its files.
	 */
	record Opening(long baseVersion, DraftFiles files) {
	}

	/** The draft after an edit, and whether the edit opened it. */
	record Edited(Stored stored, boolean opened) {
	}

	/**
	 * Applies {@code edit} to the draft's files under a row lock and stores the result as
	 * the next revision, in one transaction: {@code edit} may throw to change nothing.
	 * When there is no draft, {@code opening} gives the files to edit and the draft is
	 * created with the result (nothing is created if {@code edit} throws). Two first
	 * edits at once both try to create it: the second fails on the key and is applied
	 * again, on the first's.
	 */
	Edited edit(UnaryOperator<DraftFiles> edit, Supplier<Opening> opening, String by, Instant now) {
		try {
			return editOnce(edit, opening, by, now);
		}
		catch (DuplicateKeyException ex) {
			return editOnce(edit, opening, by, now);
		}
	}

	private Edited editOnce(UnaryOperator<DraftFiles> edit, Supplier<Opening> opening, String by, Instant now) {
		return transactions.execute(status -> {
			Optional<byte[]> locked = jdbc.sql("select archive from corpus_draft where id = 1 for update")
				.query((rs, n) -> rs.getBytes(1))
				.optional();
			if (locked.isEmpty()) {
				Opening open = opening.get();
				DraftFiles after = edit.apply(open.files());
				jdbc.sql(
						"insert into corpus_draft (id, base_version, archive, revision, created_at, created_by, updated_at, "
								+ "updated_by) values (1, ?, ?, 1, ?, ?, ?, ?)")
					.params(open.baseVersion(), after.toZip(), utc(now), by, utc(now), by)
					.update();
				return new Edited(find().orElseThrow(), true);
			}
			DraftFiles before = DraftFiles.fromZip(locked.get());
			DraftFiles after = edit.apply(before);
			if (!after.equals(before)) {
				jdbc.sql(
						"update corpus_draft set archive = ?, revision = revision + 1, updated_at = ?, updated_by = ? where id = 1")
					.params(after.toZip(), utc(now), by)
					.update();
			}
			return new Edited(find().orElseThrow(), false);
		});
	}

	/** Deletes the draft; whether there was one. */
	boolean delete() {
		return jdbc.sql("delete from corpus_draft where id = 1").update() > 0;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
