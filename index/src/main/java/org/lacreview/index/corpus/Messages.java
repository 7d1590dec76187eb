package org.lacreview.index.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The bot's own sentences, from {@code messages.yml}.
 *
 * @param languagesSpoken the sentence naming the languages the bot speaks, said to a
 * question written in another one; in every corpus language
 * @param fallbackSuggestions the lead of the suggested questions after a sentence that
 * already says why the bot cannot answer (said instead of the whole fallback sentence);
 * empty to say the fallback sentence
 * @param partMissing said for one of several questions of a message that the document
 * does not answer, with {@code {question}} standing for that question; empty to say the
 * fallback sentence
 * @param computed per computation ({@code difference}, {@code sum}, {@code share},
 * {@code average}: the sentence keys of {@link OperationName}), the sentence that gives
 * its result, with placeholders for the values and figures used; a computation without
 * one is not made
 * @param documentQuote the reply quoting a sentence of the document, with
 * {@code {sentence}} and {@code {section}} (its section's title); empty to never quote
 * the document
 * @param widgetWelcome the chat widget's first message of a conversation; in every corpus
 * language
 * @param widgetStarters the chat widget's starter questions, one per line (see
 * {@link #widgetStartersIn}); in every corpus language
 * @param nothingToFollow said to a follow-up ("¿y el 3?") when there is no topic to
 * follow, before the suggested questions; empty to say the fallback sentence
 */
public record Messages(Localized fallback, Localized unknownValue, Localized sourceLabel,
		List<String> defaultSuggestions, Localized languagesSpoken, Localized fallbackSuggestions,
		Localized partMissing, Map<String, Localized> computed, Localized documentQuote, Localized widgetWelcome,
		Localized widgetStarters, Localized nothingToFollow) {

	public Messages {
		defaultSuggestions = List.copyOf(defaultSuggestions);
		computed = Map.copyOf(computed);
	}

	/**
	 * The widget's starter questions in {@code language}, else in the first of
	 * {@code fallbacks} that has them: the lines of {@link #widgetStarters} without blank
	 * lines, a leading "- " dropped (as in an intent's examples).
	 */
	public List<String> widgetStartersIn(String language, List<String> fallbacks) {
		return widgetStarters.in(language, fallbacks).map(Messages::lines).orElse(List.of());
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\n"))
			.map(String::strip)
			.map(line -> line.startsWith("- ") ? line.substring(2).strip() : line)
			.filter(line -> !line.isEmpty() && !line.equals("-"))
			.toList();
	}

}
