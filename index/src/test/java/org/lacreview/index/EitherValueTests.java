package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 13, item 1: how many were one value or another of a family ({@link JoinedValues},
 * the language's {@code alternative_joiners}) is their sum, and a second value named only
 * by what its name adds to the first one's head noun ("organizaciones de … y de …") is
 * that value ({@link SharedHeads}). Expected figures are the bundled corpus's.
 */
class EitherValueTests {

	private static final String EITHER = "How many registrants were academics or diaspora members?";

	@TempDir
	Path dir;

	private static long count(String group) {
		return BundledEngine.figure("group", group, "count");
	}

	@Test
	void howManyWereOneOrTheOtherIsTheirSum() {
		Answer answer = ask(EITHER);
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(count("academia") + count("diasporas")));
	}

	@Test
	void whichOfTwoAlternativesHadMoreIsNoSum() {
		Answer answer = ask("Which had more registrants, academia or the diasporas?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer))
			.doesNotContain(String.valueOf(count("academia") + count("diasporas")));
	}

	@Test
	void withoutTheLanguagesAlternativeJoinersTwoValuesAreNotAddedUp() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), "alternative_joiners: [or]", "alternative_joiners: []");
		Answer answer = BundledEngine.ask(AnswerEngine.build(CorpusLoader.load(copy)), EITHER);
		assertThat(answer.text()).as(why(answer))
			.doesNotContain(String.valueOf(count("academia") + count("diasporas")));
	}

	@Test
	void aSecondValueNamedByWhatItAddsToTheFirstOnesHeadIsThatValue() {
		for (String question : new String[] {
				"¿Cuántos inscritos eran de organizaciones de la sociedad civil o de trabajadores?",
				"Combien d'inscrits des organisations de la société civile et de travailleurs au total ?" }) {
			Answer answer = ask(question);
			assertThat(answer.text()).as(why(answer))
				.contains(String.valueOf(count("civil_society") + count("workers")));
		}
	}

}
