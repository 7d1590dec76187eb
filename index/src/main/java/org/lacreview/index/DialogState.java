package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversation remembers between turns: the language, the last intent answered, the last question
 * answered (folded, so "¿y por X?" can be read as that question about X) and the entity values named so far
 * (family → value ids), so that "¿y el 3?" or "¿cuál es su página web?" can be resolved.
 */
public record DialogState(Optional<String> language, Optional<String> intent, Optional<String> question,
		Map<String, List<String>> values) {

	public static final DialogState EMPTY = new DialogState(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

	/** The same conversation in {@code language}, having answered nothing new. */
	public DialogState inLanguage(String language) {
		return new DialogState(Optional.of(language), intent, question, values);
	}

	public DialogState {
		values = Map.copyOf(values);
	}
}
