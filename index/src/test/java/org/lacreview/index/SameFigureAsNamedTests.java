package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.conversation;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * A bound against a value named ({@code count_bounds}: {@code more_than_value},
 * {@code less_than_value}, {@code equal_to_value}) after "which" and a family's noun, or
 * ending a follow-up about the value the conversation is on: the other values within it,
 * listed as a count lists them.
 */
class SameFigureAsNamedTests {

	@TempDir
	Path dir;

	/**
	 * The labels of the other groups the document covers whose count equals the value's.
	 */
	private static List<EntityValue> sameCountAs(String id) {
		long count = figure("group", id, "count");
		return BundledEngine.inDocument("group")
			.stream()
			.filter(v -> !v.id().equals(id) && ((Number) v.attributes().get("count")).longValue() == count)
			.toList();
	}

	private static String spanishLabel(EntityValue value) {
		return TemplateRenderer.attribute(value, "label", List.of("es")).orElseThrow();
	}

	@Test
	void theSameNumberAsAValueNamedListsTheOthersWithItsFigure() {
		List<EntityValue> same = sameCountAs("international_cooperation");
		assertThat(same).hasSize(1);
		Answer answer = ask(
				"¿Qué grupo tuvo exactamente el mismo número de registrados que la cooperación internacional?");
		assertThat(answer.text()).as(why(answer))
			.startsWith("Solo 1: " + spanishLabel(same.get(0)))
			.doesNotContain("cooperación");
	}

	@Test
	void aFollowUpEndingWithTheBoundIsAgainstTheValueOfTheConversation() {
		List<EntityValue> same = sameCountAs("international_cooperation");
		List<Answer> answers = conversation(BundledEngine.get(), "cuantos de cooperación internacional se registraron",
				"¿y qué otro grupo tuvo el mismo número?");
		assertThat(answers.get(1).text()).as(why(answers.get(1))).contains(spanishLabel(same.get(0)));
	}

	@Test
	void whichValuesAboveAValueNamedAreListed() {
		long academia = figure("group", "academia", "count");
		long above = BundledEngine.inDocument("group")
			.stream()
			.filter(v -> ((Number) v.attributes().get("count")).longValue() > academia)
			.count();
		Answer answer = ask("which groups had more registrants than academia?");
		assertThat(answer.text()).as(why(answer)).startsWith("There are " + above + ":");
	}

	@Test
	void theSentenceForACountOfOneIsTheCorpuss() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("messages.yml"), "  count_singular:", "  unread_singular:");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		Answer answer = ask(without,
				"¿Qué grupo tuvo exactamente el mismo número de registrados que la cooperación internacional?");
		assertThat(answer.text()).as(why(answer)).startsWith("Son 1: ");
	}

}
