package org.lacreview.index.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusInfo;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Choosing a corpus's coverage weight and classifier features by the same observations as
 * its threshold: every candidate tried once, the corpus's own first, ties kept by it.
 */
class SettingsSearchTests {

	private static Observation answered(String truth, String intent, double confidence) {
		return new Observation(truth, Optional.of(intent), confidence, truth.equals(intent));
	}

	private static final CorpusInfo OWN = new CorpusInfo("t", "d", "", List.of("es"), java.util.Map.of(), 0.3, 0.5,
			false, false);

	@Test
	void triesEverySettingOnceTheCorpusOwnFirstThenWordsBeforeTrigramsAndTheNearestWeightFirst() {
		assertThat(SettingsSearch.candidates(OWN)).extracting(CorpusInfo::coverageWeight, CorpusInfo::characterTrigrams)
			.containsExactly(tuple(0.5, false), tuple(0.0, false), tuple(1.0, false), tuple(0.5, true),
					tuple(0.0, true), tuple(1.0, true));
	}

	@Test
	void aCorpusWithTrigramsAlreadyKeepsThemFirst() {
		CorpusInfo trigrams = OWN.withClassifierSettings(1.0, true);
		assertThat(SettingsSearch.candidates(trigrams)).hasSize(6).first().isEqualTo(trigrams);
		assertThat(SettingsSearch.candidates(trigrams)).doesNotHaveDuplicates();
	}

	@Test
	void theBestF1WinsThenFewerWrongAnswersThenTheEarlierCandidate() {
		Tally half = Tally.of(List.of(answered("a", "a", 0.9), answered("out_of_scope", "a", 0.9)), 0.0);
		Tally halfRefusing = Tally.of(List.of(answered("a", "a", 0.9), answered("b", "a", 0.2)), 0.5);
		Tally all = Tally.of(List.of(answered("a", "a", 0.9), answered("b", "b", 0.9)), 0.0);
		assertThat(half.f1()).isEqualTo(halfRefusing.f1());
		assertThat(half.wrongAnswers()).isGreaterThan(halfRefusing.wrongAnswers());

		List<SettingsSearch.Result> tied = List.of(new SettingsSearch.Result(0, 1.0, false, List.of(), half),
				new SettingsSearch.Result(1, 0.5, false, List.of(), halfRefusing),
				new SettingsSearch.Result(2, 0.0, false, List.of(), halfRefusing));
		assertThat(SettingsSearch.best(tied).order()).isEqualTo(1);

		List<SettingsSearch.Result> better = new ArrayList<>(tied);
		better.add(new SettingsSearch.Result(5, 1.0, true, List.of(), all));
		assertThat(SettingsSearch.best(better).order()).isEqualTo(5);
	}

	@Test
	void runsEachCandidateOnItsOwnCorpusAndAppliesTheChosenSettingsAndThreshold() {
		Corpus corpus = CorpusLoader.load(TestCorpora.MINI);
		List<CorpusInfo> seen = new ArrayList<>();
		List<SettingsSearch.Result> results = SettingsSearch.run(corpus, candidate -> {
			seen.add(candidate.info());
			// only the trigram candidate with no coverage answers rightly
			boolean good = candidate.info().characterTrigrams() && candidate.info().coverageWeight() == 0;
			return List.of(answered("a", good ? "a" : "b", 0.6));
		});
		assertThat(seen).containsExactlyElementsOf(SettingsSearch.candidates(corpus.info()));
		SettingsSearch.Result chosen = SettingsSearch.best(results);
		// its observations are kept for the caller, not asked again
		assertThat(chosen.observations()).extracting(Observation::answered).containsExactly(Optional.of("a"));
		assertThat(chosen.characterTrigrams()).isTrue();
		assertThat(chosen.coverageWeight()).isZero();
		Corpus applied = SettingsSearch.apply(corpus, chosen);
		assertThat(applied.info().characterTrigrams()).isTrue();
		assertThat(applied.info().coverageWeight()).isZero();
		assertThat(applied.info().threshold()).isEqualTo(chosen.best().threshold());
		assertThat(applied.intents()).isEqualTo(corpus.intents());
	}

}
