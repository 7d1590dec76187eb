package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.Answer;
import org.lacreview.index.Source;
import org.lacreview.index.Trace;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class ReplyRendererTests {

	private static final Corpus CORPUS = CorpusLoader.load(Path.of("corpus"));

	private static final Turn PRIVATE = new Turn("7", "k", "tg#s", false, null, Optional.empty());

	private static Answer answer(String text, List<Source> sources, List<String> suggestions) {
		return new Answer(text, true, "meeting_dates", 1, "es", sources, suggestions,
				new Trace("es", java.util.Map.of(), "", List.of(), List.of(), List.of(), "test"));
	}

	@Test
	void anAnswerIsEscapedHtmlWithItsSourceAsALinkAndItsSuggestionsAsButtons() {
		Answer answer = answer("Zoom < YouTube & más",
				List.of(new Source("s", "Fechas & lugares", "https://x.org/?a=1&b=2")), List.of("¿Quién organizó?"));
		List<SendMessage> messages = new ReplyRenderer().answer(PRIVATE, answer, CORPUS, Optional.empty());
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).getText()).isEqualTo(
				"Zoom &lt; YouTube &amp; más\n\n<b>Fuente:</b> <a href=\"https://x.org/?a=1&amp;b=2\">Fechas &amp; lugares</a>");
		assertThat(messages.get(0).getParseMode()).isEqualTo("html");
		assertThat(((InlineKeyboardMarkup) messages.get(0).getReplyMarkup()).getKeyboard().get(0).get(0).getText())
			.isEqualTo("¿Quién organizó?");
	}

	@Test
	void whenTheCorpusTurnsThemOnAnAnswerCarriesTheFeedbackButtonsBelowItsSuggestions() {
		Answer answer = answer("Fue en abril.", List.of(), List.of("¿Quién organizó?"));
		List<SendMessage> messages = new ReplyRenderer().answer(PRIVATE, answer, CORPUS,
				Optional.of("6f1c2d3e-0000-4000-8000-000000000001"));
		var rows = ((InlineKeyboardMarkup) messages.get(0).getReplyMarkup()).getKeyboard();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).extracting(b -> b.getText()).containsExactly("👍", "👎");
		assertThat(rows.get(1).get(0).getCallbackData()).isEqualTo("fb:+:6f1c2d3e-0000-4000-8000-000000000001");
		assertThat(rows.get(1).get(1).getCallbackData().getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.hasSizeLessThanOrEqualTo(64);
	}

	@Test
	void aLongAnswerIsSplitAtParagraphsWithTheButtonsOnTheLastMessageAndTheReplyOnTheFirst() {
		Turn group = new Turn("-5", "k", "tg#s", true, 321, Optional.empty());
		String paragraph = "palabra ".repeat(200).strip();
		Answer answer = answer(paragraph + "\n\n" + paragraph + "\n\n" + paragraph, List.of(), List.of("¿Y después?"));
		List<SendMessage> messages = new ReplyRenderer().answer(group, answer, CORPUS, Optional.empty());
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).getText()).isEqualTo(paragraph + "\n\n" + paragraph);
		assertThat(messages.get(1).getText()).isEqualTo(paragraph);
		assertThat(messages.get(0).getReplyParameters().getMessageId()).isEqualTo(321);
		assertThat(messages.get(1).getReplyParameters()).isNull();
		assertThat(messages.get(0).getReplyMarkup()).isNull();
		assertThat(messages.get(1).getReplyMarkup()).isNotNull();
	}

}
