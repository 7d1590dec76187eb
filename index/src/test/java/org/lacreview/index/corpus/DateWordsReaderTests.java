package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

/**
 * The {@code dates:} block of a language file: read into the language pack, a wrong value
 * named by file and line.
 */
class DateWordsReaderTests {

	@TempDir
	Path dir;

	private Path corpus() {
		return TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
	}

	@Test
	void readsTheDateWordsOfEachLanguage() {
		Corpus corpus = CorpusLoader.load(TestCorpora.MINI);
		LanguagePack.DateWords spanish = corpus.languages().get("es").dates();
		assertThat(spanish.monthFirst()).isFalse();
		assertThat(spanish.monthAbbreviations()).containsEntry("abr", 4);
		assertThat(spanish.dayCues()).contains("el", "el día");
		assertThat(spanish.numbers()).containsEntry("veintiséis", 26);
		assertThat(spanish.relativeDays()).containsEntry("día anterior", -1);
		assertThat(corpus.languages().get("en").dates().monthFirst()).isTrue();
	}

	@Test
	void aMonthOutsideOneToTwelveNamesFileAndLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("languages/es.yml"), "{abr: 4, may: 5}", "{abr: 4, may: 13}");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/es.yml:10")
			.hasMessageContaining("may: 13");
	}

	@Test
	void aDayNumberThatIsNotAWholeNumberNamesFileAndLine() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("languages/es.yml"), "veintisiete: 27", "veintisiete: muchos");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/es.yml:16")
			.hasMessageContaining("veintisiete: muchos");
	}

	@Test
	void aRelativeDayOfZeroAndAnUnknownKeyAreErrors() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("languages/es.yml"), "día siguiente: 1", "día siguiente: 0");
		TestCorpora.replace(corpus.resolve("languages/en.yml"), "  joiners: [of]", "  joiner: [of]");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/es.yml:17")
			.hasMessageContaining("día siguiente: 0")
			.hasMessageContaining("languages/en.yml:13")
			.hasMessageContaining("unknown key 'joiner'");
	}

	@Test
	void monthFirstIsTrueOrFalse() throws IOException {
		Path corpus = corpus();
		TestCorpora.replace(corpus.resolve("languages/en.yml"), "month_first: true", "month_first: usually");
		assertThatThrownBy(() -> CorpusLoader.load(corpus)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/en.yml:9")
			.hasMessageContaining("expected true or false");
	}

}
