package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * "¿y la otra?" after an answer listing two people and a question about the first: the
 * question is about the second (the language's {@code other_words}).
 */
class OtherOfTwoTests {

	private static final AnswerEngine engine = BundledEngine.get();

	@TempDir
	Path dir;

	private static String name(String id) {
		return engine.corpus()
			.family("person")
			.orElseThrow()
			.value(id)
			.orElseThrow()
			.label()
			.in("es", List.of())
			.orElseThrow();
	}

	private static List<Answer> askAboutTheOther(AnswerEngine asked, String... turns) {
		return BundledEngine.conversation(asked, turns);
	}

	@Test
	void theOtherAfterAQuestionAboutTheFirstOfTwoListedIsTheSecond() {
		List<Answer> answers = askAboutTheOther(engine, "¿Quiénes representaron a la sociedad civil en la apertura?",
				"¿y de qué grupo era la primera?", "¿y la otra?");
		assertThat(answers.get(0).text()).contains(name("perez"), name("valdes"));
		assertThat(answers.get(2).answered()).as(answers.get(2).trace().toString()).isTrue();
		assertThat(answers.get(2).text()).startsWith(name("valdes"));
	}

	@Test
	void theOtherIsReadSoEvenWhereItsWordAlsoNamesAValue() {
		List<Answer> answers = askAboutTheOther(engine, "Who spoke for civil society at the opening?",
				"what group was the first one from?", "and the other?");
		assertThat(answers.get(2).text()).as(answers.get(2).trace().toString()).startsWith(name("valdes"));
	}

	@Test
	void theOtherBeforeAnotherValuesNameNamesNoValueOfItsOwn() {
		// "other" found the group "others" beside "civil society", and the follow-up
		// was read as a ranking of the groups.
		List<Answer> answers = askAboutTheOther(engine, "who was the civil society rep from the Latin American Bloc?",
				"and the other civil society speaker?");
		Answer second = answers.get(1);
		assertThat(second.trace().entities()).as(second.trace().toString()).noneMatch(e -> e.contains("others"));
		assertThat(second.text()).as(second.trace().toString()).contains(name("perez"));
	}

	@Test
	void theOtherWordsAreTheCorpuss() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"), "other_words: [la otra, el otro, otra, otro]",
				"other_words: []");
		AnswerEngine without = AnswerEngine.build(CorpusLoader.load(copy));
		List<Answer> answers = askAboutTheOther(without, "¿Quiénes representaron a la sociedad civil en la apertura?",
				"¿y de qué grupo era la primera?", "¿y la otra?");
		assertThat(answers.get(2).text()).doesNotStartWith(name("valdes"));
	}

}
