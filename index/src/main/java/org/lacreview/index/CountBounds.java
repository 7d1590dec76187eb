package org.lacreview.index;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.text.Phrases;

/**
 * Reads the bound a count puts on the values' figures: "¿cuántos grupos tuvieron más de
 * 100 inscritos?" counts the values whose figure is above 100. The phrases before the
 * number are each language's {@code count_bounds} ({@code more_than}, {@code less_than},
 * {@code equal_to}); one word of up to three letters may stand between the phrase and the
 * number ("superaron los 100").
 */
final class CountBounds {

	/** Per language, each bound's phrases followed by a number, as one pattern. */
	private final Map<String, Map<Kind, Pattern>> patterns = new HashMap<>();

	/** How a figure must compare with the number. */
	enum Kind {

		MORE_THAN, LESS_THAN, EQUAL_TO;

		static Kind of(String name) {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * A bound on figures: the values whose figure is above, below or exactly the number.
	 */
	record Bound(Kind kind, double number) {

		boolean admits(double figure) {
			return switch (kind) {
				case MORE_THAN -> figure > number;
				case LESS_THAN -> figure < number;
				case EQUAL_TO -> figure == number;
			};
		}

	}

	CountBounds(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Map<Kind, Pattern> byKind = new HashMap<>();
			pack.phrasing().countBounds().forEach((name, phrases) -> {
				if (!phrases.isEmpty()) {
					byKind.put(Kind.of(name), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(phrases)
							+ ")\\s+(?:\\p{L}{1,3}\\s+)?(\\d+)(?![\\p{N}])"));
				}
			});
			patterns.put(language, byKind);
		});
	}

	/**
	 * The first bound in {@code folded} (text after a count's phrase), in
	 * {@code language}; empty for none.
	 */
	Optional<Bound> in(String folded, String language) {
		Bound first = null;
		int at = Integer.MAX_VALUE;
		for (Map.Entry<Kind, Pattern> entry : patterns.getOrDefault(language, Map.of()).entrySet()) {
			Matcher matcher = entry.getValue().matcher(folded);
			if (matcher.find() && matcher.start() < at) {
				at = matcher.start();
				first = new Bound(entry.getKey(), Double.parseDouble(matcher.group(1)));
			}
		}
		return Optional.ofNullable(first);
	}

}
