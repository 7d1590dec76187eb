package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * {@code known_words} in {@code languages/xx.yml}: everyday words of a language the
 * corpus does not otherwise use are never corrected to a corpus word one letter away.
 */
class KnownWordsTests {

	private static final String QUESTION = "Is migration meant to be a choice or an obligation?";

	@TempDir
	Path dir;

	private static Answer ask(AnswerEngine engine) {
		return engine.answer(QUESTION, LanguageHints.NONE, DialogState.EMPTY).answer();
	}

	@Test
	void aKnownWordIsReadAsWritten() {
		Answer answer = ask(BundledEngine.get());
		assertThat(answer.trace().corrections()).as(answer.trace().toString()).doesNotContainKey("meant");
		assertThat(answer.answered()).isTrue();
	}

	@Test
	void theSameWordLeftOutOfTheListIsCorrectedAsATypo() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), ", meant]", "]");
		Answer answer = ask(AnswerEngine.build(CorpusLoader.load(copy)));
		assertThat(answer.trace().corrections()).as(answer.trace().toString()).containsKey("meant");
	}

}
