package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The entity families that define an intent: those that at least
 * {@link DefiningFamilies#SHARE} of its examples name, for an intent with at least
 * {@link DefiningFamilies#MIN_EXAMPLES} examples. The counts are derived from the two
 * constants, so the tests follow a change of either.
 */
class DefiningFamiliesTests {

	/** The least number of examples out of {@code total} that defines a family. */
	private static int enough(int total) {
		return (int) Math.ceil(DefiningFamilies.SHARE * total);
	}

	private static DefiningFamilies examples(String intent, int total, int naming, String family) {
		DefiningFamilies defining = new DefiningFamilies();
		for (int i = 0; i < total; i++) {
			defining.add(intent, i < naming ? Set.of(family) : Set.of());
		}
		return defining;
	}

	@Test
	void aFamilyNamedByTheShareOfTheExamplesDefinesTheIntent() {
		int total = DefiningFamilies.MIN_EXAMPLES * 2;
		assertThat(examples("zoom_by_day", total, enough(total), "platform").byIntent()).containsEntry("zoom_by_day",
				Set.of("platform"));
		assertThat(examples("zoom_by_day", total, total, "platform").byIntent()).containsEntry("zoom_by_day",
				Set.of("platform"));
	}

	@Test
	void aFamilyNamedByFewerExamplesThanTheShareDoesNot() {
		int total = DefiningFamilies.MIN_EXAMPLES * 2;
		assertThat(examples("zoom_by_day", total, enough(total) - 1, "platform").byIntent())
			.doesNotContainKey("zoom_by_day");
	}

	@Test
	void anIntentWithFewerThanTheLeastExamplesHasNoDefiningFamilyEvenIfAllNameOne() {
		int total = DefiningFamilies.MIN_EXAMPLES - 1;
		assertThat(examples("zoom_by_day", total, total, "platform").byIntent()).isEmpty();
		int least = DefiningFamilies.MIN_EXAMPLES;
		assertThat(examples("zoom_by_day", least, least, "platform").byIntent()).containsKey("zoom_by_day");
	}

	@Test
	void eachFamilyAndEachIntentIsCountedOnItsOwn() {
		int total = DefiningFamilies.MIN_EXAMPLES * 2;
		DefiningFamilies defining = new DefiningFamilies();
		for (int i = 0; i < total; i++) {
			defining.add("zoom_by_day", i < enough(total) ? Set.of("platform", "day") : Set.of("day"));
			defining.add("organisers", i == 0 ? Set.of("org") : Set.of());
		}
		assertThat(defining.byIntent()).containsEntry("zoom_by_day", Set.of("platform", "day"))
			.doesNotContainKey("organisers");
	}

}
