package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question naming a value the corpus marks {@code in_document: false} (a country: the
 * document names none) is refused with the sentence that the document has no data on it,
 * also when the country is named by its adjective of nationality ("ONG brasileñas"); a
 * language's name ("español") or part of a longer name ("Bloc latino-américain") names no
 * country. So is one naming another edition of the review, a group, forum or agreement
 * the document does not name ("la revisión anterior", "el sector privado").
 */
class UncoveredValuesTests {

	@ParameterizedTest
	@ValueSource(strings = { "¿Cuántas ONG brasileñas se inscribieron?", "Combien d'ONG françaises étaient inscrites ?",
			"How many Venezuelan migrants took part?", "Quantas organizações haitianas participaram?" })
	void aCountryNamedByItsNationalityIsOneTheDocumentDoesNotCover(String question) {
		Answer answer = ask(question);
		assertThat(answer.answered()).as(question + " -> " + answer.trace()).isFalse();
		assertThat(answer.trace().decision()).contains("does not cover");
	}

	@ParameterizedTest
	@ValueSource(strings = { "¿Cuántos gobiernos más se registraron que en la revisión anterior?",
			"When is the next regional review?", "¿Cuántas empresas privadas se registraron?",
			"When will the Global Forum on Migration and Development take place?",
			"C'est quoi le Pacte mondial sur les réfugiés ?", "Quantos países africanos participaram?" })
	void anotherEditionAForumOrAGroupTheDocumentDoesNotNameIsRefused(String question) {
		Answer answer = ask(question);
		assertThat(answer.answered()).as(question + " -> " + answer.trace()).isFalse();
		assertThat(answer.trace().decision()).contains("does not cover");
	}

	@Test
	void aDayNotCoveredInASentenceAskedByAQuestionMarkAloneIsRefused() {
		// The lone mark after the sentence is no question of its own: the date is in the
		// question, not a preamble.
		Answer answer = ask("participants zoom le 25.04. ?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
	}

	@Test
	void theReviewItselfAndTheForumItNamesAreStillAnswered() {
		assertThat(ask("¿Cuántos se registraron en la reunión regional de revisión?").text()).contains("982");
		assertThat(ask("When will the International Migration Review Forum take place?").text()).contains("2022");
	}

	@Test
	void aLanguagesNameOrALongerNameNamesNoCountry() {
		assertThat(ask("¿Hablas español?").trace().decision()).doesNotContain("does not cover");
		assertThat(ask("Você fala espanhol?").trace().decision()).doesNotContain("does not cover");
		Answer bloc = ask("Qui représentait le Bloc latino-américain ?");
		assertThat(bloc.trace().decision()).doesNotContain("does not cover");
		assertThat(bloc.answered()).isTrue();
	}

}
