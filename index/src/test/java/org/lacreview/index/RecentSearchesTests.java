package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * {@link RecentSearches} searches again only what this thread did not search lately,
 * keyed by field, terms and limit alike.
 */
class RecentSearchesTests {

	private final RecentSearches recent = new RecentSearches();

	private final AtomicInteger searches = new AtomicInteger();

	private Supplier<List<ExampleIndex.Hit>> search(int ord) {
		return () -> {
			searches.incrementAndGet();
			return new ArrayList<>(List.of(new ExampleIndex.Hit(ord, 1.5)));
		};
	}

	@Test
	void theSameSearchAgainIsNotMadeAgain() {
		List<ExampleIndex.Hit> first = recent.hits("es", List.of("zoom", "dia"), 40, search(1));
		List<ExampleIndex.Hit> again = recent.hits("es", List.of("zoom", "dia"), 40, search(2));
		assertThat(again).isEqualTo(first).containsExactly(new ExampleIndex.Hit(1, 1.5));
		assertThat(searches).hasValue(1);
	}

	@Test
	void anotherFieldOtherTermsOrAnotherLimitIsSearched() {
		recent.hits("es", List.of("zoom"), 40, search(1));
		assertThat(recent.hits("en", List.of("zoom"), 40, search(2))).containsExactly(new ExampleIndex.Hit(2, 1.5));
		assertThat(recent.hits("es", List.of("zoom", "dia"), 40, search(3)))
			.containsExactly(new ExampleIndex.Hit(3, 1.5));
		assertThat(recent.hits("es", List.of("zoom"), 3, search(4))).containsExactly(new ExampleIndex.Hit(4, 1.5));
		assertThat(searches).hasValue(4);
	}

	@Test
	void theLeastRecentSearchIsForgottenPastTheLimit() {
		recent.hits("es", List.of("first"), 40, search(0));
		for (int i = 1; i <= RecentSearches.RECENT; i++) {
			recent.hits("es", List.of("term" + i), 40, search(i));
		}
		recent.hits("es", List.of("first"), 40, search(99));
		assertThat(searches).hasValue(RecentSearches.RECENT + 2);
	}

	@Test
	void theHitsGivenCannotBeChangedByTheCaller() {
		List<ExampleIndex.Hit> hits = recent.hits("es", List.of("zoom"), 40, search(1));
		assertThat(hits).isUnmodifiable();
	}

}
