package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * A value the question names of a family the document covers one value of (the region it
 * is about) says nothing about which intent answers: it takes nothing from intents whose
 * examples never name it ({@link QuestionRanking}).
 */
class OneCoveredValueTests {

	@Test
	void namingTheDocumentsOwnRegionDoesNotLowerTheAnswer() {
		Answer plain = ask("¿Quiénes coorganizaron la Revisión Regional?");
		Answer withRegion = ask(
				"¿Quiénes coorganizaron la Revisión Regional del Pacto Mundial para la Migración en América Latina y el Caribe?");
		assertThat(withRegion.answered()).as(withRegion.trace().toString()).isTrue();
		assertThat(withRegion.intent()).isEqualTo(plain.intent());
		assertThat(withRegion.trace().entities()).anyMatch(e -> e.startsWith("region:"));
	}

	@Test
	void aRegionTheDocumentDoesNotCoverIsStillRefused() {
		Answer answer = ask("¿Quiénes coorganizaron la Revisión Regional para Asia?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

}
