package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * How people write is the corpus's to say: a spelling added to {@code languages/es.yml}
 * changes what the engine understands, with no change to the code.
 */
class CorpusSpellingsTests {

	/** A spelling nobody uses, so that nothing but the added line can teach it. */
	private static final String QUESTION = "¿zzqq fue la reunión?";

	@TempDir
	Path dir;

	@Test
	void aSpellingAddedToALanguageFileIsUnderstoodWithoutACodeChange() throws IOException {
		Answer before = BundledEngine.get().answer(QUESTION).answer();
		assertThat(before.intent()).as(why(before)).isNotEqualTo("meeting_dates");

		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "  cuándo: [", "  cuándo: [zzqq, ");
		Answer after = AnswerEngine.build(CorpusLoader.load(copy)).answer(QUESTION).answer();
		assertThat(after.answered()).as(why(after)).isTrue();
		assertThat(after.intent()).as(why(after)).isEqualTo("meeting_dates");
		assertThat(after.trace().masked()).as(why(after)).contains("cuando").doesNotContain("zzqq");
	}

	@Test
	void aSpellingOfSeveralWordsReplacesThemAllAtOnce() {
		String cleft = "eh hola este quería saber bueno cuándo fue que se hizo la revisión regional esa del pacto "
				+ "de migración que hicieron en abril creo";
		Answer answer = BundledEngine.get().answer(cleft).answer();
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.intent()).isEqualTo("meeting_dates");
		assertThat(answer.trace().masked()).startsWith("cuando se hizo");
	}

}
