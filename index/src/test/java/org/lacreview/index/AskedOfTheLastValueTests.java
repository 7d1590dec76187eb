package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A bare question asking a kind of answer ("¿cuándo es?") after an answer about one value
 * (the Forum the results go to) is asked of that value, by an intent whose slot is its
 * family and whose {@code answers} list the kind
 * ({@link BareFollowUps#askedOfTheLastValue}); a kind none of them gives ("¿dónde será?")
 * is refused. A slotless intent whose examples name that value answers in its stead
 * ({@link KindOfANamedValue}).
 */
class AskedOfTheLastValueTests {

	@TempDir
	Path dir;

	private static final String FORUM = "¿A qué foro irán los resultados de la reunión?";

	@Test
	void whenAfterAnAnswerNamingTheForumIsTheForumsDate() {
		Answer when = BundledEngine.lastAnswer(BundledEngine.get(), FORUM, "¿cuándo es?");
		assertThat(when.answered()).as(BundledEngine.why(when)).isTrue();
		assertThat(when.text()).as(BundledEngine.why(when)).contains("2022");
		Answer where = BundledEngine.lastAnswer(BundledEngine.get(), FORUM, "¿dónde será?");
		assertThat(where.answered()).as(BundledEngine.why(where)).isFalse();
	}

	@Test
	void withoutAnIntentGivingTheKindForThatFamilyTheSlotlessIntentNamingTheValueAnswersElseItIsRefused()
			throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("intents/meeting.yml"), "  answers: [description, person, number, date]",
				"  answers: [description, person, number]");
		// The forum's own intent, whose examples name it, gives its date
		// (KindOfANamedValue).
		Answer slotless = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)), FORUM, "¿cuándo es?");
		assertThat(slotless.answered()).as(BundledEngine.why(slotless)).isTrue();
		assertThat(slotless.intent()).isEqualTo("forum_date");
		// Without it either, no intent gives the forum's date.
		TestCorpora.replace(copy.resolve("intents/conclusions.yml"), "- intent: forum_date\n  answers: [date]",
				"- intent: forum_date\n  answers: [description]");
		Answer when = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)), FORUM, "¿cuándo es?");
		assertThat(when.answered()).as(BundledEngine.why(when)).isFalse();
	}

}
