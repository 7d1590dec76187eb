package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Localized;

/**
 * A pronoun after an answer listing several values stands for those whose
 * {@code pronouns} attribute gives it ({@link ValuePronouns}). Roles come from the
 * bundled corpus.
 */
class ValuePronounsTests {

	@TempDir
	Path dir;

	private static String role(String person) {
		Object role = BundledEngine.value("person", person).attributes().get("role");
		return ((Localized) role).in("en", List.of()).orElseThrow();
	}

	@Test
	void herAfterThreePeopleListedIsTheOneWhosePronounsSayHer() {
		Answer answer = BundledEngine.lastAnswer(BundledEngine.get(), "Who opened the meeting?",
				"what's her position?");
		assertThat(answer.text()).as(BundledEngine.why(answer))
			.contains(role("barcena"))
			.doesNotContain(role("gonzalez"))
			.doesNotContain(role("vitorino"));
	}

	@Test
	void withoutHerAmongTheCorpussPronounsHerStandsForEveryoneListed() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path people = copy.resolve("entities/person.yml");
		TestCorpora.replace(people, "      en: she, her, hers\n", "      en: she, hers\n");
		Answer answer = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)), "Who opened the meeting?",
				"what's her position?");
		// All three, as before the corpus said whom "her" refers to.
		assertThat(answer.text()).as(BundledEngine.why(answer))
			.contains(role("barcena"))
			.contains(role("gonzalez"))
			.contains(role("vitorino"));
	}

	private static final String[] SHE_AT_THE_MEETING = { "Who is Alicia Bárcena?", "what did she do at the meeting?" };

	@Test
	void sheAfterAnAnswerAboutOnePersonGoesOnWithThatPersonsAnswer() {
		Answer answer = BundledEngine.lastAnswer(BundledEngine.get(), SHE_AT_THE_MEETING);
		assertThat(answer.text()).as(BundledEngine.why(answer)).contains(role("barcena"));
	}

	@Test
	void withoutSheAmongThePersonsPronounsTheQuestionIsNotAboutHer() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/person.yml"), "      en: she, her, hers\n", "      en: her, hers\n");
		Answer answer = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)), SHE_AT_THE_MEETING);
		assertThat(answer.text()).as(BundledEngine.why(answer)).doesNotContain(role("barcena"));
	}

}
