package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

/**
 * A corpus comes from staff uploads, so the loader refuses what could blow up memory or
 * reach users as a dangerous link: YAML aliases, deep nesting, huge files and texts,
 * non-web URLs. Each refusal is a {@link CorpusException} naming file and line, never
 * another exception (which the admin API would turn into a 500).
 */
class CorpusInputLimitsTests {

	@TempDir
	Path dir;

	private Path corpus() {
		return TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
	}

	@Test
	void anAliasOfAScalarIsRefusedAtTheAliasLine() throws IOException {
		Path corpus = corpus();
		Path intents = corpus.resolve("intents/meeting.yml");
		TestCorpora.replace(intents, "    es: \"300 personas siguieron la reunión por YouTube.\"",
				"    es: &big \"300 personas siguieron la reunión por YouTube.\"");
		TestCorpora.replace(intents, "    es: \"¡Hola! Bienvenido.\"", "    es: *big");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("intents/meeting.yml:71: error: YAML aliases (*name) are not allowed");
	}

	@Test
	void anAliasOfAListIsRefusedToo() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "  suggest: [zoom_by_day]",
				"  suggest: &s [zoom_by_day]");
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "  suggest: [meeting_dates]", "  suggest: *s");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("intents/meeting.yml:36: error: YAML aliases (*name) are not allowed");
	}

	@Test
	void nestingDeeperThanACorpusNeedsIsRefusedWithFileAndLine() throws IOException {
		Path corpus = corpus();
		String deep = "[".repeat(60) + "]".repeat(60);
		TestCorpora.replace(corpus.resolve("messages.yml"), "default_suggestions: [meeting_dates]",
				"default_suggestions: " + deep);
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageMatching("(?s).*messages\\.yml:7: error: YAML: .*[Nn]esting.*");
	}

	@Test
	void aYamlFileLongerThanTheLimitIsRefusedWithItsName() throws IOException {
		Path corpus = corpus();
		Path messages = corpus.resolve("messages.yml");
		String comments = ("# " + "x".repeat(98) + "\n").repeat(CorpusYaml.MAX_CODE_POINTS / 100 + 10);
		Files.writeString(messages, comments + Files.readString(messages));
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageMatching("(?s).*messages\\.yml:\\d+: error: YAML: .*limit.*");
	}

	@Test
	void aHugeScalarIsRefusedAtItsLineWhateverItIsFor() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("corpus.yml"), "  title: A test document",
				"  title: " + "x".repeat(CorpusYaml.MAX_SCALAR + 1));
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("corpus.yml:3: error: a text longer than " + CorpusYaml.MAX_SCALAR + " characters");
	}

	@Test
	void anExampleLongerThanAQuestionCanBeIsRefusedAtItsLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "      - Buenos días",
				"      - Buenos días " + "muy ".repeat(YamlNode.MAX_EXAMPLE / 4));
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"intents/meeting.yml:66: error: an example is at most " + YamlNode.MAX_EXAMPLE + " characters");
	}

	@Test
	void anAnswerOrMessageLongerThanTheLimitIsRefusedAtItsLine() throws IOException {
		Path corpus = corpus();
		String longText = "palabra ".repeat(YamlNode.MAX_TEXT / 8 + 1);
		TestCorpora.replace(corpus.resolve("intents/meeting.yml"), "    es: \"¡Hola! Bienvenido.\"",
				"    es: \"" + longText + "\"");
		TestCorpora.replace(corpus.resolve("messages.yml"), "  en: \"The document has no data on that.\"",
				"  en: \"" + longText + "\"");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining(
					"intents/meeting.yml:71: error: a text is at most " + YamlNode.MAX_TEXT + " characters")
			.hasMessageContaining("messages.yml:6: error: a text is at most " + YamlNode.MAX_TEXT + " characters");
	}

	@Test
	void aSectionLongerThanTheLimitIsRefusedWithItsFile() throws IOException {
		Path corpus = corpus();
		Files.writeString(corpus.resolve("sections/resumen.md"),
				"---\nid: resumen\ntitle: Resumen\n---\n" + "Texto largo. ".repeat(SectionReader.MAX_SECTION / 13 + 1));
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("sections/resumen.md:5: error: a section's text is at most "
					+ SectionReader.MAX_SECTION + " characters");
	}

	@Test
	void aSectionWithANonWebUrlIsRefusedAtTheUrlLine() throws IOException {
		Path corpus = corpus();
		for (String url : new String[] { "javascript:alert(1)", "JavaScript://example.org/%0aalert(1)",
				"data:text/html,hi", "//example.org/x", "ftp://example.org/x", "https:/no-host" }) {
			Files.writeString(corpus.resolve("sections/resumen.md"),
					"---\nid: resumen\ntitle: Resumen\nurl: \"" + url + "\"\n---\nLa reunión fue en abril.\n");
			assertThatThrownBy(() -> CorpusLoader.load(corpus)).as(url)
				.isInstanceOf(CorpusException.class)
				.hasMessageContaining("sections/resumen.md:4: error: a link must be an http:// or https:// address");
		}
		Files.writeString(corpus.resolve("sections/resumen.md"),
				"---\nid: resumen\ntitle: Resumen\nurl: HTTPS://example.org/a?b=c#d\n---\nLa reunión fue en abril.\n");
		assertThat(CorpusLoader.load(corpus).section("resumen").orElseThrow().url())
			.isEqualTo("HTTPS://example.org/a?b=c#d");
	}

	@Test
	void aDocumentUrlThatIsNotAWebAddressIsRefusedAtItsLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("corpus.yml"), "  url: https://example.org/doc",
				"  url: javascript:alert(document.cookie)");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("corpus.yml:4: error: a link must be an http:// or https:// address");
	}

}
