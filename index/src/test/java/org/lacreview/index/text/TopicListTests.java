package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * A topic, a colon and a short list of what is asked of it is one question per item, each
 * with the topic; a single item, a list of sentences or a topic that asks itself is left
 * as it is.
 */
class TopicListTests {

	private static final Phrasing PHRASING = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
			Set.of("qué"), List.of(), List.of("y"), Map.of(), Map.of());

	private static final TopicList topics = new TopicList(PHRASING);

	@Test
	void eachItemOfTheListIsAskedOfTheTopic() {
		assertThat(topics.distributed(Folding.fold("talleres: fecha, cuántas personas y de qué países?"), null))
			.contains(List.of("talleres: fecha?", "talleres: cuantas personas?", "talleres: de que paises?"));
		assertThat(topics.distributed(Folding.fold("la feria: lugar y horario"), null))
			.contains(List.of("la feria: lugar?", "la feria: horario?"));
	}

	@Test
	void oneItemLongItemsOrAQuestionBeforeTheColonAreNoList() {
		assertThat(topics.distributed(Folding.fold("talleres: ¿cuántas personas vinieron?"), null)).isEmpty();
		assertThat(topics.distributed(
				Folding.fold("una duda: quiero saber cuándo empezaron los talleres de la tarde y quién los dio"), null))
			.isEmpty();
		assertThat(topics.distributed(Folding.fold("¿qué hubo en la feria? lugar y horario"), null)).isEmpty();
		assertThat(topics.distributed(Folding.fold("talleres: uno, dos, tres y cuatro"), null)).isEmpty();
	}

	@Test
	void anItemBeforeTheLastWithAComputationsPhraseMakesTheItemsOperands() {
		java.util.regex.Pattern summing = java.util.regex.Pattern.compile("\\bsumando\\b|\\btotal\\b");
		assertThat(topics.distributed(Folding.fold("la feria: sumando los 20 talleres y las 5 charlas, ¿cuántos?"),
				summing))
			.isEmpty();
		assertThat(topics.distributed(Folding.fold("la feria: fechas y total de inscritos"), summing))
			.contains(List.of("la feria: fechas?", "la feria: total de inscritos?"));
	}

	@Test
	void theSplitterAsksEachItemInTurn() {
		QuestionSplitter splitter = new QuestionSplitter(PHRASING);
		assertThat(splitter.split(Folding.fold("talleres: fecha y lugar"))).hasSize(2);
	}

}
