package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Example;

/**
 * The intent whose example a question repeats word for word (the same folded words, its
 * values masked, punctuation aside): staff wrote that very question for it, so no other
 * intent's score, lifted by stems it shares with its own examples ("bueno" stems like
 * "buenas"), goes before it. Texts that examples of several intents share say nothing and
 * are left out.
 */
final class ExactExamples {

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

	private final Map<String, String> intents = new HashMap<>();

	/**
	 * @param examples the examples, in the order of {@code masked}
	 * @param masked each example's text as the entity stage masks it (folded)
	 */
	ExactExamples(List<Example> examples, List<String> masked) {
		Set<String> shared = new HashSet<>();
		for (int i = 0; i < examples.size(); i++) {
			String words = words(masked.get(i));
			if (words.isEmpty()) {
				continue;
			}
			String before = intents.putIfAbsent(words, examples.get(i).intent());
			if (before != null && !before.equals(examples.get(i).intent())) {
				shared.add(words);
			}
		}
		shared.forEach(intents::remove);
	}

	private static String words(String masked) {
		return NON_WORD.matcher(masked).replaceAll(" ").strip();
	}

	/** The intent one of whose examples is {@code masked} word for word, if one is. */
	Optional<String> intentOf(String masked) {
		return Optional.ofNullable(intents.get(words(masked)));
	}

	/**
	 * {@code ranked} (best first) with the intent of the example the question repeats
	 * first, at the best score; unchanged when there is none or it is already first.
	 */
	List<Scored> first(List<Scored> ranked, String masked) {
		Optional<String> exact = intentOf(masked);
		if (exact.isEmpty() || ranked.isEmpty() || ranked.get(0).name().equals(exact.get())) {
			return ranked;
		}
		List<Scored> reordered = new ArrayList<>();
		reordered.add(new Scored(exact.get(), ranked.get(0).score()));
		ranked.stream().filter(s -> !s.name().equals(exact.get())).forEach(reordered::add);
		return reordered;
	}

}
