package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.Phrases;

/**
 * Which day of a value that spans several days a question means: "the start of the
 * workshops" its first, "the end of the workshops" its last, by the phrases of the
 * languages' {@code dates.span_starts} and {@code dates.span_ends} right before the
 * value's name (one word, an article, may stand between). A count of days between two
 * values otherwise runs from the earlier one's last day to the later one's first
 * ({@link DateComputations}).
 */
final class SpanPoints {

	/**
	 * The values a question marks by their first or their last day, as ids.
	 *
	 * @param starts the values whose first day is meant
	 * @param ends the values whose last day is meant
	 */
	record Marked(Set<String> starts, Set<String> ends) {

		static final Marked NONE = new Marked(Set.of(), Set.of());

		Marked {
			starts = Set.copyOf(starts);
			ends = Set.copyOf(ends);
		}
	}

	private final Map<String, Pattern> starts = new HashMap<>();

	private final Map<String, Pattern> ends = new HashMap<>();

	SpanPoints(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			before(pack.dates().spanStarts()).ifPresent(p -> starts.put(language, p));
			before(pack.dates().spanEnds()).ifPresent(p -> ends.put(language, p));
		});
	}

	/** A pattern that matches the end of a text that ends with one of the phrases. */
	private static Optional<Pattern> before(List<String> phrases) {
		return phrases.isEmpty() ? Optional.empty() : Optional
			.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(phrases) + ")(?:\\s+[\\p{L}']+)?\\s*$"));
	}

	/** The values of {@code question}'s mentions it marks by their first or last day. */
	Marked of(Extraction question, String language) {
		Pattern start = starts.get(language);
		Pattern end = ends.get(language);
		if (start == null && end == null) {
			return Marked.NONE;
		}
		Set<String> first = new HashSet<>();
		Set<String> last = new HashSet<>();
		for (Mention mention : question.mentions()) {
			String before = question.folded().substring(0, Math.min(mention.start(), question.folded().length()));
			Set<String> marked = start != null && start.matcher(before).find() ? first
					: end != null && end.matcher(before).find() ? last : null;
			if (marked != null) {
				mention.values().forEach(v -> marked.add(v.id()));
			}
		}
		return first.isEmpty() && last.isEmpty() ? Marked.NONE : new Marked(first, last);
	}

}
