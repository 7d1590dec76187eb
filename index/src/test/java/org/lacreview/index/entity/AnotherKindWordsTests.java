package org.lacreview.index.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;

/**
 * In a question naming a companion ("besides", "other than"), "other" right before a word
 * of content asks about more of that word's kind ({@code another_kind_words}), and words
 * inside a companion phrase name nothing: neither is the stakeholder group that the
 * bundled corpus names "others" in English.
 */
class AnotherKindWordsTests {

	@TempDir
	Path dir;

	private static final Corpus BUNDLED = CorpusLoader.load(TestCorpora.BUNDLED);

	private static List<String> ids(EntityExtractor extractor, String question) {
		return extractor.extract(question, "en")
			.mentions()
			.stream()
			.flatMap(m -> m.values().stream())
			.map(EntityValue::id)
			.toList();
	}

	/** The value the English name "others" names. */
	private static String others() {
		return BUNDLED.family("group")
			.orElseThrow()
			.values()
			.stream()
			.filter(v -> v.names().getOrDefault("en", List.of()).contains("others"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static final String APPROACHES = "Besides rights, gender and children, which other approaches were reaffirmed?";

	@Test
	void otherBeforeANounNextToACompanionNamesNoValue() {
		assertThat(ids(new EntityExtractor(BUNDLED), APPROACHES)).doesNotContain(others());
	}

	@Test
	void otherWithinACompanionPhraseNamesNoValue() {
		assertThat(ids(new EntityExtractor(BUNDLED), "How many registrants were from groups other than governments?"))
			.doesNotContain(others())
			.hasSize(1);
	}

	@Test
	void othersStandingAloneOrWithoutACompanionStillNameTheValue() {
		EntityExtractor extractor = new EntityExtractor(BUNDLED);
		assertThat(ids(extractor, "How many others besides governments?")).contains(others());
		assertThat(ids(extractor, "which other approaches were reaffirmed?")).contains(others());
	}

	@Test
	void withoutTheLanguagesWordsOtherBeforeANounNamesTheValue() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path english = copy.resolve("languages/en.yml");
		List<String> lines = Files.readAllLines(english)
			.stream()
			.filter(line -> !line.startsWith("another_kind_words:"))
			.toList();
		Files.write(english, lines);
		assertThat(ids(new EntityExtractor(CorpusLoader.load(copy)), APPROACHES)).contains(others());
	}

}
