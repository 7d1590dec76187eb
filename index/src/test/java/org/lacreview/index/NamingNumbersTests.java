package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.why;

import org.junit.jupiter.api.Test;

/**
 * A number that names a value (a year: its attribute named after its own family, and its
 * name) is no figure of a computation: neither its own figure
 * ({@link Operands#onlyFigure}) nor a number the question quotes or an answer's text
 * gives ({@link QuotedComputations}). Years come from the bundled corpus.
 */
class NamingNumbersTests {

	private static long year(String id) {
		return ((Number) BundledEngine.value("year", id).attributes().get("year")).longValue();
	}

	@Test
	void aYearIsNoFigureToCompareRegistrationsWith() {
		long year = year("y2020");
		Answer answer = ask("Combien d'inscrits de plus qu'en " + year + " ?");
		assertThat(answer.text()).as(why(answer))
			.doesNotContain(year + " −")
			.doesNotContain(String.valueOf(year - BundledEngine.familyTotal("group", "count")));
	}

	@Test
	void yearsNamedAreNotAddedUpNorAddedToAFigureOfTheirText() {
		long first = year("y2020");
		long last = year("y2022");
		Answer answer = ask("¿cuántos años hay entre " + first + " y " + last + "?");
		assertThat(answer.text()).as(why(answer))
			.doesNotContain(String.valueOf(first + last))
			.doesNotContain("(" + first + ")")
			.doesNotContain("(" + last + ")");
	}

}
