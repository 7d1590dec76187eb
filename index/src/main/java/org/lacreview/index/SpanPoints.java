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
 * value's name (one word, an article, may stand between), or at either end of the name
 * itself ("terminó la reunión regional" may be a name of the meeting). A count of days
 * between two values otherwise runs from the earlier one's last day to the later one's
 * first ({@link DateComputations}).
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

	/** Per language, the start phrases at either end of a name. */
	private final Map<String, Pattern> startsIn = new HashMap<>();

	/** Per language, the end phrases at either end of a name. */
	private final Map<String, Pattern> endsIn = new HashMap<>();

	SpanPoints(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			before(pack.dates().spanStarts()).ifPresent(p -> starts.put(language, p));
			before(pack.dates().spanEnds()).ifPresent(p -> ends.put(language, p));
			atAnEnd(pack.dates().spanStarts()).ifPresent(p -> startsIn.put(language, p));
			atAnEnd(pack.dates().spanEnds()).ifPresent(p -> endsIn.put(language, p));
		});
	}

	/** A pattern that matches a text that begins or ends with one of the phrases. */
	private static Optional<Pattern> atAnEnd(List<String> phrases) {
		if (phrases.isEmpty()) {
			return Optional.empty();
		}
		String any = Phrases.alternation(phrases);
		return Optional.of(Pattern.compile("^(?:" + any + ")(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:" + any + ")$"));
	}

	/** A pattern that matches the end of a text that ends with one of the phrases. */
	private static Optional<Pattern> before(List<String> phrases) {
		return phrases.isEmpty() ? Optional.empty() : Optional
			.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(phrases) + ")(?:\\s+[\\p{L}']+)?\\s*$"));
	}

	/**
	 * Whether the text before a name ends with one of the phrases, or the name itself
	 * begins or ends with one: "terminó la reunión regional" may be a name of its own.
	 */
	private static boolean says(Pattern before, Pattern within, String textBefore, String name) {
		return before != null && before.matcher(textBefore).find() || within != null && within.matcher(name).find();
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
			String name = question.folded()
				.substring(Math.min(mention.start(), question.folded().length()),
						Math.min(mention.end(), question.folded().length()));
			Set<String> marked = says(start, startsIn.get(language), before, name) ? first
					: says(end, endsIn.get(language), before, name) ? last : null;
			if (marked != null) {
				mention.values().forEach(v -> marked.add(v.id()));
			}
		}
		return first.isEmpty() && last.isEmpty() ? Marked.NONE : new Marked(first, last);
	}

}
