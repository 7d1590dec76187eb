package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * One question said once for two topics, each opened by the same stop word, is asked of
 * each topic; a question before it, a second topic that asks something itself, an elided
 * noun ("y la de la feria") and a computation over the two are not split so.
 */
class ParallelTopicsTests {

	private static final Set<String> STOPWORDS = Set.of("por", "para", "la", "las", "los", "el", "de", "y");

	private static final Phrasing PHRASING = new Phrasing(Map.of(), List.of(), List.of(), List.of(), List.of(),
			Set.of("cuántos", "qué", "quién"), List.of(), List.of("y"), Map.of("difference", List.of("diferencia")),
			Map.of("day", List.of("qué fechas")));

	private static final ParallelTopics topics = new ParallelTopics(PHRASING, STOPWORDS);

	@Test
	void theQuestionGoesWithEachTopicOpenedByTheSameStopWord() {
		assertThat(topics.distributed(Folding.fold("¿Cuántos entraron por la puerta norte y por la sur?")))
			.contains(List.of("¿cuantos entraron por la puerta norte", "¿cuantos entraron por la sur?"));
		assertThat(topics.distributed(Folding.fold("¿Qué fechas para la feria y para los talleres?")))
			.contains(List.of("¿que fechas para la feria", "¿que fechas para los talleres?"));
	}

	@Test
	void aQuestionBeforeASecondTopicAskingItselfOrAnElidedNounIsNotSplitSo() {
		assertThat(topics.distributed(Folding.fold("¿Qué talleres hubo y qué dijeron de la feria y de las becas?")))
			.isEmpty();
		assertThat(topics.distributed(Folding.fold("¿Quién habló por la feria y por qué?"))).isEmpty();
		assertThat(topics.distributed(Folding.fold("¿Qué web tiene la feria y la de los talleres?"))).isEmpty();
	}

	@Test
	void theSplitterAsksEachTopicButNotTheOperandsOfAComputation() {
		QuestionSplitter splitter = new QuestionSplitter(PHRASING, STOPWORDS);
		assertThat(splitter.split(Folding.fold("¿cuántos entraron por la puerta norte y por la sur?"))).hasSize(2);
		assertThat(splitter.split(Folding.fold("¿qué diferencia hubo por la puerta norte y por la sur?"))).hasSize(1);
	}

}
