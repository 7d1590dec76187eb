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
 * itself ("terminó la reunión regional" may be a name of its own), else by the phrases of
 * {@code dates.span_starts_after} and {@code dates.span_ends_after} right after the name
 * or at its end ("did the workshops start"). A count of days between two values otherwise
 * runs from the earlier one's last day to the later one's first
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

	/**
	 * One language's phrases for one end of a span, as patterns; each may be null.
	 *
	 * @param before matches a text that ends with a phrase (one word may follow it)
	 * @param within matches a name that begins or ends with a phrase
	 * @param after matches a text that begins with a phrase said after a name
	 * @param endOfName matches a name that ends with a phrase said after a name
	 */
	private record Cues(Pattern before, Pattern within, Pattern after, Pattern endOfName) {

		static Cues of(List<String> before, List<String> after) {
			return new Cues(compile(before, "(?<![\\p{L}\\p{N}])(?:%s)(?:\\s+[\\p{L}']+)?\\s*$").orElse(null),
					compile(before, "^(?:%s)(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:%s)$").orElse(null),
					compile(after, "^\\s*(?:%s)(?![\\p{L}\\p{N}])").orElse(null),
					compile(after, "(?<![\\p{L}\\p{N}])(?:%s)$").orElse(null));
		}

		boolean any() {
			return before != null || after != null;
		}

		/**
		 * Whether the text before the name ends with a phrase, or the name begins or ends
		 * with one: "terminó la reunión regional" may be a name of its own.
		 */
		boolean saidBefore(String textBefore, String name) {
			return before != null && before.matcher(textBefore).find() || within != null && within.matcher(name).find();
		}

		/**
		 * Whether the text after the name begins with a phrase, or the name ends with
		 * one: a name may take in the verb after it.
		 */
		boolean saidAfter(String name, String textAfter) {
			return after != null && (after.matcher(textAfter).find() || endOfName.matcher(name).find());
		}
	}

	private final Map<String, Cues> starts = new HashMap<>();

	private final Map<String, Cues> ends = new HashMap<>();

	SpanPoints(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			starts.put(language, Cues.of(pack.dates().spanStarts(), pack.dates().spanStartsAfter()));
			ends.put(language, Cues.of(pack.dates().spanEnds(), pack.dates().spanEndsAfter()));
		});
	}

	/** The pattern {@code form} with the phrases' alternation for {@code %s}. */
	private static Optional<Pattern> compile(List<String> phrases, String form) {
		return phrases.isEmpty() ? Optional.empty()
				: Optional.of(Pattern.compile(form.replace("%s", Phrases.alternation(phrases))));
	}

	/** The values of {@code question}'s mentions it marks by their first or last day. */
	Marked of(Extraction question, String language) {
		Cues start = starts.get(language);
		Cues end = ends.get(language);
		if (start == null || !start.any() && !end.any()) {
			return Marked.NONE;
		}
		Set<String> first = new HashSet<>();
		Set<String> last = new HashSet<>();
		String folded = question.folded();
		for (Mention mention : question.mentions()) {
			int nameEnd = Math.min(mention.end(), folded.length());
			String before = folded.substring(0, Math.min(mention.start(), nameEnd));
			String name = folded.substring(Math.min(mention.start(), nameEnd), nameEnd);
			String after = folded.substring(nameEnd);
			// What stands before the name, or in it, says more than a verb after it:
			// "after the end of the workshops started the fair".
			Set<String> marked = start.saidBefore(before, name) ? first : end.saidBefore(before, name) ? last
					: start.saidAfter(name, after) ? first : end.saidAfter(name, after) ? last : null;
			if (marked != null) {
				mention.values().forEach(value -> marked.add(value.id()));
			}
		}
		return first.isEmpty() && last.isEmpty() ? Marked.NONE : new Marked(first, last);
	}

}
