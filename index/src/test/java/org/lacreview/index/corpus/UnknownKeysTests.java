package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

class UnknownKeysTests {

	@TempDir
	Path dir;

	private Path corpus() {
		return TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
	}

	/** The unknown-key findings of a lenient load, as the CLI prints them. */
	private static List<String> unknownKeys(Path corpus) {
		return CorpusLoader.loadWithWarnings(corpus)
			.warnings()
			.stream()
			.filter(Problem::isUnknownKey)
			.map(Problem::toString)
			.toList();
	}

	/**
	 * The 1-based line of the first line of {@code file} that starts with {@code start}.
	 */
	private static int lineOf(Path file, String start) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i + 1;
			}
		}
		throw new AssertionError(file + " has no line starting with " + start);
	}

	@Test
	void aMisspeltKeyOfAnIntentIsAWarningWithFileLineAndTheKeyMeant() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("intents/meeting.yml");
		TestCorpora.replace(file, "  suggest: [zoom_by_day]", "  sugest: [zoom_by_day]");
		int line = lineOf(file, "  sugest:");
		assertThat(unknownKeys(corpus)).containsExactly("intents/meeting.yml:" + line
				+ ": warning: unknown key 'sugest': the bot does not read it, so what it holds is never used; "
				+ "did you mean 'suggest'?");
	}

	@Test
	void aMisspeltKeyOfMessagesIsAWarningWithFileLineAndTheKeyMeant() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("messages.yml");
		Files.writeString(file, Files.readString(file) + "sugest:\n  es: \"Pregunta también:\"\n");
		Files.writeString(file, Files.readString(file) + "source_lable:\n  es: \"Fuente\"\n");
		assertThat(unknownKeys(corpus)).hasSize(2)
			.first()
			.asString()
			.startsWith("messages.yml:" + lineOf(file, "sugest:") + ": warning: unknown key 'sugest'")
			.contains("the keys read here are ")
			.contains("languages_spoken");
		assertThat(unknownKeys(corpus).get(1)).startsWith("messages.yml:" + lineOf(file, "source_lable:"))
			.endsWith("did you mean 'source_label'?");
	}

	@Test
	void aMisspeltKeyOfALanguageFileIsAWarningWithFileLineAndTheKeyMeant() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("languages/en.yml");
		TestCorpora.replace(file, "followup: [and, what about]", "folowup: [and, what about]");
		assertThat(unknownKeys(corpus)).containsExactly("languages/en.yml:" + lineOf(file, "folowup:")
				+ ": warning: unknown key 'folowup': the bot does not read it, so what it holds is never used; "
				+ "did you mean 'followup'?");
	}

	@Test
	void aMisspeltOperationOfALanguageFileIsAnUnknownKeyWithFileLineAndTheOperationMeant() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("languages/en.yml");
		Files.writeString(file,
				Files.readString(file) + "operations:\n  sum: [in total]\n  diference: [how many more]\n");
		assertThat(unknownKeys(corpus)).containsExactly("languages/en.yml:" + lineOf(file, "  diference:")
				+ ": warning: unknown key 'diference': the bot does not read it, so what it holds is never used; "
				+ "did you mean 'difference'?");
		assertThat(CorpusLoader.loadWithWarnings(corpus).corpus().languages().get("en").phrasing().operations())
			.containsOnlyKeys("sum");
	}

	@Test
	void aMisspeltComputedSentenceOfMessagesIsAnUnknownKeyWithFileLineAndTheSentenceMeant() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("messages.yml");
		Files.writeString(file, Files.readString(file) + "computed:\n  change_fall:\n    es: \"Bajó un {result}.\"\n"
				+ "  change_rse:\n    es: \"Subió un {result}.\"\n  diference:\n    es: \"{larger} más.\"\n");
		assertThat(unknownKeys(corpus)).containsExactly(
				"messages.yml:" + lineOf(file, "  change_rse:")
						+ ": warning: unknown key 'change_rse': the bot does not read it, so what it holds is never "
						+ "used; did you mean 'change_rise'?",
				"messages.yml:" + lineOf(file, "  diference:")
						+ ": warning: unknown key 'diference': the bot does not read it, so what it holds is never "
						+ "used; did you mean 'difference'?");
		assertThat(CorpusLoader.loadWithWarnings(corpus).corpus().messages().computed())
			.containsOnlyKeys("change_fall");
	}

	@Test
	void anUnknownKeyCarriesItsCodeTheKeyTheSuggestionAndTheKeysReadForTheStaffPage() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("languages/en.yml");
		Files.writeString(file, Files.readString(file) + "operations:\n  diference: [how many more]\n  zzz: [x]\n");
		List<Problem> found = CorpusLoader.loadWithWarnings(corpus)
			.warnings()
			.stream()
			.filter(Problem::isUnknownKey)
			.toList();
		assertThat(found).extracting(Problem::code).containsExactly("key.unknown", "key.unknown");
		assertThat(found.get(0).args()).containsEntry("key", "diference")
			.containsEntry("suggestion", "difference")
			.hasEntrySatisfying("known", known -> assertThat(known).contains("difference, duration"));
		assertThat(found.get(1).args()).containsEntry("key", "zzz")
			.doesNotContainKey("suggestion")
			.containsKey("known");
	}

	@Test
	void strictLoadingMakesAMisspeltOperationAnError() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("languages/es.yml");
		Files.writeString(file, Files.readString(file) + "operations:\n  sume: [en total]\n");
		assertThatThrownBy(() -> CorpusLoader.loadStrict(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/es.yml:" + lineOf(file, "  sume:") + ": error: unknown key 'sume'")
			.hasMessageContaining("did you mean 'sum'?");
	}

	@Test
	void aTextInALanguageTheCorpusDoesNotHaveIsAWarningNamingTheLanguagesAndTheOneMeant() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("intents/meeting.yml");
		TestCorpora.replace(file, "    en: \"The meeting took place", "    em: \"The meeting took place");
		assertThat(unknownKeys(corpus)).contains("intents/meeting.yml:" + lineOf(file, "    em: \"The meeting")
				+ ": warning: 'em' is not one of the corpus's languages (es, en in corpus.yml), so this text is never "
				+ "used; did you mean 'en'?");
	}

	@Test
	void keysOfNestedMappingsSettingsAndSectionHeadersAreChecked() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("corpus.yml"), "  url: https://example.org/doc",
				"  url: https://example.org/doc\n  lnk: https://example.org/other");
		TestCorpora.replace(corpus.resolve("corpus.yml"), "threshold: 0.30", "threshold: 0.30\nclosed_wrld: true");
		TestCorpora.replace(corpus.resolve("sections/resumen.md"), "title: Resumen", "title: Resumen\nulr: x");
		assertThat(unknownKeys(corpus))
			.anySatisfy(p -> assertThat(p).startsWith("corpus.yml:5: warning: unknown key 'lnk'"))
			.anySatisfy(p -> assertThat(p).startsWith("corpus.yml:8: warning: unknown key 'closed_wrld'")
				.endsWith("did you mean 'closed_world'?"))
			.anySatisfy(p -> assertThat(p).startsWith("sections/resumen.md:4: warning: unknown key 'ulr'")
				.endsWith("did you mean 'url'?"))
			.hasSize(3);
	}

	@Test
	void anEntityAttributeSpeltLikeAKeyIsReportedButOtherAttributesAreNot() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("entities/platform.yml");
		TestCorpora.replace(file, "    in_document: false", "    in_documnet: false");
		assertThat(unknownKeys(corpus)).containsExactly("entities/platform.yml:" + lineOf(file, "    in_documnet:")
				+ ": warning: 'in_documnet' looks like a misspelt 'in_document', but it is read as an attribute; "
				+ "correct it, or rename the attribute if it is one");
	}

	@Test
	void strictLoadingMakesAnUnknownKeyAnErrorWithItsFileAndLine() throws IOException {
		Path corpus = corpus();
		Path file = corpus.resolve("intents/meeting.yml");
		TestCorpora.replace(file, "  suggest: [zoom_by_day]", "  sugest: [zoom_by_day]");
		assertThatThrownBy(() -> CorpusLoader.loadStrict(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("intents/meeting.yml:" + lineOf(file, "  sugest:") + ": error: unknown key 'sugest'")
			.hasMessageContaining("did you mean 'suggest'?");
	}

	@Test
	void strictLoadingKeepsOtherWarningsWarnings() {
		CorpusLoader.Loaded loaded = CorpusLoader.loadStrict(TestCorpora.MINI);
		assertThat(loaded.warnings()).isNotEmpty()
			.allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
	}

	@Test
	void aCorpusWithOnlyKnownKeysHasNoUnknownKeyWarning() {
		assertThat(unknownKeys(TestCorpora.MINI)).isEmpty();
	}

	@Test
	void theBundledCorpusHasNoUnknownKeyAndLoadsStrictly() {
		assertThat(unknownKeys(TestCorpora.BUNDLED)).isEmpty();
		assertThat(CorpusLoader.loadStrict(TestCorpora.BUNDLED).warnings()).noneMatch(Problem::isUnknownKey);
	}

}
