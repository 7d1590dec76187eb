package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of an entity family: a day, a stakeholder group, a person. Attributes are
 * numbers, texts or {@link Localized} texts. {@code inDocument} is false for values the
 * document does not cover, so that naming them yields an honest "I don't know".
 * {@code parts} is how many parts its one figure is spread over (six workshops for one
 * number of participants), which an average per part divides by.
 */
public record EntityValue(String family, String id, Localized label, Map<String, List<String>> names,
		boolean inDocument, Map<String, Object> attributes, Optional<DateSpan> date, Optional<Integer> order,
		Optional<Integer> number, Optional<Integer> parts, Location location) {

	public EntityValue {
		names = Map.copyOf(names);
		attributes = Map.copyOf(attributes);
	}

	/** Every name in every language, the labels included. */
	public List<String> allNames() {
		List<String> all = new ArrayList<>(label.texts().values());
		names.values().forEach(all::addAll);
		return all;
	}
}
