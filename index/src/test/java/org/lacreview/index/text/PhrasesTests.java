package org.lacreview.index.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one way the engine makes a regex of a corpus's phrases. */
class PhrasesTests {

	@Test
	void phrasesAreFoldedWithoutRepeatsAndTheLongestIsTriedFirst() {
		assertThat(Phrases.alternation(List.of("o", "O sea", "o"), Pattern::quote))
			.isEqualTo(Pattern.quote("o sea") + "|" + Pattern.quote("o"));
		Matcher longest = Pattern.compile(Phrases.alternation(List.of("más", "más que"))).matcher("mas que");
		assertThat(longest.lookingAt()).isTrue();
		assertThat(longest.group()).isEqualTo("mas que");
	}

	@Test
	void phrasesAreFactoredByTheirCommonBeginnings() {
		assertThat(Phrases.alternation(List.of("de", "del", "desde")))
			.isEqualTo(Pattern.quote("de") + "(?:" + Pattern.quote("l") + "|" + Pattern.quote("sde") + ")?");
	}

	/**
	 * The factored pattern against the phrases joined longest first, over random phrases
	 * and texts of a few letters (so that phrases share beginnings and texts hold them),
	 * alone and followed by more pattern that makes the matcher back off a longer phrase.
	 */
	@Test
	void theFactoredPatternMatchesWhatTheLongestFirstAlternationMatches() {
		Random random = new Random(7);
		String letters = "ab é";
		for (int round = 0; round < 300; round++) {
			List<String> phrases = new ArrayList<>();
			for (int i = random.nextInt(6) + 1; i > 0; i--) {
				phrases.add(randomText(random, letters, 1 + random.nextInt(4)).strip() + "a");
			}
			for (String after : List.of("", "b", "\\s+a")) {
				Pattern plain = Pattern.compile("(?:" + Phrases.alternation(phrases, Pattern::quote) + ")" + after);
				Pattern factored = Pattern.compile("(?:" + Phrases.alternation(phrases) + ")" + after);
				String text = randomText(random, letters, 12);
				Matcher one = plain.matcher(text);
				Matcher other = factored.matcher(text);
				while (one.find()) {
					assertThat(other.find()).as("%s in %s", phrases, text).isTrue();
					assertThat(other.start()).isEqualTo(one.start());
					assertThat(other.end()).as("%s%s in '%s'", phrases, after, text).isEqualTo(one.end());
				}
				assertThat(other.find()).isFalse();
			}
		}
	}

	private static String randomText(Random random, String letters, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(letters.charAt(random.nextInt(letters.length())));
		}
		return text.toString();
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
