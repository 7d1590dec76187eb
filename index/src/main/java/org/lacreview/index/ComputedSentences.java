package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Localized;

/**
 * The corpus's {@code computed} sentences (messages.yml), filled with a computation's
 * values: "{named} tuvo más: {a} frente a {b}…". A result of one takes the key's
 * {@value #SINGULAR} sentence when the corpus gives one; a rank among the values left out
 * its {@value #WITHOUT} sentence. Part of {@link Computations}.
 */
final class ComputedSentences {

	/**
	 * The suffix of a rank's sentence among the values a question leaves out
	 * ({@code rank_most_without}).
	 */
	static final String WITHOUT = "_without";

	/**
	 * Suffixes whose sentence only adds to the plain one, which says the result when the
	 * corpus lacks them: a rank among the values left out ({@value #WITHOUT}), a
	 * difference the first value named had fewer of (its sentence only turns the other
	 * round), a share above or below a fraction (it only adds which).
	 */
	private static final Set<String> OPTIONAL_SUFFIXES = Set.of(WITHOUT, OperandFills.FEWER, Shares.EXCEEDING,
			Shares.SHORTFALL);

	/** The suffix of a sentence's key for a result of one. */
	private static final String SINGULAR = "_singular";

	private final Corpus corpus;

	ComputedSentences(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The corpus's sentence for {@code key} in the reply's language, filled; empty when
	 * the corpus has none.
	 */
	Optional<String> sentence(String key, Map<String, String> fill, List<String> languages) {
		// "1 day", not "1 days": a result of one has its own sentence when the corpus
		// gives one (computed.days_between_singular).
		String suffix = fill.getOrDefault(OperandFills.SENTENCE_SUFFIX, "");
		String full = key
				+ (OPTIONAL_SUFFIXES.contains(suffix) && !corpus.messages().computed().containsKey(key + suffix) ? ""
						: suffix);
		// A count says its result as {count}: "Solo 1: …", not "Son 1: …".
		boolean ofOne = "1".equals(fill.get("result")) || !fill.containsKey("result") && "1".equals(fill.get("count"));
		Localized one = ofOne ? corpus.messages().computed().get(full + SINGULAR) : null;
		Optional<String> sentence = Optional.ofNullable(one != null ? one : corpus.messages().computed().get(full))
			.flatMap(l -> l.in(languages.get(0), languages.subList(1, languages.size())));
		if (sentence.isEmpty()) {
			return Optional.empty();
		}
		String text = sentence.get();
		for (Map.Entry<String, String> entry : fill.entrySet()) {
			text = text.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		return Optional.of(text);
	}

}
