package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CharacterTrigramFeaturesTests {

	private final CharacterTrigramFeatures features = new CharacterTrigramFeatures();

	@Test
	void eachTermGivesItsTrigramsWithItsStartAndEndMarked() {
		assertThat(features.extractFeatures(new String[] { "feria", "de" }, Map.of())).containsExactly("c3=<fe",
				"c3=fer", "c3=eri", "c3=ria", "c3=ia>", "c3=<de", "c3=de>");
	}

	@Test
	void aOneLetterTermGivesOnePieceAndNoTermsNone() {
		assertThat(features.extractFeatures(new String[] { "y" }, Map.of())).containsExactly("c3=<y>");
		assertThat(features.extractFeatures(new String[0], Map.of())).isEmpty();
	}

}
