package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;

/**
 * Values named as the largest or smallest few of a family by its figure ("los dos grupos
 * más grandes", "the top 2 groups"), over the bundled corpus; the expected values are
 * ranked here from the corpus's own figures.
 */
class TopValuesTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static List<EntityValue> groupsBy(Comparator<EntityValue> order) {
		return BundledEngine.inDocument("group").stream().sorted(order).toList();
	}

	private static long count(EntityValue value) {
		return ((Number) value.attributes().get("count")).longValue();
	}

	private static final Comparator<EntityValue> BY_COUNT = Comparator.comparingLong(TopValuesTests::count);

	@Test
	void aCountBeforeANounAndASuperlativeNamesTheLargestFew() {
		List<EntityValue> largest = groupsBy(BY_COUNT.reversed());
		Answer answer = engine.answer("Los dos grupos más grandes de inscritos, ¿cuánto suman entre ambos?").answer();
		assertThat(answer.trace().entities())
			.contains("group:[" + largest.get(0).id() + ", " + largest.get(1).id() + "]");
		assertThat(answer.text()).contains(String.valueOf(count(largest.get(0)) + count(largest.get(1))));
	}

	@Test
	void theSmallestFewAreNamedInEveryLanguageAndWithTheSuperlativeFirst() {
		List<EntityValue> smallest = groupsBy(BY_COUNT);
		Answer answer = engine.answer("les deux plus petits groupes d'inscrits, ça fait combien au total ?").answer();
		assertThat(answer.text()).as(answer.trace().toString())
			.contains(String.valueOf(count(smallest.get(0)) + count(smallest.get(1))));
		List<EntityValue> largest = groupsBy(BY_COUNT.reversed());
		assertThat(engine.answer("the top 2 groups combined?").answer().trace().entities())
			.contains("group:[" + largest.get(0).id() + ", " + largest.get(1).id() + "]");
	}

}
