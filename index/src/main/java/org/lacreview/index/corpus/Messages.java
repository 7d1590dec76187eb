package org.lacreview.index.corpus;

import java.util.List;

/**
 * The bot's own sentences, from {@code messages.yml}.
 *
 * @param languagesSpoken the sentence naming the languages the bot speaks, said to a question written in
 * another one; in every corpus language
 */
public record Messages(Localized fallback, Localized unknownValue, Localized sourceLabel,
		List<String> defaultSuggestions, Localized languagesSpoken) {

	public Messages {
		defaultSuggestions = List.copyOf(defaultSuggestions);
	}
}
