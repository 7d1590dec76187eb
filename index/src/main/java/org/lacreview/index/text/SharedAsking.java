package org.lacreview.index.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * One way of asking said once for two topics: "¿qué dijeron sobre los talleres y sobre
 * las becas?" asks "qué dijeron sobre los talleres" and "qué dijeron sobre las becas".
 * The phrase is one of the language's {@code asks_for} phrases of the kind {@value #KIND}
 * that ends in a word ("sobre", "about"), and a part joiner followed by that same word
 * comes after the first topic; the message is then read as the phrase with each topic.
 * Only the first such phrase of a message is read so.
 */
public final class SharedAsking {

	/** The kind of answer whose phrases are shared: what was said about something. */
	static final String KIND = "description";

	/**
	 * Per phrase (folded, ending in its last word), the pattern of the whole message; a
	 * message without the phrase is not tried (the pattern's lazy groups make a try
	 * quadratic in the message's length).
	 */
	private final Map<String, Pattern> shapes = new LinkedHashMap<>();

	public SharedAsking(Phrasing phrasing) {
		List<String> joiners = phrasing.partJoiners().stream().map(Folding::fold).toList();
		if (joiners.isEmpty()) {
			return;
		}
		String joiner = "(?:" + Phrases.alternation(joiners) + ")";
		phrasing.asksFor()
			.getOrDefault(KIND, List.of())
			.stream()
			.map(Folding::fold)
			.filter(p -> p.contains(" "))
			// Longest first: "que se dijo sobre" before "dijo sobre".
			.sorted((one, other) -> Integer.compare(other.length(), one.length()))
			.forEach(phrase -> {
				String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
				shapes.put(phrase, Pattern.compile("^(.*?(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase)
						+ ")\\s+(.+?)[\\s,]+" + joiner + "\\s+" + Pattern.quote(last) + "\\s+(.+)$"));
			});
	}

	/**
	 * The two questions of {@code folded} (a message, folded) when it says one way of
	 * asking for two topics; empty when it does not.
	 */
	public Optional<List<String>> distributed(String folded) {
		for (Map.Entry<String, Pattern> shape : shapes.entrySet()) {
			if (!folded.contains(shape.getKey())) {
				continue;
			}
			Matcher message = shape.getValue().matcher(folded.strip());
			if (message.matches()) {
				String asking = message.group(1);
				return Optional.of(List.of(asking + " " + message.group(2), asking + " " + message.group(3)));
			}
		}
		return Optional.empty();
	}

}
