package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TextsFileEditorTests {

	private static final String FILE = """
			# The bot's own sentences.

			# Said when the question is outside the document.
			fallback:
			  es: "No tengo esa información."
			  en: "I don't have that information."

			# Said for a day without figures.
			unknown_value: "No data."
			default_suggestions: [dates, organisers]
			""";

	@Test
	void readsTheSentencesAndLeavesListsOut() {
		assertThat(TextsFileEditor.read("messages.yml", FILE)).containsOnlyKeys("fallback", "unknown_value")
			.containsEntry("unknown_value", Map.of("*", "No data."));
	}

	@Test
	void aChangedSentenceIsWrittenInPlaceAndTheCommentsAboveTheNextOneStay() {
		String edited = TextsFileEditor.put("messages.yml", FILE,
				Map.of("fallback", Map.of("es", "No lo sé: «otra cosa».", "en", "I don't have that information.")));

		assertThat(TextsFileEditor.read("messages.yml", edited).get("fallback")).containsEntry("es",
				"No lo sé: «otra cosa».");
		assertThat(edited).contains("# Said for a day without figures.",
				"# Said when the question is outside the document.", "default_suggestions: [dates, organisers]");
		assertThat(TextsFileEditor.read("messages.yml", edited).get("unknown_value")).containsEntry("*", "No data.");
	}

	@Test
	void aKeyTheFileDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> TextsFileEditor.put("messages.yml", FILE, Map.of("sugest", Map.of("es", "x"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'sugest'");
	}

}
