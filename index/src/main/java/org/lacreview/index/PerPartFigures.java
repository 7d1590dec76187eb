package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.text.Phrases;

/**
 * Figures the document gives per part without saying how many parts there were ("30
 * participantes por taller": a value's {@code per_part:} nouns): a question about such a
 * value that asks a total over its parts ("¿cuántos participantes sumaron en total?") or
 * how many parts there were ("¿cuántas sesiones hubo?") is refused, not answered with the
 * figure per part.
 */
final class PerPartFigures {

	/**
	 * The most words between a counting phrase and the noun it counts: none, so that
	 * "¿cuántos por sesión?" asks the figure per part.
	 */
	static final int COUNT_GAP_WORDS = 0;

	/**
	 * Per value with {@code per_part:} nouns ("family:id"), per language: a counting
	 * phrase of the language ({@code operations: count}) before one of its nouns. Built
	 * once.
	 */
	private final Map<String, Map<String, Pattern>> countsOfParts = new HashMap<>();

	PerPartFigures(Corpus corpus) {
		corpus.families().forEach(family -> family.values().forEach(value -> value.per().forEach((language, nouns) -> {
			List<String> phrases = corpus.languages()
				.get(language)
				.phrasing()
				.operations()
				.getOrDefault(OperationName.COUNT.key(), List.of());
			if (!phrases.isEmpty() && !nouns.isEmpty()) {
				countsOfParts.computeIfAbsent(key(value), k -> new HashMap<>())
					.put(language,
							Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(phrases)
									+ ")(?:\\s+\\p{L}+){0," + COUNT_GAP_WORDS + "}\\s+(?:" + Phrases.alternation(nouns)
									+ ")(?![\\p{L}\\p{N}])"));
			}
		})));
	}

	private static String key(EntityValue value) {
		return value.family() + ":" + value.id();
	}

	/**
	 * Why the question cannot be answered from a value it is about whose figure is per
	 * part; empty when it can.
	 * @param selected the values the question is about, by family (named or from the
	 * conversation)
	 * @param folded the question, folded
	 * @param operation the computation the question asks, if any
	 */
	Optional<String> refusal(Map<String, List<EntityValue>> selected, String folded, String language,
			Optional<Operation> operation) {
		for (List<EntityValue> values : selected.values()) {
			for (EntityValue value : values) {
				List<String> nouns = value.per().getOrDefault(language, List.of());
				if (nouns.isEmpty()) {
					continue;
				}
				if (operation.filter(o -> o == Operation.SUM).isPresent()) {
					return Optional
						.of("asks a total of " + value.id() + "'s figure, which the document gives per part");
				}
				Pattern count = countsOfParts.getOrDefault(key(value), Map.of()).get(language);
				if (count != null && count.matcher(folded).find()) {
					return Optional.of("asks how many parts " + value.id() + " had, which the document does not say");
				}
			}
		}
		return Optional.empty();
	}

}
