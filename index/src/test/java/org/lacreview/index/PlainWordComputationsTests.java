package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.why;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 1: computations asked in plain words the corpus's operation phrases now
 * hold (session 33: "were there more … or …", "a partes iguales") or with a few short
 * words after a plus word ("más los de las"). Each question was answered with the raw
 * figures, or refused, at the session's start. Figures come from the bundled corpus.
 */
class PlainWordComputationsTests {

	private static long group(String id) {
		return BundledEngine.figure("group", id, "count");
	}

	@Test
	void aPlusWordFollowedByAnArticleAndAPrepositionStillAddsTheTwoValues() {
		long sum = group("academia") + group("diasporas");
		for (String question : new String[] { "cuántos eran de la academia más los de las diásporas?",
				"quantos da academia mais os das diásporas?" }) {
			Answer answer = ask(question);
			assertThat(answer.text()).as(why(answer)).contains(String.valueOf(sum));
		}
	}

	@Test
	void wereThereMoreOfOneOrTheOtherIsTheirDifference() {
		long youtube = BundledEngine.figure("platform", "youtube", "people");
		long firstDay = BundledEngine.figure("day", "apr26", "zoom");
		Answer answer = ask("Were there more YouTube viewers or Zoom participants on day 1?");
		assertThat(answer.answered()).as(why(answer)).isTrue();
		assertThat(answer.text()).as(why(answer)).contains(String.valueOf(Math.abs(youtube - firstDay)));
	}

	@Test
	void aFigureSplitInEqualPartsIsAnAverageOverTheParts() {
		long parts = BundledEngine.value("event", "webinars").parts().orElseThrow();
		String perWebinar = String.valueOf(BundledEngine.figure("event", "webinars", "count") / parts);
		for (String question : new String[] {
				"Si los 750 se repartieron parejo entre los seminarios web, ¿cuántos por seminario?",
				"Si les 750 étaient répartis à parts égales entre les webinaires, combien par webinaire ?" }) {
			Answer answer = ask(question);
			assertThat(answer.text()).as(why(answer)).contains(perWebinar).contains("÷");
		}
	}

}
