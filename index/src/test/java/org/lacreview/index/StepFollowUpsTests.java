package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.why;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Issue 13, item 3: relatives over a family ("el anterior", "¿y el siguiente?", "and the
 * next one?") step from the value the last turn was about, in the family's order or in
 * the ranking the last answer listed ({@link StepFollowUps}); a ranking asked again of
 * one value gives that value's figure; "¿y el último?" after a ranking is its other end.
 * Expected figures are the bundled corpus's.
 */
class StepFollowUpsTests {

	@TempDir
	Path dir;

	private static List<Answer> conversation(AnswerEngine engine, String... turns) {
		return BundledEngine.conversation(engine, turns);
	}

	@Test
	void theDayBeforeAndAfterTheOneAskedAboutFollowTheFamilysOrder() {
		AnswerEngine engine = BundledEngine.get();
		Answer before = conversation(engine, "¿cuántos en zoom el 27?", "¿y el anterior?").get(1);
		assertThat(before.text()).as(why(before))
			.contains(String.valueOf(BundledEngine.figure("day", "apr26", "zoom")));
		Answer after = conversation(engine, "how many on zoom on april 27?", "and the next one?").get(1);
		assertThat(after.text()).as(why(after)).contains(String.valueOf(BundledEngine.figure("day", "apr28", "zoom")));
	}

	@Test
	void theNextOneAfterARankingIsTheFirstValueAfterThoseItPutFirst() {
		AnswerEngine engine = BundledEngine.get();
		// Two groups share the fewest registrations; the next one is the one after both.
		Answer next = conversation(engine, "¿Cuál fue el grupo menos numeroso entre los registrados?",
				"¿y el que le sigue?")
			.get(1);
		assertThat(next.text()).as(why(next))
			.contains(String.valueOf(BundledEngine.figure("group", "workers", "count")));
	}

	@Test
	void aStepWordBeforeANounIsNoStep() {
		Answer steps = conversation(BundledEngine.get(), "¿cuántos en zoom el 27?", "¿y el siguiente paso?").get(1);
		assertThat(steps.text()).doesNotContain(String.valueOf(BundledEngine.figure("day", "apr28", "zoom")));
	}

	@Test
	void withoutTheLanguagesStepWordsThereIsNoStep() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		Path spanish = copy.resolve("languages/es.yml");
		String text = java.nio.file.Files.readString(spanish);
		int start = text.indexOf("\nstep_words:");
		int end = text.indexOf("\n", text.indexOf("}", start));
		java.nio.file.Files.writeString(spanish, text.substring(0, start) + text.substring(end));
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(copy));
		Answer before = conversation(engine, "¿cuántos en zoom el 27?", "¿y el anterior?").get(1);
		assertThat(before.text()).as(why(before))
			.doesNotContain(String.valueOf(BundledEngine.figure("day", "apr26", "zoom")));
	}

	@Test
	void aRankingAskedAgainOfOneValueGivesThatValuesFigure() {
		Answer academia = conversation(BundledEngine.get(), "¿qué grupo tuvo más registrados?", "¿y la academia?")
			.get(1);
		assertThat(academia.text()).as(why(academia))
			.contains(String.valueOf(BundledEngine.figure("group", "academia", "count")));
		Answer day = conversation(BundledEngine.get(), "¿qué día hubo más gente en zoom?", "¿y el 27?").get(1);
		assertThat(day.text()).as(why(day)).contains(String.valueOf(BundledEngine.figure("day", "apr27", "zoom")));
	}

	@Test
	void theLastAfterARankingIsItsOtherEnd() {
		Answer last = conversation(BundledEngine.get(), "¿cuál fue el grupo con más registrados?", "¿y el segundo?",
				"¿y el último?")
			.get(2);
		assertThat(last.text()).as(why(last))
			.contains(String.valueOf(BundledEngine.figure("group", "regional_processes", "count")))
			.doesNotContain(String.valueOf(BundledEngine.figure("group", "others", "count")));
	}

}
