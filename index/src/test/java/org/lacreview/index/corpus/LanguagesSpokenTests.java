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

/**
 * {@code languages_spoken} in messages.yml: read like the other messages, in every corpus
 * language.
 */
class LanguagesSpokenTests {

	@TempDir
	Path dir;

	@Test
	void theSentenceIsReadInEveryLanguage() {
		Messages messages = CorpusLoader.load(TestCorpora.MINI).messages();
		assertThat(messages.languagesSpoken().in("en", List.of())).contains("I speak Spanish and English.");
		assertThat(messages.languagesSpoken().in("es", List.of())).contains("Hablo español e inglés.");
	}

	@Test
	void aLanguageWithoutTheSentenceIsRefusedAtItsLine() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		TestCorpora.replace(corpus.resolve("messages.yml"), "  en: \"I speak Spanish and English.\"\n", "");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("messages.yml:9: error: languages_spoken has no text in 'en'");
	}

	@Test
	void aCorpusWithoutTheSentenceIsRefusedWithTheFile() throws IOException {
		Path corpus = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		Path messages = corpus.resolve("messages.yml");
		String text = Files.readString(messages);
		Files.writeString(messages, text.substring(0, text.indexOf("languages_spoken:")));
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("messages.yml:1: error: missing 'languages_spoken:'");
	}

}
