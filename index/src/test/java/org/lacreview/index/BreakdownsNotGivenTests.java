package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A number asked for each value of a family without figures (a language's
 * {@code per_words} before the family's noun: "por país", "each round table") is refused
 * ({@link BreakdownsNotGiven}); said of an average the noun divides instead, and a family
 * with figures is answered per value. Figures come from the bundled corpus.
 */
class BreakdownsNotGivenTests {

	@TempDir
	Path dir;

	@Test
	void aCountPerCountryIsRefusedInEveryLanguage() {
		for (String question : new String[] { "¿Cuántos inscritos hubo por país?",
				"Quantos participantes de cada país houve na reunião?", "How many people attended each round table?",
				"Combien de participants par pays ?" }) {
			Answer answer = ask(question);
			assertThat(answer.answered()).as(why(answer)).isFalse();
		}
	}

	@Test
	void anAveragePerCountryDividesByTheCountries() {
		Answer answer = ask("¿Cuántas personas por país en promedio hubo en la sesión informativa?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer)).contains(" ÷ ");
	}

	@Test
	void aCountPerValueOfAFamilyWithFiguresIsAnswered() {
		Answer answer = ask("¿Cuántos registrados hubo por grupo?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(figure("group", "governments", "count")));
	}

	@Test
	void withoutTheLanguagesPerWordsTheBreakdownIsNotReadSo() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "\nper_words: ", "\n# per_words: ");
		Answer answer = ask(AnswerEngine.build(CorpusLoader.load(copy)), "¿Cuántos inscritos hubo por país?");
		assertThat(answer.trace().decision()).as(why(answer)).doesNotContain("does not know");
	}

}
