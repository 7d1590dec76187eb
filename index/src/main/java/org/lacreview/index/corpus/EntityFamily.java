package org.lacreview.index.corpus;

import java.util.List;
import java.util.Optional;

/**
 * A family of facts selected by entity (days, groups, areas). {@code numberWords} are the words that
 * introduce a value's number ("área 5"); {@code orderWords} the nouns that follow an ordinal ("último día").
 */
public record EntityFamily(String name, List<EntityValue> values, List<String> numberWords, List<String> orderWords,
		Location location) {

	public EntityFamily {
		values = List.copyOf(values);
		numberWords = List.copyOf(numberWords);
		orderWords = List.copyOf(orderWords);
	}

	public Optional<EntityValue> value(String id) {
		return values.stream().filter(v -> v.id().equals(id)).findFirst();
	}
}
