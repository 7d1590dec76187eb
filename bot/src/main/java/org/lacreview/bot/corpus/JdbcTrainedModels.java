package org.lacreview.bot.corpus;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.lacreview.index.TrainedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code trained_model} table: intent models kept by engine builds, so that building
 * a version whose model was trained before (every start after the first, a rollback, a
 * second instance) loads it. Keeps the {@link #KEPT} most recently kept; a database error
 * never fails a build, which then trains.
 */
class JdbcTrainedModels implements TrainedModels {

	/**
	 * How many models are kept: the live version's and those of the versions published
	 * just before it, which a rollback goes back to. About 1.2 MB each for the bundled
	 * corpus.
	 */
	static final int KEPT = 10;

	private static final Logger log = LoggerFactory.getLogger(JdbcTrainedModels.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcTrainedModels(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<byte[]> find(String key) {
		try {
			Optional<byte[]> model = jdbc.sql("select model from trained_model where model_key = :key")
				.param("key", key)
				.query(byte[].class)
				.optional();
			model.ifPresent(m -> log.info("loaded intent model {} ({} KB) instead of training it", shortKey(key),
					m.length / 1024));
			return model;
		}
		catch (DataAccessException ex) {
			log.warn("cannot read kept intent model {}; training it: {}", shortKey(key), ex.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public void keep(String key, byte[] model) {
		try {
			jdbc.sql("insert into trained_model (model_key, model, kept_at) select :key, :model, :at"
					+ " where not exists (select 1 from trained_model where model_key = :key)")
				.param("key", key)
				.param("model", model)
				.param("at", OffsetDateTime.now(clock))
				.update();
			jdbc.sql("delete from trained_model where model_key not in (select model_key from trained_model"
					+ " order by kept_at desc, model_key limit " + KEPT + ")")
				.update();
			log.info("kept intent model {} ({} KB) for the next build of the same examples", shortKey(key),
					model.length / 1024);
		}
		catch (DataAccessException ex) {
			log.warn("cannot keep intent model {}; the next build trains it again: {}", shortKey(key), ex.getMessage());
		}
	}

	/** The first 12 hex digits: enough to tell models apart in a log. */
	static String shortKey(String key) {
		return key.substring(0, Math.min(12, key.length()));
	}

}
