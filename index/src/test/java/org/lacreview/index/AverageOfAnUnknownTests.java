package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.why;

import org.junit.jupiter.api.Test;

/**
 * An average asked of a word nothing the bot answers uses ("the average age") is refused
 * ({@link OperationReader#afterPhraseOf}, {@link KnownWords#startsWithForeignTerm}): no
 * figure is one. An average of what the figures count is still computed. Figures come
 * from the bundled corpus.
 */
class AverageOfAnUnknownTests {

	@Test
	void anAverageOfAWordNoAnswerUsesIsRefused() {
		Answer answer = ask("What was the average age of registrants?");
		assertThat(answer.answered()).as(why(answer)).isFalse();
		Answer portuguese = ask("Qual foi a média de idade dos participantes registrados?");
		assertThat(portuguese.answered()).as(why(portuguese)).isFalse();
	}

	@Test
	void anAverageOfWhatTheFiguresCountIsComputed() {
		long days = BundledEngine.inDocument("day").stream().filter(d -> d.attributes().get("zoom") != null).count();
		long average = Math.round(BundledEngine.familyTotal("day", "zoom") / (double) days);
		Answer answer = ask("¿Cuál fue el promedio de participantes por día en Zoom?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).contains(String.valueOf(average));
	}

}
