package org.lacreview.index.folding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.text.LanguageAnalyzer;

class FoldingTests {

	/**
	 * Soft hyphen, zero-width space, non-joiner, joiner, word joiner, zero-width no-break
	 * space.
	 */
	static final List<Character> INVISIBLE = List.of('\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF');

	/**
	 * Each word written with letters Lucene's ASCIIFoldingFilter folds, and its folded
	 * form: ligatures, letters that are not a base letter with an accent, compatibility
	 * forms, accents written apart from their letter, and accented Spanish, Portuguese
	 * and French words.
	 */
	static final Map<String, String> FOLDED = Map.ofEntries(Map.entry("œuvre", "oeuvre"), Map.entry("Œuvre", "oeuvre"),
			Map.entry("Æ", "ae"), Map.entry("ex æquo", "ex aequo"), Map.entry("Straße", "strasse"),
			Map.entry("ﬁnal", "final"), Map.entry("ＦＩＮＡＬ", "final"), Map.entry("Øresund", "oresund"),
			Map.entry("Łódź", "lodz"), Map.entry("cua\u0301ndo", "cuando"), Map.entry("¿Cuándo?", "¿cuando?"),
			Map.entry("reunión", "reunion"), Map.entry("Ñandú", "nandu"), Map.entry("migração", "migracao"),
			Map.entry("ações", "acoes"), Map.entry("você", "voce"), Map.entry("réunion", "reunion"),
			Map.entry("Caraïbes", "caraibes"), Map.entry("coût", "cout"), Map.entry("Ça", "ca"), Map.entry("1º", "1o"));

	/**
	 * No stop words, no synonyms, no stemmer: an analyser that only tokenizes and folds.
	 */
	private static final LanguageAnalyzer TOKENS_ONLY = new LanguageAnalyzer(
			new LanguagePack("xx", Set.of(), List.of(), List.of(), Map.of(), List.of(), List.of()));

	@Test
	void foldingRemovesAccentsCaseAndCharactersInvisibleInsideWords() {
		assertThat(Folding.fold("¿Cuándo?")).isEqualTo("¿cuando?");
		for (char invisible : INVISIBLE) {
			assertThat(Folding.fold("Fe" + invisible + "chas")).as("U+%04X", (int) invisible).isEqualTo("fechas");
		}
	}

	@Test
	void foldingIsLucenesAsciiFolding() {
		FOLDED.forEach((word, folded) -> assertThat(Folding.fold(word)).as(word).isEqualTo(folded));
	}

	@Test
	void thePlainStringFoldingAndTheAnalyserAgreeTermByTerm() {
		FOLDED.forEach((word, folded) -> {
			List<String> words = List.of(folded.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
			assertThat(TOKENS_ONLY.terms(word)).as(word).isEqualTo(words);
			assertThat(TOKENS_ONLY.terms(Folding.fold(word))).as(word).isEqualTo(words);
		});
	}

	@Test
	void stopWordsAndSynonymsWrittenWithLigaturesMatchTheFoldedText() {
		LanguageAnalyzer french = new LanguageAnalyzer(new LanguagePack("fr", Set.of("œil"),
				List.of(List.of("mise en oeuvre", "mise en œuvre")), List.of(), Map.of(), List.of(), List.of()));
		assertThat(french.terms("l'Œil")).isEqualTo(french.terms("l'oeil"));
		assertThat(french.terms("la mise en œuvre")).isEqualTo(french.terms("la mise en oeuvre"));
	}

	@Test
	void visibleKeepsEverythingButTheInvisibleCharacters() {
		for (char invisible : INVISIBLE) {
			assertThat(Folding.visible("¿Fe" + invisible + "chas?")).as("U+%04X", (int) invisible)
				.isEqualTo("¿Fechas?");
		}
	}

}
