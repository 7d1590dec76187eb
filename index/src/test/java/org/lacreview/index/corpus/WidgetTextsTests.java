package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

/**
 * Issue 16: the chat widget's welcome and starter questions are messages of
 * {@code messages.yml}, required in every corpus language like {@code languages_spoken}.
 */
class WidgetTextsTests {

	@TempDir
	Path dir;

	@Test
	void theWelcomeAndTheStartersAreReadInEveryLanguage() {
		Messages messages = CorpusLoader.load(TestCorpora.MINI).messages();
		assertThat(messages.widgetWelcome().in("en", List.of()))
			.contains("Hello: I answer questions about the test meeting.");
		assertThat(messages.widgetStartersIn("es", List.of())).containsExactly("¿Cuándo fue la reunión?",
				"¿Cuántos se conectaron por Zoom?");
		assertThat(messages.widgetStartersIn("en", List.of())).containsExactly("When was the meeting?",
				"How many joined on Zoom?");
	}

	@Test
	void startersAreTheNonBlankLinesWithOrWithoutADash() {
		Messages messages = CorpusLoader.load(TestCorpora.MINI).messages();
		Messages dashed = new Messages(messages.fallback(), messages.unknownValue(), messages.sourceLabel(),
				messages.defaultSuggestions(), messages.languagesSpoken(), messages.fallbackSuggestions(),
				messages.partMissing(), messages.computed(), messages.documentQuote(), messages.widgetWelcome(),
				new Localized(Map.of("es", "- ¿Cuándo?\n\n  -  ¿Dónde? \n-\n¿Quién?")), messages.nothingToFollow());
		assertThat(dashed.widgetStartersIn("es", List.of())).containsExactly("¿Cuándo?", "¿Dónde?", "¿Quién?");
		assertThat(dashed.widgetStartersIn("fr", List.of("es"))).containsExactly("¿Cuándo?", "¿Dónde?", "¿Quién?");
		assertThat(dashed.widgetStartersIn("fr", List.of())).isEmpty();
	}

	@Test
	void aLanguageWithoutTheWelcomeIsRefusedNamingFileLineAndKey() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		TestCorpora.replace(corpus.resolve("messages.yml"),
				"  en: \"Hello: I answer questions about the test meeting.\"\n", "");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("messages.yml:12: error: widget_welcome has no text in 'en'");
	}

	@Test
	void aLanguageWithoutStartersIsRefusedNamingFileLineAndKey() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		TestCorpora.replace(corpus.resolve("messages.yml"),
				"  en: |\n    When was the meeting?\n    How many joined on Zoom?\n", "");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("messages.yml:15: error: widget_starters has no text in 'en'");
	}

	@Test
	void aCorpusWithoutTheWidgetTextsIsRefusedNamingTheKey() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		Path messages = corpus.resolve("messages.yml");
		String text = Files.readString(messages);
		Files.writeString(messages, text.substring(0, text.indexOf("widget_welcome:")));
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("messages.yml:1: error: missing 'widget_welcome:'");
	}

	@Test
	void aStarterLongerThanAChatQuestionIsRefused() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		TestCorpora.replace(corpus.resolve("messages.yml"), "    How many joined on Zoom?\n",
				"    " + "z".repeat(YamlNode.MAX_EXAMPLE + 1) + "\n");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("messages.yml:15: error: a widget_starters question in 'en' is at most");
	}

	@Test
	void staffEditTheStartersOnTheBotMessagesScreenAsOneQuestionPerLine() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path messages = corpus.resolve("messages.yml");
		Map<String, Map<String, String>> texts = TextsFileEditor.read("messages.yml", Files.readString(messages));
		assertThat(texts).containsKeys("widget_welcome", "widget_starters");
		Map<String, String> starters = new LinkedHashMap<>(texts.get("widget_starters"));
		starters.put("en", starters.get("en") + "\nWho opened the meeting?");

		Files.writeString(messages,
				TextsFileEditor.put("messages.yml", Files.readString(messages),
						Map.of("widget_starters", starters, "widget_welcome",
								Map.of("es", "Hola (cambio).", "en", "Hi.", "pt", "Olá.", "fr", "Bonjour."))));

		Messages edited = CorpusLoader.load(corpus).messages();
		assertThat(edited.widgetStartersIn("en", List.of())).hasSize(5).endsWith("Who opened the meeting?");
		assertThat(edited.widgetStartersIn("es", List.of()))
			.isEqualTo(CorpusLoader.load(TestCorpora.BUNDLED).messages().widgetStartersIn("es", List.of()));
		assertThat(edited.widgetWelcome().in("es", List.of())).contains("Hola (cambio).");
	}

}
