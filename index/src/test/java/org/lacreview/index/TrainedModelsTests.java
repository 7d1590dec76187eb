package org.lacreview.index;

import static org.lacreview.index.IntentClassifier.Features.WORDS;
import static org.lacreview.index.IntentClassifier.Features.WORDS_AND_CHARACTER_TRIGRAMS;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A model trained once is kept and loaded by the next build of the same examples instead
 * of being trained again, and the loaded model answers exactly as the trained one: a
 * start with a version published before loads rather than trains.
 */
class TrainedModelsTests {

	/** Keeps models in a map and counts what it was asked. */
	static final class Recording implements TrainedModels {

		final Map<String, byte[]> kept = new ConcurrentHashMap<>();

		final AtomicInteger keeps = new AtomicInteger();

		@Override
		public Optional<byte[]> find(String key) {
			return Optional.ofNullable(kept.get(key));
		}

		@Override
		public void keep(String key, byte[] model) {
			keeps.incrementAndGet();
			kept.put(key, model);
		}

	}

	/**
	 * {@code intents} intents of five examples of six made-up words each, from a seeded
	 * generator.
	 */
	private static List<Map.Entry<String, List<String>>> samples(int intents, long seed) {
		Random random = new Random(seed);
		List<Map.Entry<String, List<String>>> samples = new ArrayList<>();
		for (int intent = 0; intent < intents; intent++) {
			for (int example = 0; example < 5; example++) {
				List<String> terms = new ArrayList<>();
				for (int word = 0; word < 6; word++) {
					terms.add("w" + random.nextInt(300));
				}
				samples.add(Map.entry("intent" + intent, terms));
			}
		}
		return samples;
	}

	@Test
	void aKeptModelIsLoadedByTheNextBuildAndGivesTheSameProbabilities() {
		List<Map.Entry<String, List<String>>> samples = samples(12, 3);
		Recording models = new Recording();
		IntentClassifier trained = IntentClassifier
			.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, models, WORDS)
			.orElseThrow();
		assertThat(models.keeps).hasValue(1);
		assertThat(models.kept).containsOnlyKeys(IntentClassifier.modelKey(samples, WORDS));

		IntentClassifier loaded = IntentClassifier
			.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, models, WORDS)
			.orElseThrow();
		assertThat(models.keeps).as("loaded, not trained and kept again").hasValue(1);
		for (Map.Entry<String, List<String>> sample : samples.subList(0, 20)) {
			assertThat(loaded.probabilities(sample.getValue())).isEqualTo(trained.probabilities(sample.getValue()));
		}
		List<String> unseen = List.of("w1", "w2", "nothing-like-it");
		assertThat(loaded.probabilities(unseen)).isEqualTo(trained.probabilities(unseen));
	}

	@Test
	void aModelWithCharacterTrigramsIsKeptUnderItsOwnKeyAndLoadsWithThem() {
		List<Map.Entry<String, List<String>>> samples = samples(8, 11);
		assertThat(IntentClassifier.modelKey(samples, WORDS_AND_CHARACTER_TRIGRAMS))
			.isNotEqualTo(IntentClassifier.modelKey(samples, WORDS));
		Recording models = new Recording();
		IntentClassifier trained = IntentClassifier
			.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, models, WORDS_AND_CHARACTER_TRIGRAMS)
			.orElseThrow();
		assertThat(models.kept).containsOnlyKeys(IntentClassifier.modelKey(samples, WORDS_AND_CHARACTER_TRIGRAMS));
		IntentClassifier loaded = IntentClassifier
			.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, models, WORDS_AND_CHARACTER_TRIGRAMS)
			.orElseThrow();
		assertThat(models.keeps).hasValue(1);
		// "w12x" is no term of any example but shares the trigrams of "w12": only the
		// trigram features see it
		List<String> unseen = List.of("w12x");
		assertThat(loaded.probabilities(unseen)).isEqualTo(trained.probabilities(unseen));
		// and the loaded model does read those trigrams: the intents are not all alike
		assertThat(new HashSet<>(loaded.probabilities(unseen).values())).hasSizeGreaterThan(1);
	}

	@Test
	void characterTrigramsLetAWordNoExampleHasLeanTowardTheIntentWithItsPieces() {
		List<Map.Entry<String, List<String>>> samples = List.of(
				Map.entry("printers", List.of("install", "printer", "driver")),
				Map.entry("printers", List.of("printer", "not", "print")),
				Map.entry("shutdown", List.of("shutdown", "computer", "night")),
				Map.entry("shutdown", List.of("turn", "off", "computer")));
		List<String> question = List.of("printing");
		Map<String, Double> words = IntentClassifier
			.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, TrainedModels.none(), WORDS)
			.orElseThrow()
			.probabilities(question);
		Map<String, Double> trigrams = IntentClassifier
			.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, TrainedModels.none(), WORDS_AND_CHARACTER_TRIGRAMS)
			.orElseThrow()
			.probabilities(question);
		assertThat(words.get("printers")).isCloseTo(words.get("shutdown"), org.assertj.core.data.Offset.offset(1e-9));
		assertThat(trigrams.get("printers")).isGreaterThan(trigrams.get("shutdown") + 0.2);
	}

	@Test
	void aKeptModelThatCannotBeReadIsTrainedAgainAndReplaced() {
		List<Map.Entry<String, List<String>>> samples = samples(6, 5);
		Recording models = new Recording();
		models.kept.put(IntentClassifier.modelKey(samples, WORDS), "not a model".getBytes(StandardCharsets.UTF_8));

		assertThat(IntentClassifier.trainedOn(samples, IntentClassifier.MAX_TRAINING_CELLS, models, WORDS)).isPresent();
		assertThat(models.keeps).hasValue(1);
		assertThat(IntentClassifier.fromModel(models.kept.get(IntentClassifier.modelKey(samples, WORDS)), WORDS))
			.isPresent();
	}

	@Test
	void otherExamplesHaveAnotherKeyAndTheSameExamplesTheSameKey() {
		List<Map.Entry<String, List<String>>> samples = samples(6, 7);
		assertThat(IntentClassifier.modelKey(samples(6, 7), WORDS)).isEqualTo(IntentClassifier.modelKey(samples, WORDS))
			.hasSize(64);
		List<Map.Entry<String, List<String>>> changed = new ArrayList<>(samples);
		changed.set(3, Map.entry(samples.get(3).getKey(), List.of("w1", "w2")));
		assertThat(IntentClassifier.modelKey(changed, WORDS)).isNotEqualTo(IntentClassifier.modelKey(samples, WORDS));
		List<Map.Entry<String, List<String>>> relabelled = new ArrayList<>(samples);
		relabelled.set(3, Map.entry("intent5", samples.get(3).getValue()));
		assertThat(IntentClassifier.modelKey(relabelled, WORDS))
			.isNotEqualTo(IntentClassifier.modelKey(samples, WORDS));
	}

	@Test
	void theBundledEngineBuiltFromItsKeptModelAnswersThePublicSetAsTheTrainedEngine() throws IOException {
		Corpus corpus = CorpusLoader.load(TestCorpora.BUNDLED);
		Recording models = new Recording();
		AnswerEngine trained = AnswerEngine.build(corpus, models);
		assertThat(trained.rankedByClassifier()).isTrue();
		assertThat(models.kept).hasSize(1);
		AnswerEngine loaded = AnswerEngine.build(corpus, models);
		assertThat(models.keeps).hasValue(1);
		assertThat(loaded.rankedByClassifier()).isTrue();

		Matcher question = Pattern.compile("\"q\"\\s*:\\s*\"([^\"]+)\"")
			.matcher(Files.readString(Path.of("index/src/test/resources/eval/public-questions.jsonl")));
		int asked = 0;
		while (question.find()) {
			Answer expected = BundledEngine.ask(trained, question.group(1));
			Answer actual = BundledEngine.ask(loaded, question.group(1));
			assertThat(actual.text()).as(question.group(1)).isEqualTo(expected.text());
			assertThat(actual.confidence()).as(question.group(1)).isEqualTo(expected.confidence());
			asked++;
		}
		assertThat(asked).isGreaterThan(30);
	}

}
