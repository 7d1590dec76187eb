package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacreview.index.BundledEngine.ask;

import org.junit.jupiter.api.Test;

/**
 * A question quoting a figure the corpus gives a value of one family (the regional
 * consultation's 47 representatives) is not answered by an intent that never speaks of
 * that family (the member States); a figure that is no day ("the 32", "the 57") is read
 * as a number, not as a date the document does not cover.
 */
class QuotedFigureOwnersTests {

	@Test
	void aCountQuotingAFigureOfValuesTheBestIntentNeverSpeaksOfIsRefused() {
		Answer answer = ask("How many countries did the 47 regional representatives come from?");
		assertThat(answer.answered()).as(answer.trace().toString()).isFalse();
		assertThat(answer.trace().decision()).contains("quotes the figure 47");
	}

	@Test
	void aComputationSettingValuesAgainstAQuotedFigureOfAnotherFamilyIsStillAnswered() {
		Answer answer = ask("youtube viewers as a % of the 982 registered people?");
		assertThat(answer.answered()).as(answer.trace().toString()).isTrue();
		assertThat(answer.text()).contains("79.6");
	}

	@Test
	void aFigureAfterADayCueThatCannotBeADayIsAFigure() {
		assertThat(ask("What share of the 32 participating states were associate members?").text()).contains("9.4%");
		assertThat(ask("At the March 25 briefing, on average how many people per country among the 57?").text())
			.contains("2.7");
	}

	@Test
	void aCountQuotingAFigureOfTheValuesItIsAboutIsAnswered() {
		Answer answer = ask("¿Cuántos países había en la sesión informativa de las 57 personas?");
		assertThat(answer.trace().decision()).doesNotContain("quotes the figure");
	}

}
