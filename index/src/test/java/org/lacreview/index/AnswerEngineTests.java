package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

class AnswerEngineTests {

	static AnswerEngine engine;

	@BeforeAll
	static void build() {
		engine = AnswerEngine.build(CorpusLoader.load(TestCorpora.MINI));
	}

	private static Answer ask(String question) {
		return engine.answer(question).answer();
	}

	@Test
	void answersAParaphraseWithTheIntentsAnswerAndSource() {
		Answer answer = ask("¿cuando fue el encuentro?");
		assertThat(answer.answered()).isTrue();
		assertThat(answer.intent()).isEqualTo("meeting_dates");
		assertThat(answer.text()).contains("26 al 27 de abril de 2021");
		assertThat(answer.language()).isEqualTo("es");
		assertThat(answer.sources()).extracting(Source::id, Source::url)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("resumen", "https://example.org/doc"));
		assertThat(answer.suggestions()).containsExactly("¿Cuántos participantes hubo vía Zoom el 26 de abril?");
	}

	@Test
	void answersInTheAskersLanguage() {
		Answer answer = ask("When did the meeting happen?");
		assertThat(answer.language()).isEqualTo("en");
		assertThat(answer.text()).isEqualTo("The meeting took place from 26 to 27 April 2021.");
	}

	@Test
	void selectsTheFactOfTheDayNamed() {
		assertThat(ask("¿Cuántos participantes hubo por Zoom el 27 de abril?").text()).contains("80")
			.doesNotContain("100");
		assertThat(ask("How many joined Zoom on April 26th?").text()).contains("100");
		assertThat(ask("¿cuántos se conectaron por zoom el primer día?").text()).contains("100");
		assertThat(ask("¿cuántos se conectaron por zoom el último día?").text()).contains("80");
	}

	@Test
	void computesTotalsAndMaximaFromTheFamily() {
		assertThat(ask("¿Cuántas personas entraron por Zoom?").text()).contains("180").contains("26 de abril: 100");
		assertThat(ask("¿Qué día hubo más gente en Zoom?").text()).contains("26 de abril").contains("100");
	}

	@Test
	void fallsBackOnAQuestionTheDocumentCannotAnswer() {
		Answer answer = ask("¿Va a llover mañana en Santiago?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.intent()).isEqualTo(Answer.FALLBACK);
		assertThat(answer.text()).startsWith("No tengo esa información");
		assertThat(answer.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void anUnanswerableIntentExplainsWhatTheDocumentLacksAndCountsAsNotAnswered() {
		Answer answer = ask("¿En qué ciudad se celebró la reunión?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.text()).startsWith("El documento no dice dónde fue la reunión.");
		assertThat(answer.suggestions()).isNotEmpty();
	}

	@Test
	void fallsBackOnADateTheFamilyDoesNotHave() {
		Answer answer = ask("¿Cuántos participantes hubo por Zoom el 29 de abril?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.text()).contains("no tiene datos");
	}

	@Test
	void fallsBackWhenAFamilyIsAskedAboutSomethingThatIsNotOneOfItsValues() {
		Answer answer = ask("¿Cuántas personas de empresas privadas entraron por Zoom?");
		assertThat(answer.answered()).isFalse();
		assertThat(ask("¿Cuántas personas entraron por Zoom?").answered()).isTrue();
	}

	@Test
	void fallsBackOnAValueMarkedOutsideTheDocument() {
		assertThat(ask("¿Cuántas personas vieron la reunión por Facebook?").answered()).isFalse();
	}

	@Test
	void somethingUncoveredInAPreambleDoesNotStopTheAnswer() {
		assertThat(ask("Trabajo con Facebook. ¿Cuándo fue la reunión?").answered()).isTrue();
		assertThat(ask("Trabajo con Facebook, ¿cuándo fue la reunión?").answered()).isTrue();
		assertThat(ask("¿Cuándo fue la reunión en Facebook?").answered()).isFalse();
	}

	@Test
	void readsAFollowUpAsThePreviousQuestionAboutTheNewValue() {
		Reply first = engine.answer("¿Cuántas personas entraron por Zoom?", Optional.empty(), DialogState.EMPTY);
		assertThat(first.answer().intent()).isEqualTo("zoom_by_day");
		Reply second = engine.answer("¿y por YouTube?", Optional.empty(), first.state());
		assertThat(second.answer().intent()).isEqualTo("youtube_viewers");
		assertThat(second.answer().trace().masked()).contains("youtube").contains("entraron");
		Reply third = engine.answer("¿y por Facebook?", Optional.empty(), second.state());
		assertThat(third.answer().answered()).isFalse();
	}

	@Test
	void resolvesAnEllipticalFollowUpAgainstThePreviousIntent() {
		Reply first = engine.answer("¿Cuántos se conectaron por Zoom el 26 de abril?", Optional.empty(),
				DialogState.EMPTY);
		Reply second = engine.answer("¿y el 27?", Optional.empty(), first.state());
		assertThat(second.answer().intent()).isEqualTo("zoom_by_day");
		assertThat(second.answer().text()).contains("80");
	}

	@Test
	void aFollowUpOpeningAConversationOffersQuestionsInsteadOfGuessing() {
		Answer answer = ask("¿y el 27?");
		assertThat(answer.answered()).isFalse();
		assertThat(answer.suggestions()).isNotEmpty();
	}

	@Test
	void fillsTheSlotFromThePreviousTurnWhenTheQuestionPointsBack() {
		Reply first = engine.answer("¿Cuándo fue la reunión del 27 de abril?", Optional.empty(), DialogState.EMPTY);
		Reply second = engine.answer("¿cuántas personas entraron por zoom ese día?", Optional.empty(), first.state());
		assertThat(second.answer().text()).contains("80").doesNotContain("100");
	}

	@Test
	void withoutAPointerBackTheQuestionIsAnsweredForAllValues() {
		Reply first = engine.answer("¿Cuántos se conectaron por Zoom el 26 de abril?", Optional.empty(),
				DialogState.EMPTY);
		Reply second = engine.answer("¿Cuántas personas entraron por Zoom?", Optional.empty(), first.state());
		assertThat(second.answer().text()).contains("180");
	}

	@Test
	void answersAnIntentAskedForByNameInTheLanguageGiven() {
		Reply reply = engine.answerIntent("meeting_dates", "en", DialogState.EMPTY);
		assertThat(reply.answer().answered()).isTrue();
		assertThat(reply.answer().text()).isEqualTo("The meeting took place from 26 to 27 April 2021.");
		assertThat(reply.answer().sources()).extracting(Source::id).containsExactly("resumen");
		assertThat(reply.answer().suggestions()).containsExactly("How many people joined on Zoom on 27 April?");
	}

	@Test
	void anIntentAskedForByNameWithASlotAnswersForAllValuesAndTheConversationContinues() {
		Reply reply = engine.answerIntent("zoom_by_day", "es", DialogState.EMPTY);
		assertThat(reply.answer().text()).contains("180");
		Reply next = engine.answer("¿y el 27?", Optional.empty(), reply.state());
		assertThat(next.answer().intent()).isEqualTo("zoom_by_day");
		assertThat(next.answer().text()).contains("80").doesNotContain("180");
	}

	@Test
	void askingForAnUnknownIntentByNameIsRefused() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> engine.answerIntent("nothing", "es", DialogState.EMPTY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'nothing'");
	}

	@Test
	void correctsTyposBeforeMatching() {
		Answer answer = ask("¿cuando fue la reunon?");
		assertThat(answer.intent()).isEqualTo("meeting_dates");
		assertThat(answer.trace().corrections()).containsEntry("reunon", "reunion");
	}

	@Test
	void charactersInvisibleInsideWordsDoNotChangeTheAnswer() {
		Answer plain = ask("¿En qué fechas fue la reunión?");
		assertThat(plain.answered()).isTrue();
		// Soft hyphen, zero-width space, non-joiner, joiner, word joiner, zero-width
		// no-break space.
		for (char invisible : "\u00AD\u200B\u200C\u200D\u2060\uFEFF".toCharArray()) {
			Answer hidden = ask("¿En qué fe" + invisible + "chas fue la reu" + invisible + "nión?");
			assertThat(hidden.answered()).as("U+%04X", (int) invisible).isTrue();
			assertThat(hidden.intent()).as("U+%04X", (int) invisible).isEqualTo(plain.intent());
			assertThat(hidden.text()).isEqualTo(plain.text());
		}
	}

	@Test
	void aChangeInTheCorpusChangesTheAnswerWithoutCodeChanges(@TempDir Path dir) throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		Path intents = corpus.resolve("intents/meeting.yml");
		Files.writeString(intents,
				Files.readString(intents)
					.replace("La reunión fue del 26 al 27 de abril de 2021.",
							"La reunión fue en la sede, del 26 al 27 de abril.")
						+ """

								- intent: congress_format
								  sections: [resumen]
								  examples:
								    es: |
								      - ¿Dónde queda la sede del congreso?
								      - ¿En qué ciudad fue el congreso?
								    en: |
								      - Where was the congress held?
								  answer:
								    es: "El congreso fue en línea."
								    en: "The congress was held online."
								""");
		AnswerEngine edited = AnswerEngine.build(CorpusLoader.load(corpus));
		assertThat(edited.answer("¿Cuándo fue la reunión?").answer().text()).contains("en la sede");
		assertThat(edited.answer("¿En qué ciudad se hizo el congreso?").answer().intent()).isEqualTo("congress_format");
		assertThat(ask("¿En qué ciudad se hizo el congreso?").intent()).isNotEqualTo("congress_format");
	}

}
