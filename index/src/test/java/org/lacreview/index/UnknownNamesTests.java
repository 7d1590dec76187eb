package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A capitalised word inside what a question asks that no language of the corpus uses is a
 * name of something the document does not cover: the question is refused, whatever intent
 * shares its other words. A value the corpus lists as not covered by the document
 * ("Microsoft Teams") does not make its words known. Capitals that say nothing (a message
 * in capitals, the first word of a sentence, a name in the asker's preamble) and words
 * the corpus knows another way (a synonym, a weekday) do not refuse.
 */
class UnknownNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "¿Quién es la Secretaria Ejecutiva de la OEA?",
			"Who opened the meeting on behalf of UNHCR?", "Combien de personnes ont suivi via Dailymotion ?",
			"¿Cuántos Estados miembros de la Unión Africana participaron?",
			"Combien de personnes ont suivi la réunion sur Teams ?",
			// Words the corpus knows ("social", "mundial"), going on with a name it
			// knows only in part ("Foro").
			"¿Cuándo se celebrará el Foro Social Mundial?" })
	void aQuestionNamingSomethingNoLanguageOfTheCorpusUsesIsRefused(String question) {
		Answer answer = ask(question);
		assertThat(answer.answered()).as(question + " -> " + answer.intent() + " " + answer.trace()).isFalse();
		// Named by a title the corpus gives one of its values, the unknown name is a
		// qualifier of that title, refused as naming what the document does not cover.
		assertThat(answer.trace().decision()).containsAnyOf("does not know", "does not cover");
	}

	@ParameterizedTest
	@ValueSource(strings = { "QUIEN ABRIO LA REUNION", "Soy Ana, de Tijuana. ¿Quién abrió la reunión?",
			"Quand s'est tenue la Revue régionale ?", "Attendance on Zoom on Tuesday the 27th?", "Zoom el 27?",
			"¿Cuándo será el Foro de Examen de la Migración Internacional?" })
	void capitalsThatSayNothingOrWordsTheCorpusKnowsDoNotRefuse(String question) {
		Answer answer = ask(question);
		assertThat(answer.answered()).as(question + " -> " + answer.trace()).isTrue();
	}

}
