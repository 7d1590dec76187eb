package org.lacreview.index.text;

import java.util.Arrays;
import java.util.Map;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model whose parameters are kept in flat arrays instead of one object
 * per feature. OpenNLP's {@link GISModel} keeps a linked hash map from each feature to a
 * {@link Context} holding two arrays: for the bundled language-detection model
 * ({@code langdetect-183.bin}: 145,895 character n-grams, 1,274,045 parameters over 103
 * languages) that is about 36 MB of live heap, the largest single part of the serving
 * process's. Here the features are in Lucene's {@link BytesRefHash} (UTF-8 bytes in
 * pooled blocks, ids in an int table), each feature's outcomes are shorts and its
 * parameters doubles in shared arrays: about 15 MB, measured with {@code jcmd
 * GC.class_histogram} (issue 15, BENCHMARKS.md "Fast and light", third session).
 * <p>
 * Evaluation is OpenNLP's own: each call builds a {@link GISModel} of only the features
 * the text has, with their parameters in the stored order, and lets it evaluate, so the
 * probabilities are the full model's bit for bit (OpenNLP sums a feature's parameters in
 * their stored order and skips features it does not know). Thread-safe: after
 * construction nothing is written, and {@link BytesRefHash#find} only reads (Lucene
 * 9.12).
 */
final class CompactMaxentModel extends AbstractModel {

	private final BytesRefHash features = new BytesRefHash();

	/** Feature id to the index of its first outcome; one more entry at the end. */
	private final int[] starts;

	private final short[] outcomes;

	private final double[] parameters;

	private CompactMaxentModel(String[] outcomeNames, int[] starts, short[] outcomes, double[] parameters) {
		super(new Context[0], new String[0], Map.of(), outcomeNames);
		this.modelType = ModelType.Maxent;
		this.starts = starts;
		this.outcomes = outcomes;
		this.parameters = parameters;
	}

	/**
	 * The same model as {@code full}, compact.
	 * @param full a model as OpenNLP reads it ({@link #getDataStructures()}: the
	 * contexts, the feature map, the outcome names)
	 * @throws IllegalArgumentException when it has more outcomes than a short holds
	 */
	@SuppressWarnings("unchecked")
	static CompactMaxentModel of(AbstractModel full) {
		Object[] data = full.getDataStructures();
		Map<String, Context> byFeature = (Map<String, Context>) data[1];
		String[] outcomeNames = (String[]) data[2];
		if (outcomeNames.length > Short.MAX_VALUE) {
			throw new IllegalArgumentException(outcomeNames.length + " outcomes, at most " + Short.MAX_VALUE);
		}
		int count = byFeature.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
		int[] starts = new int[byFeature.size() + 1];
		short[] outcomes = new short[count];
		double[] parameters = new double[count];
		CompactMaxentModel model = new CompactMaxentModel(outcomeNames, starts, outcomes, parameters);
		int at = 0;
		for (Map.Entry<String, Context> feature : byFeature.entrySet()) {
			int id = model.features.add(new BytesRef(feature.getKey()));
			starts[id] = at;
			int[] its = feature.getValue().getOutcomes();
			double[] values = feature.getValue().getParameters();
			for (int i = 0; i < its.length; i++) {
				outcomes[at] = (short) its[i];
				parameters[at++] = values[i];
			}
			starts[id + 1] = at;
		}
		return model;
	}

	@Override
	public double[] eval(String[] context) {
		return known(context).eval(context);
	}

	@Override
	public double[] eval(String[] context, double[] probabilities) {
		return known(context).eval(context, probabilities);
	}

	@Override
	public double[] eval(String[] context, float[] values) {
		return known(context).eval(context, values);
	}

	/**
	 * A model of the features of {@code context} this one knows, as OpenNLP keeps them.
	 */
	private GISModel known(String[] context) {
		Context[] contexts = new Context[context.length];
		String[] labels = new String[context.length];
		int known = 0;
		for (String feature : context) {
			int id = feature == null ? -1 : features.find(new BytesRef(feature));
			if (id >= 0) {
				contexts[known] = context(id);
				labels[known++] = feature;
			}
		}
		return new GISModel(Arrays.copyOf(contexts, known), Arrays.copyOf(labels, known), outcomeNames);
	}

	private Context context(int id) {
		int from = starts[id];
		int to = starts[id + 1];
		int[] its = new int[to - from];
		for (int i = 0; i < its.length; i++) {
			its[i] = outcomes[from + i];
		}
		return new Context(its, Arrays.copyOfRange(parameters, from, to));
	}

}
