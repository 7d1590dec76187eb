package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A corpus too large to train the intent classifier on is still built, and answers by
 * retrieval alone. The real limit is millions of examples × intents; the tests lower it
 * rather than build such a corpus.
 */
class LargeCorpusTests {

	private static final Corpus MINI = CorpusLoader.load(TestCorpora.MINI);

	@Test
	void aCorpusUnderTheLimitIsRankedWithTheClassifier() {
		assertThat(AnswerEngine.build(MINI).rankedByClassifier()).isTrue();
	}

	@Test
	void aCorpusOverTheLimitIsBuiltWithoutTheClassifierAndStillAnswers() {
		AnswerEngine engine = AnswerEngine.build(MINI, 1);

		assertThat(engine.rankedByClassifier()).isFalse();
		Answer dates = engine.answer("¿cuando fue el encuentro?").answer();
		assertThat(dates.answered()).isTrue();
		assertThat(dates.intent()).isEqualTo("meeting_dates");
		assertThat(dates.text()).contains("26 al 27 de abril de 2021");
		assertThat(engine.answer("¿Cuántos participantes hubo por Zoom el 27 de abril?").answer().text())
			.contains("80");
		assertThat(engine.answer("¿Cuál es la capital de Francia?").answer().answered()).isFalse();
	}

}
