package org.lacreview.index;

import java.util.Optional;

/**
 * Where trained intent models are kept between builds, so that building the engine of a
 * corpus whose model was trained before loads it instead of training again (training is
 * about a third of the CPU a start takes; see BENCHMARKS.md "Fast and light"). A model is
 * found by a key that names everything it was trained from: the analysed, masked examples
 * with their intents, the training parameters and the OpenNLP version (see
 * {@link IntentClassifier#modelKey}). A corpus whose examples, language files or analysis
 * change gets a new key and is trained again. Implementations must be safe to call from
 * several threads.
 */
public interface TrainedModels {

	/**
	 * The model kept under {@code key}, as {@link #keep} was given it; empty when there
	 * is none, or when it cannot be read now (the engine then trains).
	 */
	Optional<byte[]> find(String key);

	/**
	 * Keeps {@code model} under {@code key}; a failure to keep it must not fail the build
	 * (it is only slower next time).
	 */
	void keep(String key, byte[] model);

	/** Keeps nothing: every build trains (tests, the command line, benchmarks). */
	static TrainedModels none() {
		return new TrainedModels() {
			@Override
			public Optional<byte[]> find(String key) {
				return Optional.empty();
			}

			@Override
			public void keep(String key, byte[] model) {
				// Nothing is kept.
			}
		};
	}

}
