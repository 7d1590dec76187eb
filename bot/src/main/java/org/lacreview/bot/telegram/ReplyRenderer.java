package org.lacreview.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lacreview.index.Answer;
import org.lacreview.index.Source;
import org.lacreview.index.corpus.Corpus;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Writes the engine's answers and the bot's own sentences as Telegram messages: HTML with
 * every dynamic text escaped, the source as a link, suggestions as buttons on the last
 * message, long answers split at paragraphs.
 */
final class ReplyRenderer {

	/**
	 * The answer's paragraphs, its source line, its suggestions as buttons, and below
	 * them the 👍/👎 buttons when the corpus turns them on and the answer has a
	 * {@code messageId} to vote on.
	 */
	List<SendMessage> answer(Turn turn, Answer answer, Corpus corpus, Optional<String> messageId) {
		List<String> paragraphs = paragraphs(answer.text());
		sourceLine(answer, corpus).ifPresent(paragraphs::add);
		InlineKeyboardMarkup buttons = answer.suggestions().isEmpty() ? null : Buttons.questions(answer.suggestions());
		var feedback = corpus.telegram().feedback();
		if (feedback.isPresent() && messageId.isPresent()) {
			buttons = Buttons.withFeedback(buttons, messageId.get(), feedback.get().helpful(),
					feedback.get().notHelpful());
		}
		return messages(turn, TelegramHtml.pack(paragraphs), buttons);
	}

	/** A sentence of the bot's, with optional buttons below it. */
	List<SendMessage> text(Turn turn, String text, InlineKeyboardMarkup buttons) {
		return messages(turn, TelegramHtml.pack(paragraphs(text)), buttons);
	}

	/**
	 * Plain text's paragraphs (split at blank lines), escaped, each cut to fit a message
	 * if it must be.
	 */
	private static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : text.split("\\n\\s*\\n")) {
			paragraphs.addAll(TelegramHtml.escapedPieces(paragraph.strip()));
		}
		return paragraphs;
	}

	private static Optional<String> sourceLine(Answer answer, Corpus corpus) {
		if (answer.sources().isEmpty()) {
			return Optional.empty();
		}
		String label = corpus.messages()
			.sourceLabel()
			.in(answer.language(), corpus.info().fallbacksFor(answer.language()))
			.orElse("");
		String links = answer.sources().stream().map(ReplyRenderer::link).collect(Collectors.joining(", "));
		String line = (label.isEmpty() ? "" : "<b>" + TelegramHtml.escape(label) + ":</b> ") + links;
		return line.length() <= TelegramHtml.MAX_LENGTH ? Optional.of(line) : Optional.empty();
	}

	private static String link(Source source) {
		String title = TelegramHtml.escape(source.title());
		return source.url() == null ? title : "<a href=\"" + TelegramHtml.escape(source.url()) + "\">" + title + "</a>";
	}

	private static List<SendMessage> messages(Turn turn, List<String> texts, InlineKeyboardMarkup buttons) {
		List<SendMessage> messages = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			boolean first = i == 0;
			boolean last = i == texts.size() - 1;
			SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
				.chatId(turn.chatId())
				.text(texts.get(i))
				.parseMode(ParseMode.HTML)
				.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
			if (first && turn.replyTo() != null) {
				// In a group, answer as a reply so the asker sees which question it
				// answers.
				message.replyParameters(
						ReplyParameters.builder().messageId(turn.replyTo()).allowSendingWithoutReply(true).build());
			}
			if (last && buttons != null) {
				message.replyMarkup(buttons);
			}
			messages.add(message.build());
		}
		return messages;
	}

}
