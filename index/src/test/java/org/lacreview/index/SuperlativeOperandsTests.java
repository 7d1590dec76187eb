package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 13, item 1: an operand named by a superlative in a comparison ("the busiest day",
 * "el grupo más grande") is the family's extreme value ({@link SuperlativeOperands}); as
 * many values as the family has, named with a superlative ("the three days from most to
 * least"), are all of it. Expected figures are the bundled corpus's.
 */
class SuperlativeOperandsTests {

	@TempDir
	Path dir;

	private static Answer ask(String question) {
		return BundledEngine.get().answer(question).answer();
	}

	private static long zoom(String day) {
		return BundledEngine.figure("day", day, "zoom");
	}

	@Test
	void theBusiestDayInADifferenceIsTheDayWithTheLargestFigure() {
		Answer answer = ask("how many more people joined on zoom on the busiest day than on the 28th?");
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(zoom("apr26") - zoom("apr28")));
	}

	@Test
	void aSuperlativeDayIsComparedWithAnotherFamilysFigure() {
		long youtube = BundledEngine.figure("platform", "youtube", "people");
		Answer answer = ask("Was the YouTube audience bigger than the biggest single day on Zoom?");
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(youtube - zoom("apr26")));
	}

	@Test
	void aValueNamedBetweenTheSuperlativeAndTheNounKeepsItsPlace() {
		// "the biggest zoom day": Zoom is whose figure the day is; the session start
		// dropped it with the words it replaced and refused, reading YouTube per day.
		long youtube = BundledEngine.figure("platform", "youtube", "people");
		Answer answer = ask("how many more watched on youtube than on the biggest zoom day");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(youtube - zoom("apr26")));
	}

	@Test
	void theLargestGroupAgainstANamedOneIsTheirDifference() {
		long governments = BundledEngine.figure("group", "governments", "count");
		long academia = BundledEngine.figure("group", "academia", "count");
		Answer answer = ask("¿cuántos más registrados tuvo el grupo más grande que la academia?");
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(governments - academia));
	}

	@Test
	void aSuperlativeAskedAfterAQuestionWordStaysTheQuestion() {
		long diasporas = BundledEngine.figure("group", "diasporas", "count");
		long academia = BundledEngine.figure("group", "academia", "count");
		Answer answer = ask("¿Qué grupo tuvo más registrados, academia o diásporas, y por cuánto?");
		assertThat(answer.text()).as(why(answer))
			.contains(String.valueOf(diasporas - academia))
			.doesNotContain(String.valueOf(BundledEngine.figure("group", "governments", "count")));
	}

	@Test
	void asManyValuesAsTheFamilyHasNamedWithASuperlativeAreAllOfIt() {
		Answer answer = ask("Rank the three days from most to least Zoom participants");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text())
			.containsPattern(zoom("apr26") + "[\\s\\S]*" + zoom("apr27") + "[\\s\\S]*" + zoom("apr28"));
	}

	@Test
	void aRatioWordKnownInAnotherLanguageIsAlsoThisLanguagesRatio() {
		// Once "ratio" is a word the corpus knows, a French question saying it must
		// compute the ratio, not answer the two figures as if nothing were asked.
		Answer answer = ask("Quel est le ratio entre les inscrits de la diaspora et ceux du milieu universitaire ?");
		assertThat(answer.text()).as(why(answer)).contains("÷");
	}

	@Test
	void aRatioSaidWithTheLanguagesRatioWordIsComputedAndNotWithoutIt() throws IOException {
		String question = "What's the ratio of diaspora to academia registrants?";
		Answer answer = ask(question);
		assertThat(answer.text()).as(why(answer)).contains("÷");
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("languages/en.yml"), ", ratio, the ratio of, ratio of … to, ratio between]",
				"]");
		Answer without = AnswerEngine.build(CorpusLoader.load(copy)).answer(question).answer();
		assertThat(without.text()).as(why(without)).doesNotContain("÷");
	}

}
