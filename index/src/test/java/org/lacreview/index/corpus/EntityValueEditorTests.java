package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EntityValueEditorTests {

	private static final String FILE = """
			# Zoom per day.
			entity: day
			order_words: [día, day]
			values:
			  # the first day
			  - id: d26
			    label: {es: 26 de abril, en: 26 April}
			    names:
			      es: [el 26, lunes]
			    date: 2021-04-26
			    zoom: 691
			  - id: d27
			    label: {es: 27 de abril, en: 27 April}
			    zoom: 608
			number_words: [uno]
			""";

	@Test
	void readsEachValuesLabelNamesAndFigures() {
		var family = EntityValueEditor.read("entities/day.yml", FILE);
		assertThat(family.getKey()).isEqualTo("day");
		EntityValueEditor.ValueContent first = family.getValue().get(0);
		assertThat(first.label()).containsEntry("en", "26 April");
		assertThat(first.names()).containsEntry("es", List.of("el 26", "lunes"));
		assertThat(first.values()).containsEntry("zoom", new BigDecimal("691")).containsEntry("date", "2021-04-26");
	}

	@Test
	void aChangedFigureAndNameAreWrittenInPlaceAndEverythingElseStays() {
		EntityValueEditor.ValueContent first = EntityValueEditor.read("entities/day.yml", FILE).getValue().get(0);
		Map<String, Object> values = new LinkedHashMap<>(first.values());
		values.put("zoom", 700);
		Map<String, List<String>> names = new LinkedHashMap<>(first.names());
		names.put("en", List.of("the 26th"));
		var changed = new EntityValueEditor.ValueContent("d26", first.label(), names, values, first.texts());

		String edited = EntityValueEditor.put("entities/day.yml", FILE, changed);

		assertThat(edited).contains("    zoom: 700", "    label: {es: 26 de abril, en: 26 April}", "# the first day",
				"    date: 2021-04-26", "number_words: [uno]", "    zoom: 608");
		EntityValueEditor.ValueContent read = EntityValueEditor.read("entities/day.yml", edited).getValue().get(0);
		assertThat(read.names()).containsEntry("en", List.of("the 26th"));
		assertThat(read.values()).containsEntry("zoom", new BigDecimal("700"));
	}

}
