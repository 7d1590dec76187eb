package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Localized;

/**
 * Issue 13: a French count whose noun is joined to its article by an apostrophe ("combien
 * d'aires") is read as the noun alone, because the corpus lists the language's elided
 * words ({@code elisions:} in {@code languages/fr.yml}); without that list the noun is a
 * word the corpus does not know. Expected figures are the bundled corpus's.
 */
class ElidedArticlesTests {

	private static final String COUNT_OF_AREAS_ON_A_DAY = "Combien d'aires thématiques le 28 avril ?";

	@TempDir
	Path dir;

	/** How many areas the bundled corpus dates to 28 April ("day:" in Spanish). */
	private static long areasOnTheLastDay() {
		return BundledEngine.inDocument("area")
			.stream()
			.filter(v -> v.attributes().get("day") instanceof Localized day && day.texts().get("es").startsWith("28"))
			.count();
	}

	@Test
	void aCountOfANounJoinedToItsArticleCountsThatNoun() {
		Answer answer = BundledEngine.ask(COUNT_OF_AREAS_ON_A_DAY);
		assertThat(areasOnTheLastDay()).isGreaterThan(1);
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer)).containsPattern("\\b" + areasOnTheLastDay() + "\\b");
	}

	@Test
	void withoutTheLanguagesElisionsTheJoinedNounIsAWordTheCorpusDoesNotKnow() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/fr.yml"),
				"elisions: [l, m, t, qu, n, s, j, d, c, jusqu, quoiqu, lorsqu, puisqu]", "");
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = BundledEngine.ask(engine, COUNT_OF_AREAS_ON_A_DAY);
		assertThat(answer.answered()).as(why(answer)).isFalse();
	}

}
