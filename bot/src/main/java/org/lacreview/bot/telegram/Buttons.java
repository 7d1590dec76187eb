package org.lacreview.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline buttons and what a press means. A question button's {@code callback_data} is
 * only {@code ask:<n>} (its place in the keyboard): a question can be longer than the 64
 * bytes Telegram allows, so the question is read back from the button's own text in the
 * message pressed. Nothing is stored between the two.
 */
final class Buttons {

	private static final String ASK = "ask:";

	private static final String LANGUAGE = "lang:";

	/**
	 * {@code fb:+:<message id>} or {@code fb:-:<message id>}: a 👍/👎 on the answer given
	 * under that id.
	 */
	private static final String FEEDBACK = "fb:";

	private Buttons() {
	}

	/** One button per question, one per row. */
	static InlineKeyboardMarkup questions(List<String> questions) {
		return new InlineKeyboardMarkup(IntStream.range(0, questions.size())
			.mapToObj(i -> new InlineKeyboardRow(button(questions.get(i), ASK + i)))
			.toList());
	}

	/** One button per language, named in itself, two per row. */
	static InlineKeyboardMarkup languages(List<String> codes, Map<String, String> names) {
		List<InlineKeyboardButton> buttons = codes.stream()
			.map(code -> button(names.getOrDefault(code, code), LANGUAGE + code))
			.toList();
		return new InlineKeyboardMarkup(IntStream.range(0, (buttons.size() + 1) / 2)
			.mapToObj(row -> new InlineKeyboardRow(buttons.subList(2 * row, Math.min(buttons.size(), 2 * row + 2))))
			.toList());
	}

	/**
	 * {@code keyboard}'s rows and one more with the feedback buttons for the answer given
	 * as {@code messageId} (a UUID: the callback data stays within Telegram's 64 bytes).
	 */
	static InlineKeyboardMarkup withFeedback(InlineKeyboardMarkup keyboard, String messageId, String helpful,
			String notHelpful) {
		List<InlineKeyboardRow> rows = new ArrayList<>(keyboard == null ? List.of() : keyboard.getKeyboard());
		rows.add(new InlineKeyboardRow(button(helpful, FEEDBACK + "+:" + messageId),
				button(notHelpful, FEEDBACK + "-:" + messageId)));
		return new InlineKeyboardMarkup(rows);
	}

	/** A feedback press: the answer's message id and whether it was helpful. */
	record Vote(String messageId, boolean helpful) {
	}

	/** The vote on the button pressed, when it is a feedback button. */
	static Optional<Vote> vote(CallbackQuery press) {
		String data = press.getData();
		if (data == null || !data.startsWith(FEEDBACK) || data.length() < FEEDBACK.length() + 3) {
			return Optional.empty();
		}
		char sign = data.charAt(FEEDBACK.length());
		return sign == '+' || sign == '-' ? Optional.of(new Vote(data.substring(FEEDBACK.length() + 2), sign == '+'))
				: Optional.empty();
	}

	/**
	 * The question on the button pressed, when it is a question button of a message still
	 * accessible.
	 */
	static Optional<String> question(CallbackQuery press) {
		String data = press.getData();
		if (data == null || !data.startsWith(ASK) || !(press.getMessage() instanceof Message message)
				|| message.getReplyMarkup() == null) {
			return Optional.empty();
		}
		return message.getReplyMarkup()
			.getKeyboard()
			.stream()
			.flatMap(List::stream)
			.filter(b -> data.equals(b.getCallbackData()))
			.map(InlineKeyboardButton::getText)
			.findFirst();
	}

	/** The language code on the button pressed, when it is a language button. */
	static Optional<String> language(CallbackQuery press) {
		String data = press.getData();
		return data != null && data.startsWith(LANGUAGE) ? Optional.of(data.substring(LANGUAGE.length()))
				: Optional.empty();
	}

	private static InlineKeyboardButton button(String text, String data) {
		return InlineKeyboardButton.builder().text(text).callbackData(data).build();
	}

}
