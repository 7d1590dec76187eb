package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one way the engine makes a regex of a corpus's phrases. */
class PhrasesTests {

	@Test
	void phrasesAreFoldedWithoutRepeatsAndTheLongestIsTriedFirst() {
		assertThat(Phrases.alternation(List.of("o", "O sea", "o")))
			.isEqualTo(Pattern.quote("o sea") + "|" + Pattern.quote("o"));
		assertThat(Pattern.compile(Phrases.alternation(List.of("más", "más que"))).matcher("mas que").lookingAt())
			.isTrue();
	}

	@Test
	void aSpanIsWithinAPhraseOnlyWhenOneMatchHoldsAllOfIt() {
		Pattern bound = Phrases.wholeWords(List.of("fewer than 20"));
		String text = "add up the groups with fewer than 20 and say how many fewer";
		int first = text.indexOf("fewer");
		assertThat(Phrases.within(bound, text, first, first + "fewer than".length())).isTrue();
		int last = text.lastIndexOf("fewer");
		assertThat(Phrases.within(bound, text, last, last + "fewer".length())).isFalse();
		// Reaching past the match is not within it.
		assertThat(Phrases.within(bound, text, first, text.length())).isFalse();
	}

	@Test
	void aPhraseEndingWithAnApostropheGoesOnIntoTheNextWord() {
		Pattern cues = Phrases.wholeWords(List.of("combien d'", "c"));
		assertThat(cues.matcher("combien d'entreprises ?").find()).isTrue();
		// A phrase that does not end with one never ends before one.
		assertThat(cues.matcher("c'est quand ?").find()).isFalse();
	}

	@Test
	void noPhraseNeverMatches() {
		assertThat(Pattern.compile(Phrases.alternation(List.of())).matcher("anything").find()).isFalse();
	}

	@Test
	void theQuoteDecidesHowAPhraseIsWritten() {
		Pattern spaced = Pattern
			.compile(Phrases.alternation(List.of("o sea"), w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")));
		assertThat(spaced.matcher("o   sea").matches()).isTrue();
	}

}
