package org.lacreview.index.corpus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A family of facts selected by entity (days, groups, areas). {@code numberWords} are the
 * words that introduce a value's number ("área 5"); {@code orderWords} the nouns that
 * name the family's kind: they follow an ordinal ("último día") when its values have an
 * order, and say what a count counts ("¿cuántos grupos…?"). {@code whole}, when the
 * family's file gives one, names the sum of its values' figures ("los registrados"),
 * which a computation can set against another family's figure. {@code kindWords} are the
 * nouns that name one of its values as the one another value links to: a value whose
 * attribute is named after this family and holds one of its ids ({@code org: iom} of a
 * person) links to it, so "his organisation" after an answer about that person is that
 * value ({@code kind_words}: "organisation").
 */
public record EntityFamily(String name, List<EntityValue> values, List<String> numberWords, List<String> orderWords,
		Optional<Whole> whole, Location location, List<String> kindWords) {

	public EntityFamily {
		values = List.copyOf(values);
		numberWords = List.copyOf(numberWords);
		orderWords = List.copyOf(orderWords);
		kindWords = List.copyOf(kindWords);
	}

	/** A family no value links to by a noun. */
	public EntityFamily(String name, List<EntityValue> values, List<String> numberWords, List<String> orderWords,
			Optional<Whole> whole, Location location) {
		this(name, values, numberWords, orderWords, whole, location, List.of());
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

	/**
	 * The name of the one numeric attribute its values have (the registrations of a
	 * group, the attendance of a day); empty when they have none or several. An attribute
	 * named after the family itself (a year's {@code year:}) is what a value is, no
	 * figure.
	 */
	public Optional<String> onlyFigure() {
		List<String> numeric = values.stream()
			.flatMap(v -> v.attributes().entrySet().stream())
			.filter(e -> e.getValue() instanceof Number && !e.getKey().equals(name))
			.map(Map.Entry::getKey)
			.distinct()
			.toList();
		return numeric.size() == 1 ? Optional.of(numeric.get(0)) : Optional.empty();
	}

	/**
	 * Its values the document covers that have a number as {@code attribute}, from the
	 * largest figure ({@code largest}) or from the smallest; ties keep the file's order.
	 */
	public List<EntityValue> rankedBy(String attribute, boolean largest) {
		Comparator<EntityValue> byFigure = Comparator
			.comparingDouble(v -> ((Number) v.attributes().get(attribute)).doubleValue());
		return values.stream()
			.filter(v -> v.inDocument() && v.attributes().get(attribute) instanceof Number)
			.sorted(largest ? byFigure.reversed() : byFigure)
			.toList();
	}
}
