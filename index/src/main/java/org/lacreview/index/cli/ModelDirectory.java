package org.lacreview.index.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lacreview.index.TrainedModels;

/**
 * Trained intent models kept as files of one directory, one per key ({@code <key>.bin}):
 * what {@code keep-model} writes for the build to ship in the bot's jar, so a first start
 * on the bundled corpus loads its model instead of training it, and what the bot reads
 * after training a model in a separate process. Reading or writing a file that fails
 * throws {@link UncheckedIOException}.
 */
public final class ModelDirectory implements TrainedModels {

	/** The file name of the model kept under {@code key}. */
	static String fileName(String key) {
		return key + ".bin";
	}

	private final Path directory;

	/**
	 * @param directory where the models are, or are to be written (created on the first
	 * {@link #keep})
	 */
	public ModelDirectory(Path directory) {
		this.directory = directory;
	}

	@Override
	public Optional<byte[]> find(String key) {
		Path file = directory.resolve(fileName(key));
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void keep(String key, byte[] model) {
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(fileName(key)), model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the model to " + directory + ": " + ex.getMessage(), ex);
		}
	}

}
