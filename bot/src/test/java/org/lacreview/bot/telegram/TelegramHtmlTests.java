package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TelegramHtmlTests {

	@Test
	void escapesTheCharactersHtmlParseModeReserves() {
		assertThat(TelegramHtml.escape("a < b && \"c\" > d")).isEqualTo("a &lt; b &amp;&amp; &quot;c&quot; &gt; d");
	}

	@Test
	void packsShortParagraphsIntoOneMessage() {
		assertThat(TelegramHtml.pack(List.of("one", "two"))).containsExactly("one\n\ntwo");
	}

	@Test
	void splitsALongAnswerAtParagraphBoundaries() {
		String paragraph = "x".repeat(3000);
		List<String> messages = TelegramHtml.pack(List.of(paragraph, paragraph, "end"));
		assertThat(messages).containsExactly(paragraph, paragraph + "\n\nend");
		assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(TelegramHtml.MAX_LENGTH));
	}

	@Test
	void cutsAParagraphLongerThanAMessageBetweenWordsAfterEscaping() {
		String paragraph = "a&b ".repeat(2000).strip();
		List<String> pieces = TelegramHtml.escapedPieces(paragraph);
		assertThat(pieces).hasSizeGreaterThan(1)
			.allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(TelegramHtml.MAX_LENGTH))
			.allSatisfy(p -> assertThat(p).startsWith("a&amp;b").endsWith("a&amp;b"));
		assertThat(String.join(" ", pieces)).isEqualTo(TelegramHtml.escape(paragraph));
	}

	@Test
	void cutsAWordLongerThanAMessageNeverInsideAnEntityOrAnEmoji() {
		String word = "&😀".repeat(3000);
		List<String> pieces = TelegramHtml.escapedPieces(word);
		List<String> joined = new ArrayList<>(pieces);
		assertThat(String.join("", joined)).isEqualTo(TelegramHtml.escape(word));
		assertThat(pieces).allSatisfy(p -> {
			assertThat(p.length()).isLessThanOrEqualTo(TelegramHtml.MAX_LENGTH);
			assertThat(p).startsWith("&amp;").doesNotEndWith("&amp").doesNotEndWith("&");
			assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
		});
	}

}
