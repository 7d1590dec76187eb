package org.lacreview.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversation remembers between turns: the language, the last intent answered,
 * the last question answered (folded, so "¿y por X?" can be read as that question about
 * X), the entity values named so far (family → value ids), so that "¿y el 3?" or "¿cuál
 * es su página web?" can be resolved, and the values the answers named (family → value
 * ids in the order the answer gave them, the last answer's families first), so that "¿y
 * el segundo?" after an answer naming three people is the second of them and "su sitio
 * web" after one naming an organisation is that organisation's ({@link AnswerListing}).
 * {@code earlier} holds the values of the turn before the last, so "¿cuál es la
 * diferencia?" after an answer about YouTube and one about Zoom on the 26th compares the
 * two ({@link LastTopic#acrossAnswers}), and {@code earlierQuestion} that turn's question
 * (folded), so "¿diferencia?" after two questions can be read after both
 * ({@link AfterPreviousQuestion}).
 */
public record DialogState(Optional<String> language, Optional<String> intent, Optional<String> question,
		Map<String, List<String>> values, Map<String, List<String>> listed, Map<String, List<String>> earlier,
		Optional<String> earlierQuestion) {

	public static final DialogState EMPTY = new DialogState(Optional.empty(), Optional.empty(), Optional.empty(),
			Map.of(), Map.of());

	public DialogState {
		values = Map.copyOf(values);
		Map<String, List<String>> ordered = new LinkedHashMap<>();
		listed.forEach((family, ids) -> ordered.put(family, List.copyOf(ids)));
		listed = Collections.unmodifiableMap(ordered);
		earlier = Map.copyOf(earlier);
	}

	/** A state remembering nothing of the turn before the last. */
	public DialogState(Optional<String> language, Optional<String> intent, Optional<String> question,
			Map<String, List<String>> values, Map<String, List<String>> listed) {
		this(language, intent, question, values, listed, Map.of(), Optional.empty());
	}

	/** A state with nothing listed yet. */
	public DialogState(Optional<String> language, Optional<String> intent, Optional<String> question,
			Map<String, List<String>> values) {
		this(language, intent, question, values, Map.of());
	}

	/** The same conversation in {@code language}, having answered nothing new. */
	public DialogState inLanguage(String language) {
		return new DialogState(Optional.of(language), intent, question, values, listed, earlier, earlierQuestion);
	}

	/** The same state with {@code listed} as the values the last answer listed. */
	DialogState withListed(Map<String, List<String>> listed) {
		return new DialogState(language, intent, question, values, listed, earlier, earlierQuestion);
	}

	/**
	 * The same state also remembering {@code named} (family → value ids) as values the
	 * conversation named, each family's replacing what it held.
	 */
	DialogState withNamed(Map<String, List<String>> named) {
		Map<String, List<String>> merged = new HashMap<>(values);
		merged.putAll(named);
		return new DialogState(language, intent, question, merged, listed, earlier, earlierQuestion);
	}

	/**
	 * The family of which the last answer listed the most values (two or more; the first
	 * listed of those as many), with them.
	 */
	Optional<Map.Entry<String, List<String>>> longestList() {
		// The longest list, the first of those as long: "cinco áreas. El 27: Área 1, Área
		// 2…" lists the days too, and "la tercera" is of the areas.
		Map.Entry<String, List<String>> longest = null;
		for (Map.Entry<String, List<String>> list : listed.entrySet()) {
			if (list.getValue().size() >= 2
					&& (longest == null || list.getValue().size() > longest.getValue().size())) {
				longest = list;
			}
		}
		return Optional.ofNullable(longest);
	}

	/**
	 * The same state with the values and question of {@code before}, the state before
	 * this turn, as those of the turn before the last.
	 */
	DialogState withEarlier(DialogState before) {
		return new DialogState(language, intent, question, values, listed, before.values(), before.question());
	}
}
