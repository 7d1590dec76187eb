package org.lacreview.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for Telegram's HTML parse mode: escaping, and packing paragraphs into messages of
 * at most 4,096 characters without cutting a paragraph unless it alone is longer.
 */
final class TelegramHtml {

	/** Telegram's limit on one message's text. */
	static final int MAX_LENGTH = 4096;

	private TelegramHtml() {
	}

	/** {@code text} safe inside HTML text or a double-quoted attribute. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The plain paragraph {@code text}, escaped, in pieces that each fit a message (cut
	 * between words).
	 */
	static List<String> escapedPieces(String text) {
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		for (String word : text.split("(?<=\\s)")) {
			String escaped = escape(word);
			if (piece.length() + escaped.length() > MAX_LENGTH && piece.length() > 0) {
				pieces.add(piece.toString().strip());
				piece.setLength(0);
			}
			while (escaped.length() > MAX_LENGTH) {
				// One "word" longer than a message: cut it, never inside an entity or a
				// surrogate pair.
				int cut = MAX_LENGTH;
				int amp = escaped.lastIndexOf('&', cut - 1);
				if (amp > cut - 6) {
					cut = amp;
				}
				if (Character.isHighSurrogate(escaped.charAt(cut - 1))) {
					cut--;
				}
				pieces.add(escaped.substring(0, cut));
				escaped = escaped.substring(cut);
			}
			piece.append(escaped);
		}
		if (!piece.toString().isBlank()) {
			pieces.add(piece.toString().strip());
		}
		return pieces;
	}

	/**
	 * Paragraphs of HTML, each at most {@link #MAX_LENGTH}, joined into as few messages
	 * as fit.
	 */
	static List<String> pack(List<String> paragraphs) {
		List<String> messages = new ArrayList<>();
		StringBuilder message = new StringBuilder();
		for (String paragraph : paragraphs) {
			if (paragraph.length() > MAX_LENGTH) {
				throw new IllegalArgumentException(
						"a paragraph longer than a message must be cut first: " + paragraph.length());
			}
			if (message.length() > 0 && message.length() + 2 + paragraph.length() > MAX_LENGTH) {
				messages.add(message.toString());
				message.setLength(0);
			}
			if (message.length() > 0) {
				message.append("\n\n");
			}
			message.append(paragraph);
		}
		if (message.length() > 0) {
			messages.add(message.toString());
		}
		return messages;
	}

}
