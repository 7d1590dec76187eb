package org.lacreview.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Version;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * OpenNLP's maximum-entropy document categorizer (words and word pairs, trained by L-BFGS
 * with an L2 penalty), trained at start-up on the corpus examples (analysed and
 * entity-masked, so "ent_group" stands for every stakeholder group). Categorizer
 * instances are not thread-safe, so each thread gets its own over the shared, immutable
 * model.
 */
final class IntentClassifier {

	/**
	 * The most examples × intents trained on. OpenNLP's trainers keep dense tables of
	 * features × intents and each iteration goes over examples × intents; measured with
	 * its GIS trainer (before L-BFGS, whose memory {@link #trainingBytes} estimates): the
	 * bundled corpus has ≈ 70,000 cells (1 s), ten times its size ≈ 6.3 million (≈ 110 MB
	 * and 30 s), thirty times ≈ 56 million (1 GB, 4 minutes), and a hundred times needs
	 * 11 GB. Beyond this limit the classifier is not trained and intents are ranked by
	 * retrieval alone (on the golden set of the bundled corpus: 91 % right instead of 95
	 * %).
	 */
	static final long MAX_TRAINING_CELLS = 10_000_000;

	/**
	 * The L2 penalty on the weights. Chosen with the AskUbuntu benchmark and the bundled
	 * corpus's golden and cross-validation figures: 0.3 and more make every probability
	 * so flat that right answers fall under the threshold; 0.003 and less let single
	 * words decide again (more confident wrong answers).
	 */
	static final double L2_COST = 0.01;

	/** L-BFGS iterations. */
	static final int ITERATIONS = 60;

	/**
	 * How many past updates L-BFGS keeps, each two vectors of features × intents
	 * (OpenNLP's default).
	 */
	private static final int LBFGS_HISTORY = 15;

	/**
	 * OpenNLP's language code of the model: the examples are in several languages,
	 * analysed per language.
	 */
	private static final String LANGUAGE = "xx";

	static {
		// OpenNLP re-creates a model's feature generators by class name, only from
		// packages it is told to trust.
		ExtensionLoader.registerAllowedPackage(CharacterTrigramFeatures.class.getPackageName());
	}

	/**
	 * What the classifier's features are made of: the terms and their pairs, and, when a
	 * corpus sets {@code character_trigrams: true}, the character trigrams of each term
	 * ({@link CharacterTrigramFeatures}).
	 */
	enum Features {

		WORDS, WORDS_AND_CHARACTER_TRIGRAMS;

		static Features of(boolean characterTrigrams) {
			return characterTrigrams ? WORDS_AND_CHARACTER_TRIGRAMS : WORDS;
		}

	}

	private final DoccatModel model;

	private final ThreadLocal<DocumentCategorizerME> categorizer;

	/**
	 * A classifier trained on the samples, or none when the corpus is too large to train
	 * one (more than {@code maxCells} examples × intents, or an estimated peak beyond the
	 * heap still free).
	 * @param samples intent name and analysed terms of each example
	 */
	static Optional<IntentClassifier> trainedOn(List<Map.Entry<String, List<String>>> samples, long maxCells) {
		return trainedOn(samples, maxCells, TrainedModels.none(), Features.WORDS);
	}

	/**
	 * As {@link #trainedOn(List, long)} with the given features, loading the model from
	 * {@code models} when it holds one for these samples and features (see
	 * {@link #modelKey}), and keeping a model it trains there. A kept model that cannot
	 * be read is trained again and replaced.
	 */
	static Optional<IntentClassifier> trainedOn(List<Map.Entry<String, List<String>>> samples, long maxCells,
			TrainedModels models, Features features) {
		String key = modelKey(samples, features);
		Optional<IntentClassifier> loaded = models.find(key).flatMap(bytes -> fromModel(bytes, features));
		if (loaded.isPresent()) {
			return loaded;
		}
		Runtime runtime = Runtime.getRuntime();
		Optional<IntentClassifier> trained = trainedOn(samples, maxCells,
				runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()), features);
		trained.ifPresent(classifier -> models.keep(key, classifier.model()));
		return trained;
	}

	/**
	 * The key of the model trained on {@code samples} with the given features: the
	 * SHA-256, in hex (64 characters), of the OpenNLP version, every training parameter,
	 * the features and each sample's intent and terms in order. Two corpora with the same
	 * analysed examples and settings share a model; anything that changes what training
	 * would produce changes the key.
	 */
	static String modelKey(List<Map.Entry<String, List<String>>> samples, Features features) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			StringBuilder text = new StringBuilder("opennlp ").append(Version.currentVersion())
				.append(' ')
				.append(QNTrainer.MAXENT_QN_VALUE)
				.append(" l2 ")
				.append(L2_COST)
				.append(" iterations ")
				.append(ITERATIONS)
				.append(" history ")
				.append(LBFGS_HISTORY)
				.append(" features words+bigrams")
				.append(features == Features.WORDS ? "" : "+character trigrams")
				.append(" cutoff 0\n");
			for (Map.Entry<String, List<String>> sample : samples) {
				text.append(sample.getKey()).append('\t').append(String.join(" ", sample.getValue())).append('\n');
			}
			return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The trained model in OpenNLP's own format (a zip), as {@link #fromModel} reads it.
	 */
	byte[] model() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			model.serialize(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The classifier of a model {@link #model} wrote, trained with {@code features};
	 * empty when the bytes are not such a model.
	 */
	static Optional<IntentClassifier> fromModel(byte[] bytes, Features features) {
		try {
			// Only the trained weights are taken from the bytes; the features are always
			// made by this class's
			// generators, whatever the stored model's manifest says.
			DoccatModel read = new DoccatModel(new ByteArrayInputStream(bytes));
			return Optional.of(new IntentClassifier(
					new DoccatModel(LANGUAGE, read.getMaxentModel(), Map.of(), factory(features))));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * As {@link #trainedOn(List, long)}, and also none when the training's estimated peak
	 * (see {@link #trainingBytes}) exceeds {@code availableBytes}: running out of heap
	 * while training would also stop every other thread of the process (the live bot's
	 * among them), and ranking by retrieval alone still answers.
	 */
	static Optional<IntentClassifier> trainedOn(List<Map.Entry<String, List<String>>> samples, long maxCells,
			long availableBytes) {
		return trainedOn(samples, maxCells, availableBytes, Features.WORDS);
	}

	private static Optional<IntentClassifier> trainedOn(List<Map.Entry<String, List<String>>> samples, long maxCells,
			long availableBytes, Features features) {
		long intents = samples.stream().map(Map.Entry::getKey).distinct().count();
		if (samples.size() * intents > maxCells) {
			return Optional.empty();
		}
		Set<String> distinct = new HashSet<>();
		long occurrences = 0;
		CharacterTrigramFeatures trigrams = new CharacterTrigramFeatures();
		for (Map.Entry<String, List<String>> sample : samples) {
			List<String> terms = sample.getValue();
			for (int i = 0; i < terms.size(); i++) {
				distinct.add(terms.get(i));
				if (i > 0) {
					distinct.add(terms.get(i - 1) + ' ' + terms.get(i));
				}
			}
			occurrences += Math.max(0, 2L * terms.size() - 1);
			if (features == Features.WORDS_AND_CHARACTER_TRIGRAMS) {
				var pieces = trigrams.extractFeatures(terms.toArray(String[]::new), Map.of());
				distinct.addAll(pieces);
				occurrences += pieces.size();
			}
		}
		if (trainingBytes(distinct.size(), intents, occurrences) > availableBytes) {
			return Optional.empty();
		}
		return Optional.of(new IntentClassifier(samples, features));
	}

	/**
	 * The estimated peak heap, in bytes, of training on {@code features} distinct
	 * features (words and word pairs), {@code intents} outcomes and {@code occurrences}
	 * feature occurrences in all examples. OpenNLP's L-BFGS trainer works on dense
	 * vectors of features × intents doubles: the parameters, the gradient, a few for the
	 * line search, and two per remembered update; plus a label and index entry per
	 * feature and the indexed events; doubled for the garbage collector's headroom and
	 * the model it returns.
	 */
	static long trainingBytes(long features, long intents, long occurrences) {
		long table = features * (16 + 8 * intents * (2L * LBFGS_HISTORY + 6));
		long perFeature = features * 400;
		long perOccurrence = occurrences * 56;
		return 2 * (table + perFeature + perOccurrence);
	}

	private IntentClassifier(List<Map.Entry<String, List<String>>> samples, Features features) {
		List<DocumentSample> documents = new ArrayList<>();
		for (Map.Entry<String, List<String>> sample : samples) {
			if (!sample.getValue().isEmpty()) {
				documents.add(new DocumentSample(sample.getKey(), sample.getValue().toArray(String[]::new)));
			}
		}
		TrainingParameters parameters = TrainingParameters.defaultParams();
		// L-BFGS with a light L2 penalty generalises better than GIS on a few examples
		// per intent (AskUbuntu
		// F1 0.835 → 0.881, fewer confident wrong answers on the golden set): GIS,
		// unregularised, gives the words
		// of an intent's few examples extreme weights.
		parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
		parameters.put(QNTrainer.L1COST_PARAM, 0.0);
		parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
		// The default cutoff of 5 drops every feature of a corpus this small.
		parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
		// L-BFGS has converged on the bundled corpus well before this (more changes no
		// answer) and each
		// iteration costs several passes over the examples.
		parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
		try {
			this.model = DocumentCategorizerME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(documents),
					parameters, factory(features));
			this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The features of a question: its words and its word pairs, and their character
	 * trigrams when asked.
	 */
	private static DoccatFactory factory(Features features) {
		try {
			FeatureGenerator[] words = { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) };
			return new DoccatFactory(features == Features.WORDS ? words
					: new FeatureGenerator[] { words[0], words[1], new CharacterTrigramFeatures() });
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException("word pairs are a valid n-gram range", ex);
		}
	}

	private IntentClassifier(DoccatModel model) {
		this.model = model;
		this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
	}

	/** A probability per intent; empty when the question has no terms at all. */
	Map<String, Double> probabilities(List<String> terms) {
		if (terms.isEmpty()) {
			return Map.of();
		}
		DocumentCategorizerME me = categorizer.get();
		double[] outcomes = me.categorize(terms.toArray(String[]::new));
		Map<String, Double> probabilities = new HashMap<>();
		for (int i = 0; i < outcomes.length; i++) {
			probabilities.put(me.getCategory(i), outcomes[i]);
		}
		return probabilities;
	}

}
