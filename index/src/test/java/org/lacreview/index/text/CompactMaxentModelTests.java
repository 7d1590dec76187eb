package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

	@Test
	void detectsEveryLanguageWithTheFullModelsConfidencesExactly() {
		LanguageDetectorME full = new LanguageDetectorME(FULL);
		LanguageDetectorME compact = new LanguageDetectorME(
				new LanguageDetectorModel(COMPACT, Map.of(), FULL.getFactory()));
		for (String text : List.of("¿Cuántas personas siguieron la transmisión?", "How many people followed it?",
				"Quantas pessoas acompanharam?", "Combien de personnes ont suivi ?", "Wie viele Leute waren da?",
				"xyzzy", "", "¿¿¿ 2021 ???", "Konbyen moun ki te swiv reyinyon an?")) {
			Language[] expected = full.predictLanguages(text);
			Language[] actual = compact.predictLanguages(text);
			assertThat(actual).hasSameSizeAs(expected);
			for (int i = 0; i < expected.length; i++) {
				assertThat(actual[i].getLang()).as(text).isEqualTo(expected[i].getLang());
				assertThat(actual[i].getConfidence()).as(text).isEqualTo(expected[i].getConfidence());
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
			assertThat(COMPACT.eval(context, values)).isEqualTo(FULL_MAXENT.eval(context, values));
			assertThat(COMPACT.eval(context)).isEqualTo(FULL_MAXENT.eval(context));
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
			.isEqualTo(FULL_MAXENT.eval(new String[] { "a", "ab", "abc", "zz" }));
		for (String text : List.of("¿Cuántas personas siguieron la transmisión?", "Combien de personnes ?", "xyz")) {
			Language[] expected = full.predictLanguages(text);
			Language[] actual = loaded.predictLanguages(text);
			for (int i = 0; i < expected.length; i++) {
				assertThat(actual[i].getLang()).as(text).isEqualTo(expected[i].getLang());
				assertThat(actual[i].getConfidence()).as(text).isEqualTo(expected[i].getConfidence());
			}
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
