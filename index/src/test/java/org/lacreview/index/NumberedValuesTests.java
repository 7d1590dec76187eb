package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;

/**
 * Values named by number: "areas 4 and 5" names both, the joiner words coming from the
 * corpus's {@code part_joiners}; a number after a joiner that no value has ("área 2 y 27
 * de abril") is left to the date finder. Titles come from the corpus.
 */
class NumberedValuesTests {

	private static final AnswerEngine engine = BundledEngine.get();

	private static String title(String area, String lang) {
		EntityValue value = engine.corpus().family("area").orElseThrow().value(area).orElseThrow();
		return ((Localized) value.attributes().get("title")).in(lang, List.of()).orElseThrow();
	}

	@Test
	void numbersJoinedAfterOneNumberWordNameEveryValue() {
		Answer en = engine.answer("What were areas 4 and 5 of the roundtables about?").answer();
		assertThat(en.text()).contains(title("area4", "en"), title("area5", "en"));
		Answer fr = engine.answer("Quels étaient les thèmes des domaines 1 et 5 des tables rondes ?").answer();
		assertThat(fr.text()).contains(title("area1", "fr"), title("area5", "fr")).doesNotContain(title("area2", "fr"));
	}

	@Test
	void aNumberNoValueHasIsNotTakenAfterAJoiner() {
		assertThat(engine.answer("¿qué se discutió en el área 2 y 27 de abril?").answer().trace().entities())
			.anyMatch(e -> e.startsWith("date:"));
	}

	@Test
	void anOrdinalJoinedToItsNounByAHyphenNamesTheValue() {
		Answer answer = engine.answer("how many second-day Zoom participants?").answer();
		assertThat(answer.trace().entities()).as(answer.trace().toString()).contains("day:[apr27]");
		assertThat(answer.text()).contains(String.valueOf(BundledEngine.figure("day", "apr27", "zoom")));
	}

	@Test
	void aCountBesideTheFirstOrTheLastOrdinalNamesThatManyValuesFromThatEnd() {
		assertThat(engine.answer("¿cuántos se conectaron por Zoom los dos primeros días?").answer().trace().entities())
			.contains("day:[apr26, apr27]");
		assertThat(engine.answer("the last two days, how many on Zoom?").answer().trace().entities())
			.contains("day:[apr27, apr28]");
		// More than the family has names nothing.
		assertThat(engine.answer("les cinq premiers jours, combien sur Zoom ?").answer().trace().entities())
			.noneMatch(e -> e.startsWith("day:[apr26, apr27"));
	}

	@Test
	void twoOrdinalsJoinedByARangeWordNameBothValues() {
		EntityValue first = engine.corpus()
			.family("day")
			.orElseThrow()
			.values()
			.stream()
			.filter(v -> v.order().orElse(0) == 1)
			.findFirst()
			.orElseThrow();
		List<EntityValue> days = engine.corpus().family("day").orElseThrow().values();
		EntityValue last = days.stream().max(java.util.Comparator.comparing(v -> v.order().orElse(0))).orElseThrow();
		Answer answer = engine.answer("¿Cuánto bajó en porcentaje la asistencia por Zoom del primer al último día?")
			.answer();
		assertThat(answer.text())
			.contains(String.valueOf(first.attributes().get("zoom")), String.valueOf(last.attributes().get("zoom")))
			.contains("%");
	}

}
