package org.lacreview.index.corpus;

import java.util.List;

/** The bot's own sentences, from {@code messages.yml}. */
public record Messages(Localized fallback, Localized unknownValue, Localized sourceLabel,
		List<String> defaultSuggestions) {

	public Messages {
		defaultSuggestions = List.copyOf(defaultSuggestions);
	}
}
