package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.familyTotal;

import org.junit.jupiter.api.Test;

/**
 * An average said per a value of a family with figures ({@link PerFiguredFamily}) is one
 * per value of that family: the registrants per category are averaged, the Zoom figures
 * of the days are not an average per group. Figures come from the bundled corpus.
 */
class AveragePerFiguredFamilyTests {

	@Test
	void anAveragePerGroupOfAFigureTheGroupsDoNotHaveIsRefused() {
		Answer answer = ask("¿cuántos por grupo en promedio se conectaron por zoom?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.text()).doesNotContain(String.valueOf(familyTotal("day", "zoom")));
	}

	@Test
	void anAveragePerValueOfTheFamilyWhoseFiguresAreAskedIsComputed() {
		Answer perCategory = ask("promedio de registrados por categoría?");
		assertThat(perCategory.answered()).as(perCategory.trace().toString()).isTrue();
		assertThat(perCategory.text()).contains(String.valueOf(familyTotal("group", "count")));
		Answer perDay = ask("average zoom participants per day?");
		assertThat(perDay.answered()).as(perDay.trace().toString()).isTrue();
		assertThat(perDay.text()).contains(String.valueOf(familyTotal("day", "zoom")));
	}

}
