package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * The sentence of a rank among the values a question leaves out is the corpus's
 * ({@code rank_most_without} in {@code messages.yml}): with it the reply says what was
 * left out; without it the reply is the plain rank's sentence, with the same value.
 */
class RankWithoutSentenceTests {

	private static final String QUESTION = "Excluding governments, which group had the most registrants?";

	@TempDir
	Path dir;

	@Test
	void theReplySaysWhatWasLeftOutOnlyWhenTheCorpusHasTheSentence() throws IOException {
		Answer with = ask(BundledEngine.get(), QUESTION);
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path messages = copy.resolve("messages.yml");
		String text = Files.readString(messages);
		Files.writeString(messages, text.replaceAll("(?m)^  rank_most_without:\\n(    \\w\\w: .*\\n)+", ""));
		Answer without = ask(AnswerEngine.build(CorpusLoader.load(copy)), QUESTION);
		assertThat(with.text()).as(with.trace().toString()).startsWith("Not counting");
		assertThat(without.text()).as(without.trace().toString())
			.startsWith("In position 1")
			.doesNotContain("Not counting");
		// The same value either way: the second largest group.
		assertThat(without.text().substring(without.text().indexOf('“')))
			.isEqualTo(with.text().substring(with.text().indexOf("“", with.text().indexOf("”") + 1)));
	}

}
