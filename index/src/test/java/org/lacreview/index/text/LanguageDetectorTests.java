package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LanguageDetectorTests {

	private static final LanguageDetector DETECTOR = new LanguageDetector(LanguageDetector.loadModel(),
			List.of("es", "en", "pt", "fr"),
			Map.of("es",
					Set.of("hola", "cuando", "fue", "la", "reunion", "gracias", "consulta", "con", "sociedad", "civil"),
					"en", Set.of("hello", "when", "was", "the", "meeting", "thanks"), "pt",
					Set.of("ola", "quando", "foi", "a", "reuniao", "obrigado", "na"), "fr",
					Set.of("bonjour", "quand", "a", "eu", "lieu", "la", "reunion", "merci")),
			Map.of("es", Set.of("cuando", "la", "con"), "en", Set.of("when", "was", "the"), "pt",
					Set.of("quando", "a", "na"), "fr", Set.of("quand", "a", "la")));

	@Test
	void recognisesShortQuestionsByTheirWords() {
		assertThat(DETECTOR.detect("Hola", Optional.empty())).isEqualTo("es");
		assertThat(DETECTOR.detect("Hello", Optional.empty())).isEqualTo("en");
		assertThat(DETECTOR.detect("Obrigado!", Optional.empty())).isEqualTo("pt");
		assertThat(DETECTOR.detect("Merci", Optional.empty())).isEqualTo("fr");
	}

	@Test
	void recognisesLongerQuestionsWithTheModel() {
		assertThat(DETECTOR.detect("Quantas pessoas acompanharam a transmissão pelo YouTube?", Optional.empty()))
			.isEqualTo("pt");
		assertThat(DETECTOR.detect("Combien de personnes ont suivi la réunion sur YouTube ?", Optional.empty()))
			.isEqualTo("fr");
		assertThat(DETECTOR.detect("How many people followed the meeting on YouTube?", Optional.empty()))
			.isEqualTo("en");
	}

	@Test
	void aQuestionWithNoKnownWordKeepsTheConversationsLanguage() {
		assertThat(DETECTOR.detect("¿y el 27?", Optional.of("pt"))).isEqualTo("pt");
		assertThat(DETECTOR.detect("27?", Optional.empty())).isEqualTo("es");
	}

	@Test
	void aQuestionOfSeveralWordsInOneLanguageIsConfident() {
		Detection detection = DETECTOR.detection("When was the meeting?", Optional.of("es"), Optional.of("pt"));
		assertThat(detection.language()).isEqualTo("en");
		assertThat(detection.confident()).isTrue();
	}

	@Test
	void oneWordIsNeverConfidentEnoughToSwitchLanguage() {
		for (String word : new String[] { "gracias", "Hello", "merci", "obrigado" }) {
			assertThat(DETECTOR.detection(word, Optional.empty(), Optional.empty()).confident()).as(word).isFalse();
		}
	}

	@Test
	void aTieGoesToTheConversationThenToTheChannel() {
		assertThat(DETECTOR.detection("27?", Optional.of("fr"), Optional.of("pt")).language()).isEqualTo("fr");
		assertThat(DETECTOR.detection("27?", Optional.empty(), Optional.of("pt")).language()).isEqualTo("pt");
		assertThat(DETECTOR.detection("27?", Optional.empty(), Optional.empty()).language()).isEqualTo("es");
	}

	@Test
	void aSentenceInALanguageTheCorpusLacksIsForeign() {
		for (String text : new String[] { "Wer hat die Sitzung eröffnet?", "Kto otworzył spotkanie?",
				"Кто открыл встречу?", "من افتتح الاجتماع؟" }) {
			Detection detection = DETECTOR.detection(text, Optional.empty(), Optional.empty());
			assertThat(detection.foreign()).as(text).isTrue();
			assertThat(detection.confident()).as(text).isFalse();
		}
		assertThat(DETECTOR.detection("When was the meeting?", Optional.empty(), Optional.empty()).foreign()).isFalse();
	}

	@Test
	void aMixedMessageIsFramedByTheLanguageOfItsFunctionWords() {
		// English function words ("when", "was", "the") around Spanish terms: the asker
		// writes English.
		assertThat(
				DETECTOR.detection("When was the consulta con la sociedad civil?", Optional.empty(), Optional.empty())
					.matrix())
			.contains("en");
		assertThat(DETECTOR
			.detection("Cuando fue la consulta con la sociedad na reuniao?", Optional.empty(), Optional.empty())
			.matrix()).contains("es");
	}

	@Test
	void aMessageInOneLanguageOrWithoutAClearFrameHasNoMatrixLanguage() {
		assertThat(DETECTOR.detection("When was the meeting?", Optional.empty(), Optional.empty()).matrix()).isEmpty();
		// One function word each ("the", "con"): no frame, detection decides.
		assertThat(DETECTOR.detection("the consulta con meeting", Optional.empty(), Optional.empty()).matrix())
			.isEmpty();
	}

	@Test
	void aFunctionWordSharedByTwoLanguagesCountsForTheOneWhoseTextsHaveItBesideItsNeighbour() {
		Map<String, Set<String>> words = Map.of("es", Set.of("que", "significa", "segundo", "dia"), "pt",
				Set.of("que", "significa", "segundo", "dia"));
		Map<String, Set<String>> functionWords = Map.of("es", Set.of("que", "de", "no", "o"), "pt",
				Set.of("que", "de", "no", "o"));
		LanguageDetector withoutPairs = new LanguageDetector(LanguageDetector.loadModel(), List.of("es", "pt"), words,
				functionWords);
		LanguageDetector withPairs = new LanguageDetector(LanguageDetector.loadModel(), List.of("es", "pt"), words,
				functionWords, Map.of("es", Set.of("lo que"), "pt", Set.of("o que", "segundo dia")));
		// Every word is both languages': the default (Spanish) wins without the pairs.
		assertThat(withoutPairs.detect("o que significa", Optional.empty())).isEqualTo("es");
		assertThat(withPairs.detect("o que significa", Optional.empty())).isEqualTo("pt");
		// A pair of content words says nothing: one language's few examples may lack it.
		assertThat(withPairs.detect("segundo dia", Optional.empty())).isEqualTo("es");
	}

}
