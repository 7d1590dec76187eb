package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversation remembers between turns: the language, the last intent answered and the entity values
 * named so far (family → value ids), so that "¿y el 3?" or "¿cuál es su página web?" can be resolved.
 */
public record DialogState(Optional<String> language, Optional<String> intent, Map<String, List<String>> values) {

	public static final DialogState EMPTY = new DialogState(Optional.empty(), Optional.empty(), Map.of());

	public DialogState {
		values = Map.copyOf(values);
	}
}
