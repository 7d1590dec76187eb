package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;

class AskedKindTests {

	private static final AskedKind SPANISH = new AskedKind(spanish());

	private static Phrasing spanish() {
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		kinds.put("person", List.of("quién"));
		kinds.put("date", List.of("cuándo", "en qué año"));
		kinds.put("place", List.of("dónde", "en qué ciudad"));
		kinds.put("number", List.of("cuántos"));
		return new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of("quién", "cuándo", "cuál"),
				List.of(), List.of(), Map.of(), kinds);
	}

	/** The Spanish kinds with one more, "day", asked by {@code phrase}. */
	private static AskedKind spanishWithADay(String phrase) {
		Phrasing spanish = spanish();
		Map<String, List<String>> kinds = new LinkedHashMap<>(spanish.asksFor());
		kinds.put("day", List.of(phrase));
		return new AskedKind(new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(), spanish.questionWords(),
				List.of(), List.of(), Map.of(), kinds));
	}

	@Test
	void theFirstPhraseOfAKindSaysWhatTheQuestionAsksFor() {
		assertThat(SPANISH.in("¿quien abrio la reunion?")).contains("person");
		assertThat(SPANISH.in("¿en que ano se adopto el pacto?")).contains("date");
		assertThat(SPANISH.in("hola, ¿en que ciudad fue?")).contains("place");
		assertThat(SPANISH.in("¿cuantos anos tiene y donde vive?")).contains("number");
	}

	@Test
	void aQuestionWhoseFirstInterrogativeIsNoKindAsksForNone() {
		// "donde" after "cual" is a relative, not the question's interrogative.
		assertThat(SPANISH.in("¿cual es la pagina donde hay mas informacion?")).isEmpty();
		assertThat(SPANISH.in("¿que dijeron sobre la pandemia?")).isEmpty();
		assertThat(SPANISH.in("la reunion de abril")).isEmpty();
	}

	@Test
	void aPhraseOfAKindRightAfterABareInterrogativeWithAVerbAndAnArticleAsksForItsKind() {
		AskedKind reading = spanishWithADay("fecha exacta");
		// "cual fue la" adds no kind of its own: the phrase after it says what is asked.
		assertThat(reading.in("¿cual fue la fecha exacta de la feria?")).contains("day");
		// Further from the interrogative, the phrase is part of what the question names.
		assertThat(reading.in("¿cual es la pagina con la fecha exacta de la feria?")).isEmpty();
	}

	@Test
	void aPhraseWithAGapAsksForItsKindWhateverWordsStandInIt() {
		AskedKind reading = spanishWithADay("dónde se habló … de");
		// At the start of "donde", the longer phrase with its gap is the one asked.
		assertThat(reading.in("¿donde se hablo en la feria de ceramica?")).contains("day");
		assertThat(reading.in("¿donde fue la feria?")).contains("place");
		// A phrase with a gap is no phrase AnswerSearch strips: its gap holds the topic.
		assertThat(reading.phraseIn("¿donde se hablo en la feria de ceramica?")).contains("donde");
	}

	@Test
	void aRelativeAfterAnOpeningInterrogativeThatAsksOnlyWithItsAccentAsksForNoKind() {
		Phrasing spanish = spanish();
		AskedKind reading = new AskedKind(new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
				spanish.questionWords(), List.of(), List.of(), Map.of(), spanish.asksFor(), Map.of(), List.of("qué"),
				List.of(), List.of(), List.of(), List.of()));
		// "¿de qué trataba el taller donde…?": "donde" is a relative there.
		assertThat(reading.in("¿de que trataba el taller donde se hablo de ceramica?")).isEmpty();
		assertThat(reading.in("que se dijo en la feria donde hubo musica")).isEmpty();
		// The opening interrogative inside a phrase of a kind still asks for it.
		assertThat(reading.in("¿en que ciudad fue la feria donde hubo musica?")).contains("place");
		// Not opening the question, "que" is no interrogative.
		assertThat(reading.in("dime lo que sepas: ¿donde fue la feria?")).contains("place");
		// Without the language's accented interrogatives, the relative is read as before.
		assertThat(SPANISH.in("¿de que trataba el taller donde se hablo de ceramica?")).contains("place");
	}

	@Test
	void aPhraseOfAKindNoAnswerGivesIsWhatIsAskedWhereverItStands() {
		Map<String, List<String>> kinds = new LinkedHashMap<>(spanish().asksFor());
		kinds.put("absent", List.of("no vinieron"));
		Phrasing phrasing = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
				Set.of("quién", "cuándo", "cuál"), List.of(), List.of(), Map.of(), kinds);
		AskedKind reading = new AskedKind(phrasing, Set.of("person", "date", "place", "number"));
		// After "cuántos", which asks a number some answer gives.
		assertThat(reading.in("¿cuantos talleres no vinieron?")).contains("absent");
		// Every kind given, the first phrase says it, as before.
		assertThat(new AskedKind(phrasing).in("¿cuantos talleres no vinieron?")).contains("number");
	}

	@Test
	void aLanguageWithoutKindsReadsNoKind() {
		assertThat(new AskedKind(Phrasing.NONE).in("¿quien abrio la reunion?")).isEmpty();
	}

	@Test
	void phrasesAreMatchedAsWholeWords() {
		// "quienes" is not the phrase "quien" followed by letters.
		assertThat(SPANISH.in("¿quienes abrieron la reunion?")).isEmpty();
	}

}
