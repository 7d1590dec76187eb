package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A short follow-up naming a value keeps the kind of answer the last intent gives first
 * ({@link KindKept}): "¿y sobre la cooperación internacional?" after what was said about
 * xenophobia is what was said about cooperation, not the stakeholder group of that name's
 * registrations. The intents' {@code answers} come from the bundled corpus.
 */
class KindKeptTests {

	@TempDir
	Path dir;

	private static final String XENOPHOBIA = "¿Qué se dijo sobre la xenofobia?";

	private static final String COOPERATION = "¿y sobre la cooperación internacional?";

	private static List<Reply> conversation(AnswerEngine engine) {
		Reply first = engine.answer(XENOPHOBIA, Optional.empty(), DialogState.EMPTY);
		return List.of(first, engine.answer(COOPERATION, Optional.empty(), first.state()));
	}

	@Test
	void aShortFollowUpAfterADescriptionIsAnsweredByADescription() {
		List<Reply> replies = conversation(BundledEngine.get());
		Answer second = replies.get(1).answer();
		assertThat(second.answered()).as(BundledEngine.why(second)).isTrue();
		String firstKind = BundledEngine.get().corpus().intent(second.intent()).orElseThrow().answers().get(0);
		String lastKind = BundledEngine.get()
			.corpus()
			.intent(replies.get(0).answer().intent())
			.orElseThrow()
			.answers()
			.get(0);
		assertThat(firstKind).as(BundledEngine.why(second)).isEqualTo(lastKind);
	}

	@Test
	void whenTheLastIntentGivesANumberFirstTheGroupsCountIsKept() throws IOException {
		String last = conversation(BundledEngine.get()).get(0).answer().intent();
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("intents/conclusions.yml"), "- intent: " + last + "\n  answers: [description]",
				"- intent: " + last + "\n  answers: [number]");
		AnswerEngine changed = AnswerEngine.build(CorpusLoader.load(copy));
		Answer second = conversation(changed).get(1).answer();
		// The best ranked, which gives a number too: no longer the description.
		assertThat(second.intent()).as(BundledEngine.why(second)).isNotEqualTo(last);
	}

	@Test
	void aBareWhyAfterADescriptionGivesThatDescriptionAgain() {
		Reply first = BundledEngine.get().answer("What did they say about data?", Optional.empty(), DialogState.EMPTY);
		Answer why = BundledEngine.get().answer("why?", Optional.empty(), first.state()).answer();
		assertThat(why.answered()).as(BundledEngine.why(why)).isTrue();
		assertThat(why.intent()).isEqualTo(first.answer().intent());
	}

	@Test
	void aBareWhyAfterAFigureIsNotAnsweredWithADescription() {
		Reply first = BundledEngine.get()
			.answer("How many people followed on YouTube?", Optional.empty(), DialogState.EMPTY);
		Answer why = BundledEngine.get().answer("why?", Optional.empty(), first.state()).answer();
		assertThat(why.intent()).as(BundledEngine.why(why)).isNotEqualTo(first.answer().intent());
	}

}
