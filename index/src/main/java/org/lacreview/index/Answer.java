package org.lacreview.index;

import java.util.List;

/**
 * The engine's reply to one question, in plain text (channels format it).
 * {@code answered} is false when the bot says it does not know; {@code intent} is then
 * "fallback".
 */
public record Answer(String text, boolean answered, String intent, double confidence, String language,
		List<Source> sources, List<String> suggestions, Trace trace) {

	public static final String FALLBACK = "fallback";

	public Answer {
		sources = List.copyOf(sources);
		suggestions = List.copyOf(suggestions);
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
		}
	}
}
