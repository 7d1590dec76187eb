package org.lacreview.bot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.lacreview.index.TrainedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kept intent models, and behind them the one the build ships in the jar: the bundled
 * corpus's model, trained by {@code Cli keep-model} while the bot is built
 * ({@code bot/pom.xml}) and found under {@code trained-models/<key>.bin} on the class
 * path. A first start on the bundled corpus then loads it instead of training (seconds of
 * CPU); a corpus whose examples differ has another key and trains as before. Models are
 * kept in {@code kept} only.
 */
final class ShippedTrainedModels implements TrainedModels {

	private static final Logger log = LoggerFactory.getLogger(ShippedTrainedModels.class);

	private static final String FOLDER = "trained-models/";

	private final TrainedModels kept;

	ShippedTrainedModels(TrainedModels kept) {
		this.kept = kept;
	}

	@Override
	public Optional<byte[]> find(String key) {
		return kept.find(key).or(() -> shipped(key));
	}

	private static Optional<byte[]> shipped(String key) {
		try (InputStream in = ShippedTrainedModels.class.getClassLoader().getResourceAsStream(FOLDER + key + ".bin")) {
			if (in == null) {
				return Optional.empty();
			}
			byte[] model = in.readAllBytes();
			log.info("loaded intent model {} ({} KB) shipped with the build instead of training it",
					JdbcTrainedModels.shortKey(key), model.length / 1024);
			return Optional.of(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void keep(String key, byte[] model) {
		kept.keep(key, model);
	}

}
