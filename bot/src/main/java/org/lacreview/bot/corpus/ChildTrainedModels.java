package org.lacreview.bot.corpus;

import java.nio.file.Path;
import java.util.Optional;

import org.lacreview.index.TrainedModels;
import org.lacreview.index.TrainingCost;
import org.lacreview.index.cli.ModelDirectory;

/**
 * The models kept, and for a model not kept one trained by a {@link ChildTraining} on the
 * corpus being built, kept in turn: the engine's build then loads it as it loads a model
 * trained before. Used for one build; the child runs at most once. When it fails, nothing
 * is found and the engine trains in this process if the heap allows, or ranks by
 * retrieval alone.
 */
final class ChildTrainedModels implements TrainedModels {

	private final TrainedModels kept;

	private final ChildTraining training;

	private final Path corpus;

	private final TrainingCost cost;

	private boolean trained;

	ChildTrainedModels(TrainedModels kept, ChildTraining training, Path corpus, TrainingCost cost) {
		this.kept = kept;
		this.training = training;
		this.corpus = corpus;
		this.cost = cost;
	}

	@Override
	public Optional<byte[]> find(String key) {
		return kept.find(key).or(() -> trainedInChild(key));
	}

	private synchronized Optional<byte[]> trainedInChild(String key) {
		if (trained) {
			return Optional.empty();
		}
		trained = true;
		Optional<Path> out = training.train(corpus, cost);
		try {
			Optional<byte[]> model = out.flatMap(dir -> new ModelDirectory(dir).find(key));
			model.ifPresent(bytes -> kept.keep(key, bytes));
			return model;
		}
		finally {
			out.ifPresent(CandidateBuilder::delete);
		}
	}

	@Override
	public void keep(String key, byte[] model) {
		kept.keep(key, model);
	}

}
