package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

class CorpusLoaderTests {

	@TempDir
	Path dir;

	private Path corpus() {
		return TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
	}

	@Test
	void languagesAreReadInTheCorpusOrderOnEveryRun() {
		Corpus corpus = CorpusLoader.load(TestCorpora.BUNDLED);
		// Map.copyOf would iterate in an order that changes from one JVM to the next, and
		// so would whatever reads the languages in turn (a borrowed word, a detection).
		assertThat(new java.util.ArrayList<>(corpus.languages().keySet())).isEqualTo(corpus.info().languages());
		Corpus reordered = new Corpus(corpus.info(), new java.util.TreeMap<>(corpus.languages()).descendingMap(),
				corpus.messages(), corpus.telegram(), corpus.sections(), corpus.families(), corpus.intents());
		assertThat(new java.util.ArrayList<>(reordered.languages().keySet())).isEqualTo(corpus.info().languages());
	}

	@Test
	void loadsEveryPartOfTheCorpus() {
		Corpus corpus = CorpusLoader.load(TestCorpora.MINI);
		assertThat(corpus.info().languages()).containsExactly("es", "en");
		assertThat(corpus.sections()).extracting(Section::id).containsExactly("resumen");
		assertThat(corpus.family("day").orElseThrow().values()).extracting(EntityValue::id)
			.containsExactly("d26", "d27");
		assertThat(corpus.family("day").orElseThrow().value("d27").orElseThrow().attributes()).containsEntry("zoom",
				80L);
		Intent zoom = corpus.intent("zoom_by_day").orElseThrow();
		assertThat(zoom.slot()).contains("day");
		assertThat(zoom.examples()).first().satisfies(e -> {
			assertThat(e.text()).isEqualTo("¿Cuántos participantes hubo vía Zoom el 26 de abril?");
			assertThat(e.location()).isEqualTo(new Location("intents/meeting.yml", 23));
		});
	}

	@Test
	void aYamlSyntaxErrorNamesFileAndLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "  suggest: [zoom_by_day]",
				"  suggest: [zoom_by_day\n  bad: : :");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("intents/meeting.yml:1");
	}

	@Test
	void invalidUtf8NamesFileAndLine() throws IOException {
		Path corpus = corpus();
		Path section = corpus.resolve("sections/resumen.md");
		byte[] bytes = Files.readAllBytes(section);
		byte[] broken = new byte[bytes.length + 1];
		System.arraycopy(bytes, 0, broken, 0, bytes.length);
		broken[bytes.length] = (byte) 0xC3;
		Files.write(section, broken);
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("sections/resumen.md:6: error: the file is not valid UTF-8");
	}

	@Test
	void theSameExampleInTwoIntentsIsAnErrorNamingBothPlaces() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "- Hi there", "- When was the meeting?");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"intents/meeting.yml:69: error: the example \"When was the meeting?\" is in intent greeting and in intent meeting_dates (at intents/meeting.yml:10)");
	}

	@Test
	void danglingReferencesAreErrors() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "suggest: [zoom_by_day]",
				"suggest: [no_such_intent]");
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"),
				"  sections: [resumen]\n  examples:\n    es: |\n      - ¿Qué día",
				"  sections: [nowhere]\n  examples:\n    es: |\n      - ¿Qué día");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"intents/meeting.yml:16: error: intent meeting_dates suggests an intent that does not exist: no_such_intent")
			.hasMessageContaining("intent zoom_busiest_day names a section that does not exist: nowhere");
	}

	@Test
	void aValuesPartsAreReadAndFewerThanOneIsAnErrorWithItsLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("entities/platform.yml"), "    viewers: 300\n",
				"    viewers: 300\n    parts: 3\n");
		assertThat(CorpusLoader.load(corpus).family("platform").orElseThrow().value("youtube").orElseThrow().parts())
			.contains(3);
		TestCorpora.replace(corpus.resolve("entities/platform.yml"), "    parts: 3\n", "    parts: 0\n");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("platform.yml:8")
			.hasMessageContaining("'parts' must be at least 1");
	}

	@Test
	void aPlaceholderNamingAnUnknownAttributeIsAnError() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "{day.zoom} personas", "{day.youtube} personas");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"intent zoom_by_day (es): {day.youtube} names an attribute no value of day has: youtube");
	}

	@Test
	void aMissingTranslationIsAWarningButAMissingDefaultLanguageAnswerIsAnError() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "    en: \"Hello! Welcome.\"\n", "");
		assertThat(CorpusLoader.loadWithWarnings(corpus).warnings()).extracting(Problem::toString)
			.contains("intents/meeting.yml:70: warning: intent greeting has no answer in 'en' (missing translation)");
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "    es: \"¡Hola! Bienvenido.\"\n", "");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).hasMessageContaining("intent greeting has no answer");
	}

	@Test
	void anAnaphoraWordThatIsAStopWordWithoutItsAccentsIsAWarning() throws IOException {
		Path corpus = corpus();
		assertThat(CorpusLoader.loadWithWarnings(corpus).warnings()).extracting(Problem::toString)
			.noneMatch(w -> w.contains("anaphora"));
		TestCorpora.replace(corpus.resolve("languages/es.yml"), "anaphora: [ese día, ese dia]",
				"anaphora: [ese día, ese dia, él]");
		assertThat(CorpusLoader.loadWithWarnings(corpus).warnings()).extracting(Problem::toString)
			.anyMatch(w -> w.startsWith("languages/es.yml") && w.contains("'él'") && w.contains("stop word"));
	}

	@Test
	void aNotAnaphoraPhraseWithoutAnAnaphoraWordIsAWarning() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("languages/en.yml"), "not_anaphora: [is there]",
				"not_anaphora: [is there, it rains]");
		assertThat(CorpusLoader.loadWithWarnings(corpus).warnings()).extracting(Problem::toString)
			.anyMatch(
					w -> w.startsWith("languages/en.yml") && w.contains("'it rains'") && w.contains("no anaphora word"))
			.noneMatch(w -> w.contains("'is there'"));
	}

	@Test
	void aMissingCorpusDirectoryIsNamed() {
		assertThatThrownBy(() -> CorpusLoader.load(dir.resolve("nowhere"))).isInstanceOf(CorpusException.class)
			.hasMessageContaining("nowhere: error: corpus directory not found");
	}

	@Test
	void readsTheTelegramCommandsWithTheirNamesInEveryLanguage() {
		TelegramTexts telegram = CorpusLoader.load(TestCorpora.MINI).telegram();
		assertThat(telegram.command("fechas"))
			.hasValueSatisfying(c -> assertThat(c.intent()).contains("meeting_dates"));
		assertThat(telegram.command("dates")).isEqualTo(telegram.command("fechas"));
		assertThat(telegram.command("language")).hasValueSatisfying(c -> assertThat(c.action()).contains("language"));
		assertThat(telegram.command("nothing")).isEmpty();
		assertThat(telegram.welcomeSuggestions()).containsExactly("meeting_dates", "zoom_by_day");
		assertThat(telegram.languageNames()).containsEntry("en", "English");
	}

	@Test
	void aTelegramCommandWithAnUnknownIntentOrAnInvalidNameIsAnErrorWithItsLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("telegram.yml"), "- intent: meeting_dates", "- intent: no_such_intent");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"telegram.yml:19: error: the command answers an intent that does not exist: no_such_intent");
		TestCorpora.replace(corpus.resolve("telegram.yml"), "{es: idioma, en: language}", "{es: Idioma, en: language}");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"telegram.yml:22: error: a command name is 1 to 32 lower-case letters, digits or _: 'Idioma'");
	}

	@Test
	void twoTelegramCommandsWithTheSameNameAreAnError() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("telegram.yml"), "{es: ayuda, en: help}", "{es: fechas, en: help}");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("telegram.yml:25: error: the command name fechas is also used at telegram.yml:19");
	}

}
