package org.lacreview.index.corpus;

import java.util.List;

/** The bot's own sentences, from {@code messages.yml}. */
public record Messages(Localized fallback, Localized unknownValue, Localized sourceLabel,
		List<String> defaultSuggestions, Localized fallbackSuggestions) {

	/** Messages without a separate lead for suggestions: the whole fallback sentence is said after a reason. */
	public Messages(Localized fallback, Localized unknownValue, Localized sourceLabel, List<String> defaultSuggestions) {
		this(fallback, unknownValue, sourceLabel, defaultSuggestions, Localized.NONE);
	}

	public Messages {
		defaultSuggestions = List.copyOf(defaultSuggestions);
	}
}
