package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A short follow-up naming nothing that asks for a kind of answer the last intent does
 * not give ("¿en qué mes?" after the forum's year, an intent whose {@code answers} list
 * {@code date} but not {@code day}) is refused, not answered with the events on the dates
 * the last answer happened to mention ({@link BareFollowUps#kindTheLastDoesNotGive}).
 */
class KindTheLastDoesNotGiveTests {

	@TempDir
	Path dir;

	private static final String[] TURNS = { "cuándo se celebra el Foro Internacional de Revisión de la Migración?",
			"¿en qué mes?" };

	@Test
	void aMonthAskedAfterAYearOnlyIsRefused() {
		Answer month = BundledEngine.lastAnswer(BundledEngine.get(), TURNS);
		assertThat(month.answered()).as(BundledEngine.why(month)).isFalse();
	}

	@Test
	void whenTheLastIntentGivesDaysTheFollowUpIsAnswered() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("intents/conclusions.yml"), "- intent: forum_date\n  answers: [date]",
				"- intent: forum_date\n  answers: [date, day]");
		Answer month = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)), TURNS);
		assertThat(month.answered()).as(BundledEngine.why(month)).isTrue();
	}

}
