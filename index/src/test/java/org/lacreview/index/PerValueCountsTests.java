package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * Computations over how many values of one family each value named of another has: the
 * thematic areas of each day, which the areas' {@code day} texts give, never the days'
 * own Zoom figures. Expected counts come from the corpus's values.
 */
class PerValueCountsTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	/** How many areas the bundled corpus holds on the day {@code id}. */
	private static long areasOn(String id) {
		EntityFamily areas = engine.corpus().family("area").orElseThrow();
		EntityValue day = engine.corpus().family("day").orElseThrow().value(id).orElseThrow();
		return PerValueCounting.belonging(areas, day).size();
	}

	private static String label(String id, String lang) {
		return engine.corpus()
			.family("day")
			.orElseThrow()
			.value(id)
			.orElseThrow()
			.label()
			.in(lang, List.of())
			.orElseThrow();
	}

	@Test
	void theAreasOfADayAreThoseWhoseDayTextIsItsLabel() {
		assertThat(areasOn("apr27")).isPositive();
		assertThat(areasOn("apr28")).isPositive();
		assertThat(areasOn("apr27") + areasOn("apr28")).isEqualTo(BundledEngine.inDocument("area").size());
	}

	@Test
	void aComparisonOfHowManyAreasTwoDaysHadComparesTheirCountsNotTheirZoomFigures() {
		long first = Math.max(areasOn("apr27"), areasOn("apr28"));
		long second = Math.min(areasOn("apr27"), areasOn("apr28"));
		Answer answer = ask(engine, "¿El 28 hubo más o menos áreas temáticas que el 27?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(first + " − " + second + " = " + (first - second))
			.doesNotContain(String.valueOf(BundledEngine.figure("day", "apr27", "zoom")));
		// The count's phrase within the difference's ("cuántas áreas más"): still a
		// difference of the counts, not the count of every area.
		for (String question : List.of("¿Cuántas áreas más hubo el 27 que el 28?",
				"How many more areas were discussed on April 27 than on April 28?")) {
			Answer more = ask(engine, question);
			assertThat(more.text()).as(more.trace().toString())
				.contains(first + " − " + second + " = " + (first - second));
		}
	}

	@Test
	void aSumAnAverageAndAShareOfTheAreasPerDayAreComputedOverTheirCounts() {
		long first = areasOn("apr27");
		long second = areasOn("apr28");
		Answer sum = ask(engine, "Quantas áreas temáticas no total, somando os dias 27 e 28?");
		assertThat(sum.text()).as(sum.trace().toString())
			.contains("(" + first + ")", "(" + second + ")", String.valueOf(first + second));
		Answer average = ask(engine,
				"On average, how many thematic round tables were held per day on the 27th and 28th?");
		assertThat(average.text()).as(average.trace().toString()).contains((first + second) + " ÷ 2");
		Answer share = ask(engine, "¿Qué porcentaje de las mesas redondas temáticas se realizó el 27 de abril?");
		assertThat(share.text()).as(share.trace().toString())
			.contains(first + " de " + (first + second))
			.contains(Math.round(100.0 * first / (first + second)) + " %");
	}

	@Test
	void aRankOfTheDaysByTheirAreasNamingNoDayRanksEveryDayThatHasAny() {
		String busiest = List.of("apr27", "apr28")
			.stream()
			.max(Comparator.comparingLong(PerValueCountsTests::areasOn))
			.orElseThrow();
		Answer answer = ask(engine, "which day had the most round tables?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(label(busiest, "en"))
			.contains("with " + areasOn(busiest));
	}

	@Test
	void aCountPhraseThatCountsSomethingElseIsNoCountOfTheAreas() {
		long first = areasOn("apr27");
		long second = areasOn("apr28");
		Answer answer = ask(engine, "¿cuántas personas más hubo en las mesas del 27 que del 28?");
		assertThat(answer.text()).as(answer.trace().toString())
			.doesNotContain(Math.max(first, second) + " − " + Math.min(first, second));
	}

	@Test
	void withoutTheAreasDayTextsMatchingTheDaysLabelsNoCountIsMadeAndNoZoomFigureGiven() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/area.yml"), "es: " + label("apr28", "es"), "es: el 28");
		AnswerEngine unlinked = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = ask(unlinked, "¿El 28 hubo más o menos áreas temáticas que el 27?");
		assertThat(answer.text()).as(answer.trace().toString())
			.doesNotContain(" − ")
			.doesNotContain(String.valueOf(BundledEngine.figure("day", "apr28", "zoom")));
	}

}
