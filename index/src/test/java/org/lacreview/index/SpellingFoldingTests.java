package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * The spelling stage folds words as the index does ({@link Folding}, Lucene's
 * ASCIIFoldingFilter): a misspelt word, typed with a ligature or without, is corrected to
 * the word whose analysed term the index holds.
 */
class SpellingFoldingTests {

	@Test
	void aMisspeltWordWithALigatureIsCorrectedToTheTermTheIndexHolds() {
		AnswerEngine engine = BundledEngine.get();
		LanguageAnalyzer french = new LanguageAnalyzer(engine.corpus().languages().get("fr"));
		for (String misspelt : new String[] { "œuvrre", "oeuvrre", "Œuvrre" }) {
			Map<String, String> corrections = new HashMap<>();
			String corrected = engine.spelling().correct(Folding.fold(misspelt), "fr", corrections);
			assertThat(corrected).as(misspelt).isEqualTo("oeuvre");
			assertThat(french.terms(corrected)).as(misspelt).isEqualTo(french.terms("œuvre"));
		}
	}

}
