package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A value named after one of a language's {@code share_bases} ("respecto al", "em relação
 * ao") is what a share between two named values is of, wherever it stands
 * ({@link WholeOfShare}); a difference's phrase within the base does not make the share a
 * change. Figures come from the bundled corpus.
 */
class ShareBasesTests {

	@TempDir
	Path dir;

	private static String percent(long part, long whole, char decimalSeparator) {
		return BigDecimal.valueOf(100.0 * part / whole)
			.setScale(1, RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', decimalSeparator);
	}

	@Test
	void theValueAfterABaseIsTheWholeEvenWhenNamedSecond() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask("porcentaje de personas en zoom del 28 respecto al 26");
		assertThat(answer.text()).as(why(answer)).contains(percent(last, first, ',') + " %");
	}

	@Test
	void aBaseWhoseLastWordStartsTheValuesNameStillNamesTheWhole() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		// "del 26" is read as the day's name, "del" the base's last word too.
		Answer answer = ask("Porcentaje de participantes de Zoom del 28 respecto del 26");
		assertThat(answer.text()).as(why(answer)).contains(percent(last, first, ',') + " %");
	}

	@Test
	void aBaseSaidWithADifferencesPhraseAsksAShareNotAChange() {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Answer answer = ask("Qual a porcentagem de participantes do Zoom no dia 28 em relação ao dia 26?");
		assertThat(answer.text()).as(why(answer))
			.contains(percent(last, first, ',') + " %")
			.doesNotContain(percent(first - last, first, ',') + " %");
	}

	@Test
	void withoutTheLanguagesBasesTheFirstValueAfterTheSharesPhraseIsTheWhole() throws IOException {
		long first = figure("day", "apr26", "zoom");
		long last = figure("day", "apr28", "zoom");
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path spanish = copy.resolve("languages/es.yml");
		TestCorpora.replace(spanish, "\nshare_bases: ", "\n# share_bases: ");
		Answer answer = ask(AnswerEngine.build(CorpusLoader.load(copy)),
				"porcentaje de personas en zoom del 28 respecto al 26");
		assertThat(answer.text()).as(why(answer)).contains(percent(first, last, ',') + " %");
	}

}
