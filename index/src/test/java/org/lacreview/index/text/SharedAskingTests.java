package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * One way of asking said once for two topics is read as that way with each topic; a topic
 * that merely has "y" in it, or a second topic said without the phrase's last word, is
 * one question.
 */
class SharedAskingTests {

	private static final Phrasing PHRASING = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
			Set.of("qué"), List.of(), List.of("y"), Map.of(),
			Map.of(SharedAsking.KIND, List.of("qué dijeron sobre", "dijeron sobre")));

	private static final SharedAsking shared = new SharedAsking(PHRASING);

	@Test
	void thePhraseGoesWithEachTopicAfterTheJoinerAndItsLastWord() {
		assertThat(shared.distributed(Folding.fold("¿Qué dijeron sobre los talleres y sobre las becas?")))
			.contains(List.of("¿que dijeron sobre los talleres", "¿que dijeron sobre las becas?"));
	}

	@Test
	void aTopicWithAJoinerOfItsOwnIsOneQuestion() {
		assertThat(shared.distributed(Folding.fold("¿Qué dijeron sobre los talleres y las becas?"))).isEmpty();
		assertThat(shared.distributed(Folding.fold("¿Cuándo fueron los talleres y sobre qué?"))).isEmpty();
	}

	@Test
	void theSplitterAsksEachTopicInTurn() {
		QuestionSplitter splitter = new QuestionSplitter(PHRASING);
		assertThat(splitter.split(Folding.fold("qué dijeron sobre los talleres y sobre las becas"))).hasSize(2);
	}

}
