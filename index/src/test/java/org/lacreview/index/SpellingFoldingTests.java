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

	@Test
	void aWordIsNeverCorrectedIntoANameOfAValueTheDocumentDoesNotCover() {
		// "insta", a name the corpus gives Instagram (a platform the document does not
		// cover), is one letter from "instó": the session 33 start corrected the verb
		// into
		// it and refused the question as naming something the document does not cover.
		AnswerEngine engine = BundledEngine.get();
		boolean uncoveredName = engine.corpus()
			.families()
			.stream()
			.flatMap(f -> f.values().stream())
			.filter(v -> !v.inDocument())
			.anyMatch(v -> v.allNames().contains("insta"));
		assertThat(uncoveredName).isTrue();
		Map<String, String> corrections = new HashMap<>();
		engine.spelling().correct("se insto a respetar", "es", corrections);
		assertThat(corrections).doesNotContainValue("insta");
		Answer answer = BundledEngine.ask("¿Qué se instó a hacer con los derechos de las personas migrantes?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
	}

}
