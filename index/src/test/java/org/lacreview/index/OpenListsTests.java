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
 * Values listed before an open-list word ("etc.") are examples, not what is asked about
 * ({@link OpenLists}); the words come from the corpus's {@code open_list_words}. Expected
 * figures come from the corpus.
 */
class OpenListsTests {

	private static final String ALL_WITH_EXAMPLES = "Si sumo todas las categorías de participantes registrados "
			+ "(gobiernos, academia, diásporas, etc.), ¿cuánto da exactamente?";

	@TempDir
	Path dir;

	private static long sumOfThree() {
		return BundledEngine.figure("group", "governments", "count")
				+ BundledEngine.figure("group", "academia", "count")
				+ BundledEngine.figure("group", "diasporas", "count");
	}

	@Test
	void aSumOfAllCategoriesGivenWithExamplesIsTheWholeFamilysTotal() {
		Answer answer = ask(ALL_WITH_EXAMPLES);
		assertThat(answer.text()).as(BundledEngine.why(answer))
			.contains(String.valueOf(BundledEngine.familyTotal("group", "count")))
			.doesNotContain(String.valueOf(sumOfThree()));
	}

	@Test
	void aListWithoutAnOpenListWordIsWhatIsAskedAbout() {
		Answer answer = ask("Si sumo gobiernos, academia y diásporas, ¿cuánto da exactamente?");
		assertThat(answer.text()).as(BundledEngine.why(answer)).contains(String.valueOf(sumOfThree()));
	}

	@Test
	void withoutOpenListWordsInTheCorpusTheExamplesAreAddedUp() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path spanish = copy.resolve("languages/es.yml");
		String line = Files.readAllLines(spanish)
			.stream()
			.filter(l -> l.startsWith("open_list_words:"))
			.findFirst()
			.orElseThrow();
		TestCorpora.replace(spanish, line, "");
		Answer after = AnswerEngine.build(CorpusLoader.load(copy)).answer(ALL_WITH_EXAMPLES).answer();
		assertThat(after.text()).as(BundledEngine.why(after)).contains(String.valueOf(sumOfThree()));
	}

}
