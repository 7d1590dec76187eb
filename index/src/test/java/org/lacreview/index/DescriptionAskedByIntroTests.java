package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Intent;

/**
 * A question intro asking for a description ("what does the document say about…") before
 * nothing but a value's name gets what the document says of that value
 * ({@link ValueDescription#askedByIntro}), not the figure of the stakeholder group of
 * that name: "international cooperation" is both a group of registrants and something the
 * review said must be strengthened. The intents come from the bundled corpus.
 */
class DescriptionAskedByIntroTests {

	@TempDir
	Path dir;

	private static final String GROUPS_FIGURE = "¿Cuántos inscritos hubo de cooperación internacional?";

	private static Answer answer(AnswerEngine engine, String question) {
		return engine.answer(question, Optional.empty(), DialogState.EMPTY).answer();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Que dit le document sur la coopération internationale ?",
			"¿Qué dice el documento sobre la cooperación internacional?",
			"O que o documento diz sobre a cooperação internacional?",
			"What does the document say about international cooperation?" })
	void anIntroAskingWhatTheDocumentSaysGetsADescriptionNotTheGroupsFigure(String question) {
		AnswerEngine engine = BundledEngine.get();
		Answer figure = answer(engine, GROUPS_FIGURE);
		Answer described = answer(engine, question);
		assertThat(described.answered()).as(BundledEngine.why(described)).isTrue();
		assertThat(described.intent()).as(BundledEngine.why(described)).isNotEqualTo(figure.intent());
		Intent intent = engine.corpus().intent(described.intent()).orElseThrow();
		assertThat(intent.answers()).first().isEqualTo(AnswerKinds.DESCRIPTION);
	}

	@Test
	void theGroupsFigureIsStillAnsweredWhenAskedForAFigure() {
		AnswerEngine engine = BundledEngine.get();
		Answer figure = answer(engine, GROUPS_FIGURE);
		Intent intent = engine.corpus().intent(figure.intent()).orElseThrow();
		assertThat(intent.answers()).doesNotContain(AnswerKinds.DESCRIPTION);
	}

	@Test
	void aDescriptionWhoseAnswerNoLongerNamesTheValueIsNotChosen() throws IOException {
		String question = "What does the document say about international cooperation?";
		String describing = answer(BundledEngine.get(), question).intent();
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		// The describing answer, in every language, says "cooperation" without naming
		// the group; its examples still name it.
		Path file = copy.resolve("intents/conclusions.yml");
		TestCorpora.replace(file, "fortalecer la cooperación internacional y producir",
				"fortalecer la cooperación y producir");
		TestCorpora.replace(file, "strengthen international cooperation and produce",
				"strengthen cooperation and produce");
		TestCorpora.replace(file, "fortalecer a cooperação internacional e produzir",
				"fortalecer a cooperação e produzir");
		TestCorpora.replace(file, "renforcer la coopération internationale et de produire",
				"renforcer la coopération et de produire");
		AnswerEngine changed = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = answer(changed, question);
		assertThat(answer.intent()).as(BundledEngine.why(answer)).isNotEqualTo(describing);
	}

}
