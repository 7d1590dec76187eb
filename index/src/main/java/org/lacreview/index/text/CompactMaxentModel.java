package org.lacreview.index.text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A maximum-entropy model whose parameters are kept in flat arrays instead of one object
 * per feature. OpenNLP's {@link GISModel} keeps a linked hash map from each feature to a
 * {@link Context} holding two arrays: for the bundled language-detection model
 * ({@code langdetect-183.bin}: 145,895 character n-grams, 1,274,045 parameters over 103
 * languages) that is about 36 MB of live heap, the largest single part of the serving
 * process's. Here the features are in Lucene's {@link BytesRefHash} (UTF-8 bytes in
 * pooled blocks, ids in an int table), each feature's outcomes are shorts and its
 * parameters floats in shared arrays: about 10 MB, measured with {@code jcmd
 * GC.class_histogram} (issue 15, BENCHMARKS.md "Fast and light", third and fifth
 * sessions).
 * <p>
 * Evaluation is {@link GISModel}'s arithmetic in its order (OpenNLP's uniform prior, a
 * feature's parameters summed in double precision in their stored order, features it does
 * not know skipped). The parameters are the full model's rounded to the nearest float (a
 * relative error of at most 2<sup>-24</sup>, 6e-8), which halves their 10 MB; the
 * probabilities differ from the full model's by less than 1e-6 and rank the languages
 * alike ({@code CompactMaxentModelTests}). Thread-safe: after construction nothing is
 * written, and {@link BytesRefHash#find} only reads (Lucene 9.12).
 */
final class CompactMaxentModel extends AbstractModel {

	private static final Context[] NO_CONTEXTS = new Context[0];

	/** The version of {@link #toBytes}'s format. */
	private static final int FORMAT = 2;

	private final BytesRefHash features;

	/** Feature id to the index of its first outcome; one more entry at the end. */
	private final int[] starts;

	private final short[] outcomes;

	private final float[] parameters;

	private CompactMaxentModel(String[] outcomeNames, BytesRefHash features, int[] starts, short[] outcomes,
			float[] parameters) {
		super(NO_CONTEXTS, new String[0], Map.of(), outcomeNames);
		this.modelType = ModelType.Maxent;
		this.prior = new UniformPrior();
		this.prior.setLabels(outcomeNames, new String[0]);
		this.features = features;
		this.starts = starts;
		this.outcomes = outcomes;
		this.parameters = parameters;
	}

	/**
	 * The same model as {@code full}, compact, its parameters rounded to floats.
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
		float[] parameters = new float[count];
		CompactMaxentModel model = new CompactMaxentModel(outcomeNames, new BytesRefHash(), starts, outcomes,
				parameters);
		int at = 0;
		for (Map.Entry<String, Context> feature : byFeature.entrySet()) {
			int id = model.features.add(new BytesRef(feature.getKey()));
			starts[id] = at;
			int[] its = feature.getValue().getOutcomes();
			double[] values = feature.getValue().getParameters();
			for (int i = 0; i < its.length; i++) {
				outcomes[at] = (short) its[i];
				parameters[at++] = (float) values[i];
			}
			starts[id + 1] = at;
		}
		return model;
	}

	/**
	 * The model as bytes: a format version, the outcome names, the features in id order
	 * (each its UTF-8 length and bytes), then the starts, outcomes and parameters, all
	 * big-endian. {@link #fromBytes} reads it back.
	 */
	byte[] toBytes() {
		BytesRef scratch = new BytesRef();
		int names = 0;
		for (String name : outcomeNames) {
			names += 4 + name.getBytes(StandardCharsets.UTF_8).length;
		}
		int keys = 0;
		for (int id = 0; id < features.size(); id++) {
			keys += 4 + features.get(id, scratch).length;
		}
		ByteBuffer out = ByteBuffer
			.allocate(3 * 4 + names + keys + starts.length * 4 + outcomes.length * 2 + parameters.length * 4);
		out.putInt(FORMAT).putInt(outcomeNames.length).putInt(features.size());
		for (String name : outcomeNames) {
			byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
			out.putInt(utf8.length).put(utf8);
		}
		for (int id = 0; id < features.size(); id++) {
			BytesRef key = features.get(id, scratch);
			out.putInt(key.length).put(key.bytes, key.offset, key.length);
		}
		out.asIntBuffer().put(starts);
		out.position(out.position() + starts.length * 4);
		out.asShortBuffer().put(outcomes);
		out.position(out.position() + outcomes.length * 2);
		out.asFloatBuffer().put(parameters);
		return out.array();
	}

	/**
	 * Reads what {@link #toBytes} wrote.
	 * @throws IllegalArgumentException when the bytes are of another format version
	 */
	static CompactMaxentModel fromBytes(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		if (in.getInt() != FORMAT) {
			throw new IllegalArgumentException("not a compact model of format " + FORMAT);
		}
		String[] outcomeNames = new String[in.getInt()];
		int featureCount = in.getInt();
		for (int i = 0; i < outcomeNames.length; i++) {
			byte[] utf8 = new byte[in.getInt()];
			in.get(utf8);
			outcomeNames[i] = new String(utf8, StandardCharsets.UTF_8);
		}
		BytesRefHash features = new BytesRefHash();
		for (int id = 0; id < featureCount; id++) {
			int length = in.getInt();
			features.add(new BytesRef(bytes, in.position(), length));
			in.position(in.position() + length);
		}
		int[] starts = new int[featureCount + 1];
		in.asIntBuffer().get(starts);
		in.position(in.position() + starts.length * 4);
		short[] outcomes = new short[starts[featureCount]];
		in.asShortBuffer().get(outcomes);
		in.position(in.position() + outcomes.length * 2);
		float[] parameters = new float[outcomes.length];
		in.asFloatBuffer().get(parameters);
		return new CompactMaxentModel(outcomeNames, features, starts, outcomes, parameters);
	}

	@Override
	public double[] eval(String[] context) {
		return evaluate(context, null, new double[outcomeNames.length]);
	}

	@Override
	public double[] eval(String[] context, double[] probabilities) {
		return evaluate(context, null, probabilities);
	}

	@Override
	public double[] eval(String[] context, float[] values) {
		return evaluate(context, values, new double[outcomeNames.length]);
	}

	/**
	 * What {@link GISModel#eval(String[], float[], double[])} computes, in its order:
	 * OpenNLP's uniform prior, each known feature's parameters times its value added per
	 * outcome ({@code ArrayMath.sumFeatures}), then each sum's exponential
	 * ({@link StrictMath#exp}) divided by their total. Done here over the flat arrays,
	 * since building a {@link GISModel} of the text's features for each call made a
	 * detection half again as slow (80 against 53 µs per question).
	 */
	private double[] evaluate(String[] context, float[] values, double[] probabilities) {
		prior.logPrior(probabilities, NO_CONTEXTS, values);
		for (int i = 0; i < context.length; i++) {
			int id = context[i] == null ? -1 : features.find(new BytesRef(context[i]));
			if (id >= 0) {
				double value = values == null ? 1 : values[i];
				for (int at = starts[id]; at < starts[id + 1]; at++) {
					probabilities[outcomes[at]] += parameters[at] * value;
				}
			}
		}
		double normal = 0;
		for (int outcome = 0; outcome < outcomeNames.length; outcome++) {
			probabilities[outcome] = StrictMath.exp(probabilities[outcome]);
			normal += probabilities[outcome];
		}
		for (int outcome = 0; outcome < outcomeNames.length; outcome++) {
			probabilities[outcome] /= normal;
		}
		return probabilities;
	}

}
