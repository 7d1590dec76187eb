package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

class CompactMaxentModelTests {

	private static final LanguageDetectorModel FULL = readFull();

	private static final AbstractModel FULL_MAXENT = (AbstractModel) FULL.getMaxentModel();

	private static final CompactMaxentModel COMPACT = CompactMaxentModel.of(FULL_MAXENT);

	private static LanguageDetectorModel readFull() {
		try (InputStream in = CompactMaxentModelTests.class.getResourceAsStream("/langdetect-183.bin")) {
			return new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Float parameters move a probability by far less than this (6e-8 relative per
	 * parameter).
	 */
	private static final double CLOSE = 1e-6;

	@Test
	void detectsEveryLanguageWithTheFullModelsConfidencesToTheMillionth() {
		LanguageDetectorME full = new LanguageDetectorME(FULL);
		LanguageDetectorME compact = new LanguageDetectorME(
				new LanguageDetectorModel(COMPACT, Map.of(), FULL.getFactory()));
		for (String text : List.of("¿Cuántas personas siguieron la transmisión?", "How many people followed it?",
				"Quantas pessoas acompanharam?", "Combien de personnes ont suivi ?", "Wie viele Leute waren da?",
				"xyzzy", "", "¿¿¿ 2021 ???", "Konbyen moun ki te swiv reyinyon an?")) {
			assertSameLanguages(text, full.predictLanguages(text), compact.predictLanguages(text));
		}
	}

	/**
	 * The same languages with confidences within {@link #CLOSE}, in the same order except
	 * among languages whose confidences are that close (the rounding may swap a tie).
	 */
	private static void assertSameLanguages(String text, Language[] expected, Language[] actual) {
		assertThat(actual).as(text).hasSameSizeAs(expected);
		Map<String, Double> confidences = new HashMap<>();
		for (Language language : actual) {
			confidences.put(language.getLang(), language.getConfidence());
		}
		for (int i = 0; i < expected.length; i++) {
			assertThat(confidences.get(expected[i].getLang())).as(text + ": " + expected[i].getLang())
				.isCloseTo(expected[i].getConfidence(), within(CLOSE));
			boolean tied = (i > 0 && expected[i - 1].getConfidence() - expected[i].getConfidence() < CLOSE)
					|| (i + 1 < expected.length
							&& expected[i].getConfidence() - expected[i + 1].getConfidence() < CLOSE);
			if (!tied) {
				assertThat(actual[i].getLang()).as(text + " at " + i).isEqualTo(expected[i].getLang());
			}
		}
	}

	@Test
	void evaluatesAnyFeaturesKnownOrNotToTheSameProbabilities() {
		@SuppressWarnings("unchecked")
		List<String> known = new ArrayList<>(((Map<String, Context>) FULL_MAXENT.getDataStructures()[1]).keySet());
		Random random = new Random(46);
		for (int round = 0; round < 300; round++) {
			String[] context = IntStream.range(0, 1 + random.nextInt(60))
				.mapToObj(i -> random.nextInt(10) == 0 ? "unknown-" + i : known.get(random.nextInt(known.size())))
				.toArray(String[]::new);
			float[] values = new float[context.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = 1 + random.nextInt(4);
			}
			assertThat(COMPACT.eval(context, values)).containsExactly(FULL_MAXENT.eval(context, values), within(CLOSE));
			assertThat(COMPACT.eval(context)).containsExactly(FULL_MAXENT.eval(context), within(CLOSE));
		}
	}

	@Test
	void readsBackWhatItWritesAndTheBuildShipsIt() throws IOException {
		CompactMaxentModel read = CompactMaxentModel.fromBytes(COMPACT.toBytes());
		byte[] shipped;
		try (InputStream in = getClass().getResourceAsStream(CompactLanguageModel.COMPACT_RESOURCE)) {
			assertThat(in).as("the compact model index/pom.xml writes after compiling").isNotNull();
			shipped = in.readAllBytes();
		}
		assertThat(shipped).isEqualTo(COMPACT.toBytes());
		LanguageDetectorME full = new LanguageDetectorME(FULL);
		LanguageDetectorME loaded = new LanguageDetectorME(CompactLanguageModel.read());
		assertThat(read.eval(new String[] { "a", "ab", "abc", "zz" }))
			.isEqualTo(COMPACT.eval(new String[] { "a", "ab", "abc", "zz" }));
		for (String text : List.of("¿Cuántas personas siguieron la transmisión?", "Combien de personnes ?", "xyz")) {
			assertSameLanguages(text, full.predictLanguages(text), loaded.predictLanguages(text));
		}
	}

	@Test
	void keepsTheOutcomesInTheirOrder() {
		assertThat(COMPACT.getNumOutcomes()).isEqualTo(FULL_MAXENT.getNumOutcomes());
		for (int i = 0; i < FULL_MAXENT.getNumOutcomes(); i++) {
			assertThat(COMPACT.getOutcome(i)).isEqualTo(FULL_MAXENT.getOutcome(i));
		}
	}

}
