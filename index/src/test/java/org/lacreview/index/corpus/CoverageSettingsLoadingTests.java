package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

/**
 * The strength of the coverage check is the corpus's to set ({@code coverage_weight} in
 * {@code corpus.yml}); a value that is not a number or is out of range is an error naming
 * file and line.
 */
class CoverageSettingsLoadingTests {

	@TempDir
	Path dir;

	/**
	 * A copy of the mini corpus with {@code line} added to its corpus.yml; that line's
	 * number.
	 */
	private int withSetting(Path corpus, String line) throws IOException {
		Path file = corpus.resolve("corpus.yml");
		int number = Files.readAllLines(file).size() + 1;
		Files.writeString(file, line + "\n", StandardOpenOption.APPEND);
		return number;
	}

	@Test
	void aCorpusThatDoesNotSetItGetsProportionalCoverage() {
		CorpusInfo info = CorpusLoader.load(TestCorpora.MINI).info();
		assertThat(info.coverageWeight()).isEqualTo(CorpusInfo.DEFAULT_COVERAGE_WEIGHT);
	}

	@Test
	void theCoverageWeightIsReadFromCorpusYml() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		withSetting(copy, "coverage_weight: 2.5");
		CorpusInfo info = CorpusLoader.load(copy).info();
		assertThat(info.coverageWeight()).isEqualTo(2.5);
	}

	@Test
	void characterTrigramsAreOffUnlessCorpusYmlTurnsThemOn() throws IOException {
		assertThat(CorpusLoader.load(TestCorpora.MINI).info().characterTrigrams()).isFalse();
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		withSetting(copy, "character_trigrams: true");
		CorpusLoader.Loaded loaded = CorpusLoader.loadWithWarnings(copy);
		assertThat(loaded.corpus().info().characterTrigrams()).isTrue();
		assertThat(loaded.warnings()).noneMatch(p -> p.toString().contains("character_trigrams"));
	}

	@Test
	void aCoverageWeightThatIsNotANumberIsAnErrorNamingCorpusYmlAndTheLine() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		int line = withSetting(copy, "coverage_weight: abc");
		assertThatThrownBy(() -> CorpusLoader.load(copy)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("corpus.yml:" + line + ": error:")
			.hasMessageContaining("coverage_weight")
			.hasMessageContaining("abc");
	}

	@Test
	void aNegativeCoverageWeightIsAnErrorNamingCorpusYmlAndTheLine() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		int line = withSetting(copy, "coverage_weight: -1");
		assertThatThrownBy(() -> CorpusLoader.load(copy)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("corpus.yml:" + line + ": error:")
			.hasMessageContaining("coverage_weight");
	}

}
