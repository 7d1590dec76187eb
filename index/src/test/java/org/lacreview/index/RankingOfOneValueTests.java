package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;
import static org.lacreview.index.BundledEngine.conversation;
import static org.lacreview.index.BundledEngine.figure;
import static org.lacreview.index.BundledEngine.why;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An intent whose answer ranks its family (its largest and smallest value) chosen for a
 * question naming one value of that family and asking no superlative: a ranking of one
 * value ranks nothing, so that value's figure is the answer. A short question naming
 * again the value the last count was about asks what that count does not say.
 */
class RankingOfOneValueTests {

	@Test
	void oneValueNamedWithoutASuperlativeGetsItsFigure() {
		Answer answer = ask("Quelle a été la participation des diasporas parmi les inscrits ?");
		assertThat(answer.intent()).as(why(answer)).isEqualTo("registered_by_group");
		assertThat(answer.text()).contains(String.valueOf(figure("group", "diasporas", "count")))
			.doesNotContain(String.valueOf(figure("group", "governments", "count")));
	}

	@Test
	void aFollowUpNamingAnotherValueGetsThatValuesFigure() {
		List<Answer> answers = conversation(BundledEngine.get(),
				"Quelle a été la participation des diasporas parmi les inscrits ?", "et celle des « autres » ?");
		assertThat(answers.get(1).text()).as(why(answers.get(1)))
			.contains(String.valueOf(figure("group", "others", "count")));
	}

	@Test
	void aSuperlativeStillRanks() {
		Answer answer = ask("¿Los gobiernos fueron el grupo más grande?");
		assertThat(answer.intent()).as(why(answer)).isEqualTo("group_most");
	}

	@Test
	void askingWhichOfTheValueTheLastCountWasAboutIsRefusedNotAnsweredAgain() {
		List<Answer> answers = conversation(BundledEngine.get(), "How many registered from academia?",
				"what universities?");
		assertThat(answers.get(0).answered()).isTrue();
		assertThat(answers.get(1).answered()).as(why(answers.get(1))).isFalse();
		// Another value of the same family is another question: its figure.
		List<Answer> other = conversation(BundledEngine.get(), "How many registered from academia?",
				"and how many from the diasporas?");
		assertThat(other.get(1).text()).as(why(other.get(1)))
			.contains(String.valueOf(figure("group", "diasporas", "count")));
	}

	@Test
	void askingWhoTheValueTheConversationIsAboutWereIsNoQuestionOfItsFigure() {
		List<Answer> answers = conversation(BundledEngine.get(),
				"¿Cuántas organizaciones de trabajadores se registraron?", "¿cuáles sindicatos eran?");
		assertThat(answers.get(1).answered()).as(why(answers.get(1))).isFalse();
	}

}
