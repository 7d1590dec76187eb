package org.lacreview.index.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Location;

class CrossValidationTests {

	private static final Corpus MINI = CorpusLoader.load(TestCorpora.MINI);

	@Test
	void foldsSplitEachIntentEvenlyAndDependOnlyOnTheSeed() {
		Map<Example, Integer> folds = CrossValidation.assign(MINI, 3, 7);
		assertThat(folds).hasSize(MINI.exampleCount());
		for (Intent intent : MINI.intents()) {
			int[] sizes = new int[3];
			intent.examples().forEach(e -> sizes[folds.get(e)]++);
			int max = IntStream.of(sizes).max().getAsInt();
			int min = IntStream.of(sizes).min().getAsInt();
			assertThat(max - min).as(intent.name()).isLessThanOrEqualTo(1);
		}
		List<Example> all = MINI.intents().stream().flatMap(i -> i.examples().stream()).toList();
		List<Integer> once = all.stream().map(CrossValidation.assign(MINI, 3, 7)::get).toList();
		assertThat(all.stream().map(folds::get).toList()).isEqualTo(once);
		assertThat(all.stream().map(CrossValidation.assign(MINI, 3, 8)::get).toList()).isNotEqualTo(once);
	}

	@Test
	void aHeldOutExampleIsAskedOfAnEngineThatNeverSawIt() {
		// An intent whose only example shares no word with any other: asked of an engine
		// trained on it, it would
		// be answered by it; held out, that intent has nothing to learn from.
		List<Intent> intents = new ArrayList<>(MINI.intents());
		Location at = new Location("test", 1);
		intents.add(new Intent("lone", Optional.empty(), List.of(),
				List.of(new Example("lone", "en", "xylophone quokka zeppelin", at)),
				new Localized(Map.of("en", "lone")), Localized.NONE, List.of(), false, at));
		Corpus corpus = MINI.withIntents(intents);
		assertThat(Observation.ask(AnswerEngine.build(corpus.withThreshold(0)), "xylophone quokka zeppelin", "lone")
			.right()).as("the engine trained on the example answers it").isTrue();

		List<Observation> observations = CrossValidation.run(corpus, 2, 1);

		assertThat(observations).hasSize(corpus.exampleCount());
		assertThat(observations.stream().filter(o -> o.truth().equals("lone"))).singleElement()
			.satisfies(o -> assertThat(o.right()).isFalse());
	}

	@Test
	void sweepingAnswersGivenAtThresholdZeroGivesWhatAnEngineBuiltAtEachThresholdSays() {
		// Trained on half the examples and asked all of them, as a fold is: the other
		// half gets less confident answers.
		Map<Example, Integer> halves = CrossValidation.assign(MINI, 2, 1);
		Corpus half = MINI.withIntents(MINI.intents()
			.stream()
			.map(i -> i.withExamples(i.examples().stream().filter(e -> halves.get(e) == 0).toList()))
			.toList());
		List<String> questions = MINI.intents()
			.stream()
			.flatMap(i -> i.examples().stream())
			.map(Example::text)
			.toList();
		AnswerEngine atZero = AnswerEngine.build(half.withThreshold(0));
		List<Observation> observed = questions.stream().map(q -> Observation.ask(atZero, q, "any")).toList();
		assertThat(observed).as("some answers are less confident than the thresholds tried")
			.anyMatch(o -> o.answered().isPresent() && o.confidence() < 0.7);
		for (double threshold : new double[] { 0.3, 0.5, 0.7 }) {
			AnswerEngine engine = AnswerEngine.build(half.withThreshold(threshold));
			for (int i = 0; i < questions.size(); i++) {
				assertThat(Observation.ask(engine, questions.get(i), "any").answered())
					.as(questions.get(i) + " at " + threshold)
					.isEqualTo(observed.get(i).at(threshold));
			}
		}
	}

}
