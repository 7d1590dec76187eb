package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * A short follow-up naming another value of the last answer's family by one of its
 * {@code span_names} ("et à la réunion régionale ?" after the webinars' figure) asks the
 * same of that value ({@link SpanEnds#swapped}), unless it asks for a kind of answer the
 * last intent does not give. Figures come from the bundled corpus.
 */
class SpanSwapFollowUpTests {

	@TempDir
	Path dir;

	private static final String WEBINARS = "Combien de représentants ont participé aux séminaires web ?";

	private static final String SWAP = "et à la réunion régionale ?";

	private static String count(String event) {
		return String.valueOf(BundledEngine.value("event", event).attributes().get("count"));
	}

	private static List<Answer> conversation(AnswerEngine engine, String... turns) {
		return BundledEngine.conversation(engine, turns);
	}

	@Test
	void aFollowUpNamingTheMeetingBySpanNameAsksTheMeetingsFigure() {
		Answer swapped = conversation(BundledEngine.get(), WEBINARS, SWAP).get(1);
		assertThat(swapped.text()).as(BundledEngine.why(swapped))
			.contains(count("review_meeting"))
			.doesNotContain(count("webinars"));
	}

	@Test
	void aFollowUpThatSaysItsQuestionAgainIsASwapToo() {
		// Seven words besides the values: the question said again, still a follow-up.
		Answer swapped = conversation(BundledEngine.get(), "¿Cuántos participaron en los seminarios web?",
				"¿y cuántos registrados tuvo la reunión regional?")
			.get(1);
		assertThat(swapped.text()).as(BundledEngine.why(swapped))
			.contains(count("review_meeting"))
			.doesNotContain(count("webinars"));
	}

	@Test
	void theDifferenceAfterTheSwapIsBetweenTheTwoValues() {
		Answer difference = conversation(BundledEngine.get(), WEBINARS, SWAP, "combien de plus ?").get(2);
		int more = Integer.parseInt(count("review_meeting")) - Integer.parseInt(count("webinars"));
		assertThat(difference.text()).as(BundledEngine.why(difference)).contains(String.valueOf(more));
	}

	@Test
	void aFollowUpAskingAnotherKindOfAnswerIsNoSwap() {
		Answer other = conversation(BundledEngine.get(), "¿Cuántos seminarios web hubo?",
				"¿y quiénes coorganizaron la reunión?")
			.get(1);
		assertThat(other.text()).as(BundledEngine.why(other)).doesNotContain(count("review_meeting"));
	}

	@Test
	void withoutTheSpanNameTheFollowUpGetsNoMeetingFigure() throws IOException {
		Path copy = TestCorpora.copy(TestCorpora.BUNDLED, dir.resolve("corpus"));
		TestCorpora.replace(copy.resolve("entities/event.yml"), "fr: [réunion, réunion régionale, examen régional,",
				"fr: [examen régional,");
		Answer swapped = conversation(AnswerEngine.build(CorpusLoader.load(copy)), WEBINARS, SWAP).get(1);
		assertThat(swapped.text()).as(BundledEngine.why(swapped)).doesNotContain(count("review_meeting"));
	}

}
