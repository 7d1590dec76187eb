package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.text.Phrases;

/**
 * The {@code operations} phrases of each corpus language ({@code languages/xx.yml}), as
 * one pattern of whole words per {@link Operation}, and what questions say with them: a
 * superlative, two operations at once, a phrase within one clause. A phrase's "…" stands
 * for up to {@value #GAP_WORDS} words. Part of reading the operation
 * ({@link OperationReader}).
 */
final class OperationPhrases {

	/** A mark that ends a clause: what a complement leaves out ends there. */
	static final Pattern CLAUSE_MARK = Pattern.compile("[,.;:?!()¿]");

	/**
	 * The most words "…" stands for in an operation phrase: a value's name may take seven
	 * or eight ("de plus pour l'atelier des jeunes artisans de la ville haute que"). 12
	 * rather than 8 gained two read-set items and lost none.
	 */
	static final int GAP_WORDS = 12;

	/** Per language, each operation's phrases as one pattern of whole words. */
	private final Map<String, Map<Operation, Pattern>> phrases = new HashMap<>();

	/** Per language, its difference's phrases in two parts ("more … than"). */
	private final Map<String, Pattern> comparatives = new HashMap<>();

	OperationPhrases(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Map<Operation, Pattern> byOperation = new HashMap<>();
			for (Operation operation : Operation.values()) {
				List<String> words = pack.phrasing().operations().getOrDefault(operation.key(), List.of());
				if (!words.isEmpty()) {
					// Phrases without a gap are literal, and match the same factored.
					String alternation = words.stream().anyMatch(Phrases::hasGap)
							? Phrases.alternation(words, OperationPhrases::phrasePattern) : Phrases.alternation(words);
					// A phrase ending in an apostrophe ("combien d'") runs into the next
					// word.
					String end = "(?:(?<=['’])|(?![\\p{L}\\p{N}]))";
					byOperation.put(operation, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")" + end));
				}
			}
			// "bigger … than": a difference's phrase in two parts, the second before
			// the value compared with.
			List<String> comparing = pack.phrasing()
				.operations()
				.getOrDefault(Operation.DIFFERENCE.key(), List.of())
				.stream()
				.filter(phrase -> phrase.contains("…"))
				.toList();
			if (!comparing.isEmpty()) {
				comparatives.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
						+ Phrases.alternation(comparing, OperationPhrases::phrasePattern) + ")(?![\\p{L}\\p{N}])"));
			}
			phrases.put(language, byOperation);
		});
	}

	/**
	 * A phrase as a pattern: its words as written, and "…" for up to {@value #GAP_WORDS}
	 * words in between ({@link Phrases#gapped}).
	 */
	private static String phrasePattern(String phrase) {
		return Phrases.gapped(phrase, GAP_WORDS);
	}

	/**
	 * The phrases of {@code language} by operation; empty for a language without any.
	 */
	Map<Operation, Pattern> in(String language) {
		return phrases.getOrDefault(language, Map.of());
	}

	/**
	 * The phrase of {@code operation} in {@code language}, or null when the language has
	 * none.
	 */
	Pattern of(Operation operation, String language) {
		return in(language).get(operation);
	}

	/** The difference's phrases in two parts of {@code language}, if it has any. */
	Optional<Pattern> comparative(String language) {
		return Optional.ofNullable(comparatives.get(language));
	}

	/**
	 * The rank one superlative of {@code folded} asks for, when it has phrases of one of
	 * {@code rank_most} and {@code rank_least} only.
	 */
	Optional<Operation> superlative(String folded, String language) {
		Map<Operation, Pattern> byOperation = in(language);
		List<Operation> said = List.of(Operation.RANK_MOST, Operation.RANK_LEAST)
			.stream()
			.filter(o -> byOperation.containsKey(o) && byOperation.get(o).matcher(folded).find())
			.toList();
		return said.size() == 1 ? Optional.of(said.get(0)) : Optional.empty();
	}

	/**
	 * Whether {@code folded} has a phrase of {@code pattern} that no clause mark splits.
	 */
	static boolean saysWithinClause(Pattern pattern, String folded) {
		return pattern != null
				&& pattern.matcher(folded).results().anyMatch(r -> !CLAUSE_MARK.matcher(r.group()).find());
	}

	/**
	 * Whether {@code folded} has a phrase of each of the two operations, the first's not
	 * within one of the second's ("spread" of a difference in "spread evenly", an
	 * average's).
	 */
	static boolean saysBoth(Map<Operation, Pattern> byOperation, Operation one, Operation other, String folded) {
		Pattern first = byOperation.get(one);
		Pattern second = byOperation.get(other);
		if (first == null || second == null) {
			return false;
		}
		List<MatchResult> spans = second.matcher(folded).results().toList();
		return !spans.isEmpty() && first.matcher(folded)
			.results()
			.anyMatch(r -> spans.stream().noneMatch(span -> span.start() <= r.start() && r.end() <= span.end()));
	}

	/**
	 * A difference or ratio, between the largest and the smallest value when
	 * {@code folded} says both ends ("the gap between the biggest and the smallest").
	 */
	static AskedOperation differenceOrRatio(Operation operation, Map<Operation, Pattern> byOperation, String folded) {
		return new AskedOperation(operation, 0, Optional.empty(), Optional.empty(), false, Optional.empty(),
				Optional.empty(), saysBoth(byOperation, Operation.RANK_MOST, Operation.RANK_LEAST, folded));
	}

}
