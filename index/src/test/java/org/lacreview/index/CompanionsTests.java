package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.entity.EntityExtractor;

/**
 * The values a question names as the ones something was done with, from the language
 * files' {@code companions}, and what a pronoun after its answer points to.
 */
class CompanionsTests {

	private static Map<String, List<String>> companionsIn(Corpus corpus, String question, String language) {
		return new Companions(corpus).in(new EntityExtractor(corpus).extract(question, language), language);
	}

	@Test
	void aValueAfterAWordOfCompanyOrAskedWithWhomIsACompanion() {
		Corpus bundled = CorpusLoader.load(TestCorpora.BUNDLED);
		assertThat(companionsIn(bundled, "¿Quién coorganizó la revisión junto con la OIM?", "es"))
			.isEqualTo(Map.of("org", List.of("iom")));
		assertThat(companionsIn(bundled, "Who co-organised the review with IOM?", "en"))
			.isEqualTo(Map.of("org", List.of("iom")));
		assertThat(companionsIn(bundled, "¿Con quién coorganizó la OIM la revisión?", "es"))
			.isEqualTo(Map.of("org", List.of("iom")));
		assertThat(companionsIn(bundled, "¿Qué papel tuvo la OIM?", "es")).isEmpty();
	}

	@Test
	void withoutCompanionsInItsLanguageFileNoValueIsOne(@TempDir Path dir) throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/es.yml"),
				"companions: [con, junto con, junto a, además de, además del, aparte de, aparte del]",
				"companions: []");
		assertThat(companionsIn(CorpusLoader.load(copy), "¿Quién coorganizó la revisión junto con la OIM?", "es"))
			.isEmpty();
	}

	@Test
	void aPronounAfterWhoDidSomethingWithAValuePointsToTheOtherValueTheAnswerNames() {
		AnswerEngine engine = BundledEngine.get();
		Reply who = engine.answer("¿Quién coorganizó la revisión junto con la OIM?", LanguageHints.NONE,
				DialogState.EMPTY);
		Answer website = engine.answer("su sitio web", LanguageHints.NONE, who.state()).answer();
		assertThat(website.text()).as(website.trace().toString()).contains("pactomigracion.cepal.org");
	}

}
