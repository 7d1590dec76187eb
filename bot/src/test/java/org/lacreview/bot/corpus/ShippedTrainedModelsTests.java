package org.lacreview.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.support.TestCorpora;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.TrainedModels;
import org.lacreview.index.corpus.CorpusLoader;

class ShippedTrainedModelsTests {

	/** An empty store that records what the build keeps in it. */
	private static final class Recording implements TrainedModels {

		final List<String> kept = new ArrayList<>();

		@Override
		public Optional<byte[]> find(String key) {
			return Optional.empty();
		}

		@Override
		public void keep(String key, byte[] model) {
			kept.add(key);
		}

	}

	@Test
	void theBundledCorpusLoadsTheModelTheBuildShippedInsteadOfTrainingIt() {
		Recording store = new Recording();

		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(Path.of("corpus")), new ShippedTrainedModels(store));

		assertThat(engine.rankedByClassifier()).isTrue();
		assertThat(store.kept).as("nothing trained, so nothing to keep").isEmpty();
	}

	@Test
	void aCorpusWhoseModelWasNotShippedTrainsAndKeepsIt() {
		Recording store = new Recording();

		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(TestCorpora.MINI), new ShippedTrainedModels(store));

		assertThat(engine.rankedByClassifier()).isTrue();
		assertThat(store.kept).hasSize(1);
	}

}
