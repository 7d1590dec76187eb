package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;

/**
 * A count of a family's values is given only by an intent that speaks of them: by its
 * slot, its examples, a word of the family's kind or a value's label in its answer.
 */
class CountedFamiliesTests {

	private static final Corpus corpus = BundledEngine.get().corpus();

	private static final CountedFamilies families = new CountedFamilies(corpus, Map.of());

	private static Intent intent(String name) {
		return corpus.intent(name).orElseThrow();
	}

	@Test
	void anAnswerSayingTheKindOrAValueLabelSpeaksOfTheFamily() {
		// The round tables' answer says "cinco áreas" and names the two days by label.
		assertThat(families.speaksOf(intent("round_tables"), "area")).isTrue();
		assertThat(families.speaksOf(intent("round_tables"), "day")).isTrue();
		assertThat(families.speaksOf(intent("registered_total"), "area")).isFalse();
	}

	@Test
	void aTotalOfTheAreasIsNotTheRegistrationsTotal() {
		Answer answer = ask(BundledEngine.get(), "how many areas were there in total?");
		assertThat(answer.intent()).as(answer.trace().toString()).isNotEqualTo("registered_total");
	}

	@Test
	void aCountOfAnOrderedFamilyRankedForAnotherTotalIsCountedByAnIntentAboutIt() {
		// "en total" ranks the registrations' total first; the areas are numbered, all
		// five in the corpus, so their count is the family's.
		for (String question : new String[] { "¿cuántas áreas hubo en total?", "how many areas in total?" }) {
			Answer answer = ask(BundledEngine.get(), question);
			assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
			assertThat(answer.intent()).isEqualTo("area_topic");
			assertThat(answer.text()).contains("5").contains("4");
			assertThat(answer.trace().decision()).contains("counted with area_topic");
		}
	}

	@Test
	void aCountNamingAValueOfTheFamilyIsNoCountOfTheFamily() {
		Answer answer = ask(BundledEngine.get(), "How many people watched the area 2 round table on YouTube?");
		// It does name an area: the count it asks is of something about that one.
		assertThat(answer.trace().entities()).as(answer.trace().toString()).anyMatch(e -> e.startsWith("area:"));
		assertThat(answer.trace().decision()).as(answer.trace().toString()).doesNotContain("counted with");
	}

}
