package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The intent classifier is trained only when its estimated peak fits in the heap still
 * free: a corpus of 1,000 intents needs gigabytes in OpenNLP's trainer (a dense table of
 * features × intents), which would run the whole process out of memory; it is then ranked
 * by retrieval alone instead.
 */
class TrainingMemoryTests {

	private static final long HEAP_256_MB = 256L << 20;

	/**
	 * {@code intents} intents of five examples of ten made-up words each (no real text).
	 */
	private static List<Map.Entry<String, List<String>>> samples(int intents) {
		Random random = new Random(11);
		List<Map.Entry<String, List<String>>> samples = new ArrayList<>();
		for (int intent = 0; intent < intents; intent++) {
			for (int example = 0; example < 5; example++) {
				List<String> terms = new ArrayList<>();
				for (int word = 0; word < 10; word++) {
					terms.add("w" + random.nextInt(20_000));
				}
				samples.add(Map.entry("intent" + intent, terms));
			}
		}
		return samples;
	}

	@Test
	void aThousandIntentCorpusIsNotTrainedInA256MegabyteHeap() {
		List<Map.Entry<String, List<String>>> samples = samples(1_000);
		// Within the examples × intents limit: only the memory estimate can refuse it.
		assertThat(5_000L * 1_000).isLessThan(IntentClassifier.MAX_TRAINING_CELLS);
		assertThat(IntentClassifier.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, HEAP_256_MB)).isEmpty();
	}

	@Test
	void aSmallCorpusIsStillTrainedInTheSameHeap() {
		assertThat(IntentClassifier.trainedOn(samples(20), IntentClassifier.MAX_TRAINING_CELLS, HEAP_256_MB))
			.isPresent();
	}

	@Test
	void theEstimateGrowsWithFeaturesTimesIntents() {
		assertThat(IntentClassifier.trainingBytes(100_000, 1_000, 500_000)).isGreaterThan(HEAP_256_MB);
		assertThat(IntentClassifier.trainingBytes(100_000, 1_000, 500_000))
			.isGreaterThan(10 * IntentClassifier.trainingBytes(10_000, 100, 50_000));
	}

}
