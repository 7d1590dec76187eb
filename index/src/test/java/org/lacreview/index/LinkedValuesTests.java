package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * "His organisation" after an answer about one person is the organisation that person's
 * {@code org:} links to, when the org family's {@code kind_words} has the noun
 * ({@link LinkedValues}). Names come from the bundled corpus.
 */
class LinkedValuesTests {

	@TempDir
	Path dir;

	private static String label(String family, String id, String language) {
		return BundledEngine.value(family, id).label().in(language, List.of()).orElseThrow();
	}

	@Test
	void aNounBesideAPronounAfterOnePersonIsTheOrganisationThePersonLinksTo() {
		String linked = (String) BundledEngine.value("person", "vitorino").attributes().get("org");
		Answer answer = BundledEngine.lastAnswer(BundledEngine.get(), "Quem é António Vitorino?",
				"e qual foi o papel da organização dele?");
		assertThat(answer.intent()).as(BundledEngine.why(answer)).isEqualTo("org_info");
		assertThat(answer.text()).as(BundledEngine.why(answer)).startsWith(label("org", linked, "pt"));
	}

	@Test
	void withoutTheLinkTheSameQuestionStaysAboutThePerson() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path people = copy.resolve("entities/person.yml");
		TestCorpora.replace(people, "\n    org: iom ", "\n    # org: iom ");
		Answer answer = BundledEngine.lastAnswer(AnswerEngine.build(CorpusLoader.load(copy)),
				"Quem é António Vitorino?", "e qual foi o papel da organização dele?");
		assertThat(answer.intent()).as(BundledEngine.why(answer)).isNotEqualTo("org_info");
	}

}
