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
 * A difference asked with one of a language's {@code fewer_words} ("¿más o menos…?",
 * "bigger or smaller") about a first value that had fewer says that value had fewer
 * ({@code computed.difference_first_fewer}); a question asking which had more still names
 * the larger first. Figures come from the bundled corpus.
 */
class FewerWordsTests {

	@TempDir
	Path dir;

	@Test
	void theFirstValueNamedHadFewerAndTheAnswerSaysSo() {
		long first = figure("day", "apr27", "zoom");
		long second = figure("day", "apr26", "zoom");
		Answer answer = ask("¿El 27 hubo más o menos gente en Zoom que el 26? ¿cuánto?");
		assertThat(answer.text()).as(why(answer))
			.contains("tuvo menos: " + first + " frente a " + second)
			.contains((second - first) + " menos");
	}

	@Test
	void anEnglishSmallerAsksTheSame() {
		long first = figure("day", "apr28", "zoom");
		long second = figure("day", "apr27", "zoom");
		Answer answer = ask("Was the Zoom audience on 28 April bigger or smaller than on the 27th, and by how much?");
		assertThat(answer.text()).as(why(answer))
			.contains("had fewer: " + first + " against " + second)
			.contains((second - first) + " fewer");
	}

	@Test
	void aFirstValueThatHadMoreIsStillSaidToHaveMore() {
		long first = figure("day", "apr26", "zoom");
		long second = figure("day", "apr28", "zoom");
		Answer answer = ask("¿El 26 hubo más o menos gente en Zoom que el 28?");
		assertThat(answer.text()).as(why(answer)).contains("tuvo más: " + first + " frente a " + second);
	}

	@Test
	void askingWhichHadMoreNamesTheLargerFirst() {
		long larger = figure("group", "diasporas", "count");
		long smaller = figure("group", "academia", "count");
		Answer answer = ask("¿Hubo más registrados de la academia o de las diásporas?");
		assertThat(answer.text()).as(why(answer)).contains("tuvo más: " + larger + " frente a " + smaller);
	}

	@Test
	void withoutTheLanguagesFewerWordsTheLargerIsNamedFirst() throws IOException {
		long larger = figure("day", "apr26", "zoom");
		long smaller = figure("day", "apr27", "zoom");
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "\nfewer_words: ", "\n# fewer_words: ");
		Answer answer = ask(AnswerEngine.build(CorpusLoader.load(copy)),
				"¿El 27 hubo más o menos gente en Zoom que el 26? ¿cuánto?");
		assertThat(answer.text()).as(why(answer)).contains("tuvo más: " + larger + " frente a " + smaller);
	}

}
