package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The entity families an intent is about whatever else is asked: those that nearly all of
 * its examples name a value of ("¿cuántos se conectaron por Zoom…?", "¿y por Zoom el
 * 27?": the platform). A question that names no value of such a family, but uses a word
 * nothing the bot answers knows, is about another value the corpus does not have
 * ("¿cuántos se conectaron por Teams?"), and is refused rather than answered with the
 * known one.
 */
final class DefiningFamilies {

	/**
	 * The least share of an intent's examples that must name a family for it to define
	 * the intent.
	 */
	static final double SHARE = 0.8;

	/** Fewer examples than this say too little about what an intent always names. */
	static final int MIN_EXAMPLES = 5;

	private final Map<String, int[]> examples = new HashMap<>();

	private final Map<String, Map<String, Integer>> naming = new HashMap<>();

	/**
	 * Counts one example of {@code intent} selecting values (by name or date) of the
	 * families given.
	 */
	void add(String intent, Set<String> families) {
		examples.computeIfAbsent(intent, k -> new int[1])[0]++;
		families.forEach(f -> naming.computeIfAbsent(intent, k -> new HashMap<>()).merge(f, 1, Integer::sum));
	}

	/** Per intent, the families at least one of its examples names. */
	Map<String, Set<String>> mentioned() {
		Map<String, Set<String>> mentioned = new HashMap<>();
		naming.forEach((intent, counts) -> mentioned.put(intent, Set.copyOf(counts.keySet())));
		return mentioned;
	}

	/**
	 * Per intent, the families at least {@value #SHARE} of its examples (of at least
	 * {@value #MIN_EXAMPLES}) name.
	 */
	Map<String, Set<String>> byIntent() {
		Map<String, Set<String>> defining = new HashMap<>();
		naming.forEach((intent, counts) -> {
			int total = examples.get(intent)[0];
			counts.forEach((family, count) -> {
				if (total >= MIN_EXAMPLES && count >= SHARE * total) {
					defining.computeIfAbsent(intent, k -> new HashSet<>()).add(family);
				}
			});
		});
		return defining;
	}

}
