package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * "¿Qué grupo quedó justo por encima de la academia?": the value next to the one named in
 * the order of the figures, found from the corpus's values.
 */
class NeighbourRanksTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	private static long count(EntityValue value) {
		return ((Number) value.attributes().get("count")).longValue();
	}

	/** The groups, from the most registrations to the fewest. */
	private static List<EntityValue> groupsByCount() {
		return BundledEngine.inDocument("group")
			.stream()
			.sorted(Comparator.comparingLong(NeighbourRanksTests::count).reversed())
			.toList();
	}

	private static String label(EntityValue value, String lang) {
		return value.label().in(lang, List.of()).orElseThrow();
	}

	@Test
	void theValueJustAboveTheOneNamedIsTheNextLargerFigure() {
		List<EntityValue> ordered = groupsByCount();
		EntityValue academia = engine.corpus().family("group").orElseThrow().value("academia").orElseThrow();
		EntityValue above = ordered.stream()
			.filter(v -> count(v) > count(academia))
			.min(Comparator.comparingLong(NeighbourRanksTests::count))
			.orElseThrow();
		Answer answer = ask(engine, "cuál categoría quedó justo por encima de la academia en registrados?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains("«" + label(above, "es") + "», con " + count(above))
			.contains("(" + count(academia) + ")");
	}

	@Test
	void theValueRightAfterTheLargestIsTheSecondLargest() {
		List<EntityValue> ordered = groupsByCount();
		Answer answer = ask(engine, "Which group had the most registrants after governments?");
		assertThat(answer.text()).as(answer.trace().toString())
			.contains("“" + label(ordered.get(1), "en") + "”, with " + count(ordered.get(1)));
	}

	@Test
	void aNeighboursWordBeforeAValueWithoutFiguresOrBeforeTwoValuesAsksNoNeighbour() {
		assertThat(ask(engine, "¿Qué pasó después de la sesión informativa?").text()).doesNotContain("Justo después");
		assertThat(ask(engine,
				"Après les gouvernements et les agences de l'ONU, quel groupe comptait le plus d'inscrits ?")
			.text()).doesNotContain("Juste après");
	}

	@Test
	void theNeighboursPhrasesAreTheCorpuss() throws IOException {
		String question = "cuál categoría quedó justo por encima de la academia en registrados?";
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "  next_above: [", "  next_above_unused: [");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		assertThat(ask(without, question).text()).doesNotContain("Justo por encima");
	}

}
