package org.lacreview.bot.corpus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lacreview.index.TrainedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kept intent models as the early build of the bundled corpus sees them
 * ({@link EarlyBundledCorpus}): that build starts before Spring has a connection pool or
 * has migrated the database, so it reads {@code trained_model} over a connection of its
 * own, opened with the app's datasource settings (no table yet, as on a first start, or
 * no database: nothing found, and the build trains). What it trains is held here until
 * the app hands over its {@link JdbcTrainedModels}, which keeps it and everything after.
 */
final class EarlyTrainedModels implements TrainedModels {

	private static final Logger log = LoggerFactory.getLogger(EarlyTrainedModels.class);

	/**
	 * The datasource settings the early read uses; {@code url} empty when the app has
	 * none.
	 */
	record Database(String url, String username, String password) {

		/**
		 * Says only whether there is one: the password, and a URL that may carry one,
		 * must never reach a log.
		 */
		@Override
		public String toString() {
			return url.isBlank() ? "Database[none]" : "Database[configured]";
		}
	}

	private final Database database;

	private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

	private volatile TrainedModels store;

	EarlyTrainedModels(Database database) {
		this.database = database;
	}

	@Override
	public Optional<byte[]> find(String key) {
		TrainedModels handedOver = store;
		if (handedOver != null) {
			return handedOver.find(key);
		}
		if (database.url().isBlank()) {
			return Optional.empty();
		}
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password());
				PreparedStatement select = connection
					.prepareStatement("select model from trained_model where model_key = ?")) {
			select.setString(1, key);
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					byte[] model = row.getBytes(1);
					log.info("loaded intent model {} ({} KB) instead of training it", JdbcTrainedModels.shortKey(key),
							model.length / 1024);
					return Optional.of(model);
				}
				return Optional.empty();
			}
		}
		catch (SQLException ex) {
			// No table before the first migration, or no database yet: the build trains,
			// as it always did.
			log.debug("no kept intent model to read before start-up: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public synchronized void keep(String key, byte[] model) {
		if (store != null) {
			store.keep(key, model);
		}
		else {
			pending.put(key, model);
		}
	}

	/** From now on models are kept in {@code store}, the ones trained before first. */
	synchronized void handOver(TrainedModels store) {
		pending.forEach(store::keep);
		pending.clear();
		this.store = store;
	}

}
