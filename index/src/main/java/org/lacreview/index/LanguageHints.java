package org.lacreview.index;

import java.util.Optional;

/**
 * What a channel knows about the asker's language; hints for the reply, never for reading
 * the question, which is always understood in the language it is written in. Codes are
 * ISO 639-1 ("es"); a code the corpus lacks is ignored.
 *
 * @param chosen the language the asker picked explicitly (Telegram's language command):
 * every reply is in it
 * @param channel the language the channel suggests (the widget's {@code data-lang}, the
 * API's {@code language} field, the Telegram app's {@code language_code}): the reply's
 * language only when neither the question nor the conversation tells
 */
public record LanguageHints(Optional<String> chosen, Optional<String> channel) {

	public static final LanguageHints NONE = new LanguageHints(Optional.empty(), Optional.empty());

	/** Only a channel's hint, when it has one. */
	public static LanguageHints channel(Optional<String> channel) {
		return new LanguageHints(Optional.empty(), channel);
	}
}
