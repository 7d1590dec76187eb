package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IntentFileEditorTests {

	private static final String FILE = """
			# Two intents about a meeting.

			- intent: dates
			  sections: [summary]
			  examples:
			    es: |
			      - ¿cuándo fue?
			      # a comment staff wrote
			      - fechas
			    en: |
			      - when was it?
			  answer:
			    es: "Fue en abril."
			    en: "It was in April."
			  suggest: [place]

			# The venue, which the document does not give.
			- intent: place
			  examples:
			    en: |
			      - where was it?
			  answer: "Online 🌐."
			  unanswerable: true
			""";

	private static IntentContent dates() {
		return IntentFileEditor.read("intents/x.yml", FILE).get(0);
	}

	@Test
	void readsEachIntentAsPlainValues() {
		IntentContent dates = dates();
		assertThat(dates.examples()).containsEntry("es", List.of("¿cuándo fue?", "fechas"));
		assertThat(dates.answer()).containsEntry("en", "It was in April.");
		assertThat(IntentFileEditor.read("intents/x.yml", FILE).get(1).answer()).containsEntry("*", "Online 🌐.");
	}

	@Test
	void changingAnAnswerRewritesThatAnswerOnlyAndKeepsEveryOtherLine() {
		Map<String, String> answer = new LinkedHashMap<>(dates().answer());
		answer.put("en", "It was on \"26–28 April\" 2021.");
		IntentContent changed = withAnswer(dates(), answer);

		String edited = IntentFileEditor.put("intents/x.yml", FILE, changed);

		assertThat(edited).contains("# a comment staff wrote", "# The venue, which the document does not give.",
				"      - fechas", "  suggest: [place]");
		assertThat(IntentFileEditor.read("intents/x.yml", edited).get(0)).isEqualTo(changed);
		assertThat(IntentFileEditor.read("intents/x.yml", edited).get(1))
			.isEqualTo(IntentFileEditor.read("intents/x.yml", FILE).get(1));
		assertThat(edited.lines().count()).isEqualTo(FILE.lines().count());
	}

	@Test
	void aKeyTheStaffPageDoesNotEditStaysAsWrittenWhenTheIntentChanges() {
		String withKinds = FILE.replace("- intent: dates\n", "- intent: dates\n  answers: [date, number]\n");
		assertThat(withKinds).contains("answers: [date, number]");
		Map<String, String> answer = new LinkedHashMap<>(dates().answer());
		answer.put("en", "It was in late April.");

		String edited = IntentFileEditor.put("intents/x.yml", withKinds, withAnswer(dates(), answer));

		assertThat(edited).contains("- intent: dates\n  answers: [date, number]\n").contains("It was in late April.");
	}

	@Test
	void anAddedExampleIsWrittenAsOneMoreLineOfItsLanguage() {
		Map<String, List<String>> examples = new LinkedHashMap<>(dates().examples());
		List<String> en = new ArrayList<>(examples.get("en"));
		en.add("dates pls: which days?");
		examples.put("en", en);
		IntentContent changed = new IntentContent("dates", Optional.empty(), dates().sections(), examples,
				dates().answer(), Map.of(), dates().suggest(), false);

		String edited = IntentFileEditor.put("intents/x.yml", FILE, changed);

		assertThat(IntentFileEditor.read("intents/x.yml", edited).get(0).examples().get("en"))
			.containsExactly("when was it?", "dates pls: which days?");
		assertThat(edited).contains("    es: \"Fue en abril.\"");
	}

	@Test
	void aNewIntentIsAppendedAndAnIntentCanBeRemoved() {
		IntentContent created = new IntentContent("new_one", Optional.empty(), List.of(),
				Map.of("es", List.of("¿hola?")), Map.of("es", "Hola."), Map.of(), List.of(), false);

		String added = IntentFileEditor.put("intents/x.yml", FILE, created);
		assertThat(IntentFileEditor.read("intents/x.yml", added)).extracting(IntentContent::name)
			.containsExactly("dates", "place", "new_one");

		String removed = IntentFileEditor.remove("intents/x.yml", added, "place").orElseThrow();
		assertThat(IntentFileEditor.read("intents/x.yml", removed)).extracting(IntentContent::name)
			.containsExactly("dates", "new_one");
		assertThat(IntentFileEditor.remove("intents/x.yml", FILE, "nothing")).isEmpty();
	}

	@Test
	void aFileLineIsTracedToTheFieldItBelongsTo() {
		assertThat(IntentFileEditor.fieldAt("intents/x.yml", FILE, "dates", 14)).contains("answer.en");
		assertThat(IntentFileEditor.fieldAt("intents/x.yml", FILE, "dates", 9)).contains("examples.es");
		assertThat(IntentFileEditor.fieldAt("intents/x.yml", FILE, "dates", 4)).contains("sections");
		assertThat(IntentFileEditor.fieldAt("intents/x.yml", FILE, "dates", 20)).isEmpty();
	}

	@Test
	void anExampleThatIsNotOneLineIsRefused() {
		IntentContent broken = new IntentContent("dates", Optional.empty(), List.of(), Map.of("es", List.of("a\nb")),
				Map.of(), Map.of(), List.of(), false);
		assertThatThrownBy(() -> IntentFileEditor.put("intents/x.yml", FILE, broken))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("one line");
	}

	private static IntentContent withAnswer(IntentContent c, Map<String, String> answer) {
		return new IntentContent(c.name(), c.slot(), c.sections(), c.examples(), answer, c.answerAll(), c.suggest(),
				c.unanswerable());
	}

}
