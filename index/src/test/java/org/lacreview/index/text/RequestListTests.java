package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * Requests listed without a question word ("fecha del taller y número de inscritos") are
 * one question each, split before the key cue or count phrase that starts each; a message
 * asking a computation other than a count, a cue after an article, or a side of one word
 * is left whole.
 */
class RequestListTests {

	private static final Phrasing PHRASING = new Phrasing(Map.of(), List.of(), List.of(), List.of(),
			List.of("cuántos", "número de", "cuál es el"), Set.of("cuántos", "cuál", "cuándo"), List.of(),
			List.of("y", "et"), Map.of("count", List.of("cuántos", "número de", "cantidad de", "nombre d'"),
					"difference", List.of("diferencia", "cuántos más")),
			Map.of());

	private static final RequestList requests = new RequestList(PHRASING);

	private static List<String> split(String message) {
		String folded = Folding.fold(message);
		return requests.split(List.of(folded), folded);
	}

	@Test
	void aJoinerCommaOrPlusBeforeACountPhraseStartsARequest() {
		assertThat(split("fecha del taller y número de inscritos")).containsExactly("fecha del taller",
				"numero de inscritos");
		assertThat(split("lugar de la feria, cantidad de puestos, porfa")).containsExactly("lugar de la feria",
				"cantidad de puestos, porfa");
		assertThat(split("horario de la feria + número de puestos")).containsExactly("horario de la feria",
				"numero de puestos");
		// A cue that ends with an elision goes on into the next word.
		assertThat(split("dates du salon et nombre d'exposants")).containsExactly("dates du salon",
				"nombre d'exposants");
	}

	@Test
	void aComputationAnArticleOrAOneWordSideKeepsTheMessageWhole() {
		assertThat(split("la diferencia entre la feria y número de talleres")).hasSize(1);
		assertThat(split("fecha del taller y el número de inscritos")).hasSize(1);
		assertThat(split("fechas y número de inscritos")).hasSize(1);
	}

	@Test
	void aCueWithAQuestionWordIsLeftToTheSplitter() {
		// "cuál es el" holds a question word: the splitter's own rule splits before it.
		assertThat(split("fecha del taller y cuál es el lugar")).hasSize(1);
		QuestionSplitter splitter = new QuestionSplitter(PHRASING);
		assertThat(splitter.split(Folding.fold("fecha del taller y número de inscritos"))).hasSize(2);
	}

}
