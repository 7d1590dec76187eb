package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FoldingTests {

	/**
	 * Soft hyphen, zero-width space, non-joiner, joiner, word joiner, zero-width no-break
	 * space.
	 */
	static final List<Character> INVISIBLE = List.of('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF');

	@Test
	void foldingRemovesAccentsCaseAndCharactersInvisibleInsideWords() {
		assertThat(Folding.fold("¿Cuándo?")).isEqualTo("¿cuando?");
		for (char invisible : INVISIBLE) {
			assertThat(Folding.fold("Fe" + invisible + "chas")).as("U+%04X", (int) invisible).isEqualTo("fechas");
		}
	}

	@Test
	void visibleKeepsEverythingButTheInvisibleCharacters() {
		for (char invisible : INVISIBLE) {
			assertThat(Folding.visible("¿Fe" + invisible + "chas?")).as("U+%04X", (int) invisible)
				.isEqualTo("¿Fechas?");
		}
	}

}
