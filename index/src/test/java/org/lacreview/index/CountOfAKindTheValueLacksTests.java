package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A count of a family's values (countries, by the family's {@code order_words}) asked of
 * a value of another family whose texts never speak of them is refused
 * ({@link CountedFamilies#valuesSpeakOf}): only the briefing's text counts countries in
 * the bundled corpus, so a count of countries at the consultation of 12 April is not its
 * count of people.
 */
class CountOfAKindTheValueLacksTests {

	@TempDir
	Path dir;

	private static final String CONSULTATION = "How many countries attended the April 12 consultation?";

	@Test
	void countriesAtAnEventWhoseTextCountsNoneAreRefused() {
		Answer answer = BundledEngine.ask(CONSULTATION);
		assertThat(answer.answered()).as(BundledEngine.why(answer)).isFalse();
	}

	@Test
	void countriesAtTheEventWhoseTextCountsThemAreAnswered() {
		Answer answer = BundledEngine.ask("¿De cuántos países eran los participantes de la sesión informativa?");
		assertThat(answer.answered()).as(BundledEngine.why(answer)).isTrue();
		assertThat(answer.text()).contains("21");
	}

	@Test
	void withoutTheFamilysNounsTheCountIsNotReadAsOneOfCountries() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/country.yml"),
				"order_words: [país, países, pais, paises, country, countries, pays, nación, naciones, nation, nations]",
				"order_words: [país, países, pais, paises, pays, nación, naciones, nation, nations]");
		Answer answer = BundledEngine.ask(AnswerEngine.build(CorpusLoader.load(copy)), CONSULTATION);
		assertThat(answer.answered()).as(BundledEngine.why(answer)).isTrue();
	}

}
