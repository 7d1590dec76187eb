package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A family of facts selected by entity (days, groups, areas). {@code numberWords} are the
 * words that introduce a value's number ("área 5"); {@code orderWords} the nouns that
 * name the family's kind: they follow an ordinal ("último día") when its values have an
 * order, and say what a count counts ("¿cuántos grupos…?"). {@code whole}, when the
 * family's file gives one, names the sum of its values' figures ("los registrados"),
 * which a computation can set against another family's figure.
 */
public record EntityFamily(String name, List<EntityValue> values, List<String> numberWords, List<String> orderWords,
		Optional<Whole> whole, Location location) {

	public EntityFamily {
		values = List.copyOf(values);
		numberWords = List.copyOf(numberWords);
		orderWords = List.copyOf(orderWords);
	}

	/**
	 * The whole of a family: its label per language ("registrados") and the words that
	 * name it per language, lower case.
	 */
	public record Whole(Localized label, Map<String, List<String>> names) {

		public Whole {
			names = Map.copyOf(names);
		}

	}

	/**
	 * Whether its values have an order, so that an ordinal can select one ("el segundo
	 * día").
	 */
	public boolean ordered() {
		return values.stream().anyMatch(v -> v.order().isPresent());
	}

	public Optional<EntityValue> value(String id) {
		return values.stream().filter(v -> v.id().equals(id)).findFirst();
	}
}
