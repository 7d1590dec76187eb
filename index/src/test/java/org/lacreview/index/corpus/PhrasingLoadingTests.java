package org.lacreview.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

/**
 * How people phrase questions in one language ({@code spellings}, {@code fillers},
 * {@code question_intro}, {@code question_outro}, {@code question_words} of
 * {@code languages/xx.yml}) loads from the corpus, and a mistake in it is an error naming
 * file and line.
 */
class PhrasingLoadingTests {

	@TempDir
	Path dir;

	/**
	 * A copy of the mini corpus with {@code lines} added to its {@code languages/es.yml};
	 * the first added line's number.
	 */
	private int appendToSpanish(Path corpus, String lines) throws IOException {
		Path file = corpus.resolve("languages/es.yml");
		int first = Files.readAllLines(file).size() + 1;
		Files.writeString(file, lines, StandardOpenOption.APPEND);
		return first;
	}

	@Test
	void theMiniCorpusWithoutPhrasingListsReadsQuestionsAsWritten() {
		Corpus corpus = CorpusLoader.load(TestCorpora.MINI);
		assertThat(corpus.languages().get("es").phrasing()).isEqualTo(Phrasing.NONE);
	}

	@Test
	void everyPhrasingListOfALanguageFileLoadsInLowerCase() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		appendToSpanish(copy, """
				spellings:
				  cuántos: [qnts, Cntos]
				  que: [q]
				fillers: [eh, O sea]
				question_intro: [quería saber, Mi pregunta es]
				question_outro: [porque]
				question_words: [cuándo, Cuántos]
				""");
		Phrasing phrasing = CorpusLoader.load(copy).languages().get("es").phrasing();
		assertThat(phrasing.spellings()).isEqualTo(Map.of("qnts", "cuántos", "cntos", "cuántos", "q", "que"));
		assertThat(phrasing.fillers()).containsExactly("eh", "o sea");
		assertThat(phrasing.questionIntros()).containsExactly("quería saber", "mi pregunta es");
		assertThat(phrasing.questionOutros()).containsExactly("porque");
		assertThat(phrasing.questionWords()).containsExactlyInAnyOrder("cuándo", "cuántos");
	}

	@Test
	void aTrailingDemonstrativeNotWrittenArticleGapDemonstrativeIsAnErrorNamingFileAndLine() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		int first = appendToSpanish(copy, """
				trailing_demonstratives: [la … esa, esa]
				""");
		assertThatThrownBy(() -> CorpusLoader.load(copy)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/es.yml:" + first + ": error:")
			.hasMessageContaining("'esa'");
		Path good = TestCorpora.copy(TestCorpora.MINI, dir.resolve("good"));
		appendToSpanish(good, """
				trailing_demonstratives: [La … Esa]
				""");
		assertThat(CorpusLoader.load(good).languages().get("es").phrasing().trailingDemonstratives())
			.containsExactly("la … esa");
	}

	@Test
	void aSpellingGivenTwiceForTheSameWordIsAccepted() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		appendToSpanish(copy, """
				spellings:
				  cuántos: [qnts, qnts]
				""");
		assertThat(CorpusLoader.load(copy).languages().get("es").phrasing().spellings())
			.containsExactly(Map.entry("qnts", "cuántos"));
	}

	@Test
	void aSpellingGivenForTwoDifferentWordsIsAnErrorNamingFileAndLine() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		int first = appendToSpanish(copy, """
				spellings:
				  que: [q, k]
				  quién: [kien, q]
				""");
		assertThatThrownBy(() -> CorpusLoader.load(copy)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("languages/es.yml:" + (first + 2) + ": error:")
			.hasMessageContaining("'q'")
			.hasMessageContaining("'que'")
			.hasMessageContaining("'quién'");
	}

	@Test
	void theKindsOfAnswerALanguageAsksForLoadInLowerCaseAndAnIntentsKindNoLanguageListsIsAnErrorAtItsLine()
			throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.MINI, dir.resolve("corpus"));
		appendToSpanish(copy, """
				asks_for:
				  date: [Cuándo, en qué año]
				""");
		TestCorpora.replace(copy.resolve("intents/meeting.yml"), "- intent: meeting_dates\n",
				"- intent: meeting_dates\n  answers: [dates]\n");
		assertThatThrownBy(() -> CorpusLoader.load(copy)).isInstanceOf(CorpusException.class)
			.hasMessageContaining("intents/meeting.yml:2")
			.hasMessageContaining("'dates'")
			.hasMessageContaining("[date]");
		TestCorpora.replace(copy.resolve("intents/meeting.yml"), "answers: [dates]", "answers: [date]");
		Corpus corpus = CorpusLoader.load(copy);
		assertThat(corpus.languages().get("es").phrasing().asksFor())
			.isEqualTo(Map.of("date", java.util.List.of("cuándo", "en qué año")));
		assertThat(corpus.intent("meeting_dates").orElseThrow().answers()).containsExactly("date");
	}

}
