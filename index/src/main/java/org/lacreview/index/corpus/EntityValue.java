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
 * number of participants), which an average per part divides by. {@code per} (the file's
 * {@code per_part:}) gives, per language, the nouns its figure is given per when the
 * document does not say how many of them there were ("30 participantes por taller"): a
 * total over them, or a count of them, is not the document's. {@code spanNames} (the
 * file's {@code span_names:}) gives, per language, folded words that name it only as one
 * end of a time between two dates ("entre la consulta y la reunión"): too common to name
 * it anywhere else. {@code listNames} (the file's {@code list_names:}) gives, per
 * language, folded words that name it only in a list beside another value of its family
 * ("trabajadores y parlamentarios"): alone they name something else as often
 * ("trabajadores migrantes").
 */
public record EntityValue(String family, String id, Localized label, Map<String, List<String>> names,
		boolean inDocument, Map<String, Object> attributes, Optional<DateSpan> date, Optional<Integer> order,
		Optional<Integer> number, Optional<Integer> parts, Map<String, List<String>> per,
		Map<String, List<String>> spanNames, Map<String, List<String>> listNames, Location location) {

	public EntityValue {
		names = Map.copyOf(names);
		attributes = Map.copyOf(attributes);
		per = Map.copyOf(per);
		spanNames = Map.copyOf(spanNames);
		listNames = Map.copyOf(listNames);
	}

	/** Every name in every language, the labels included. */
	public List<String> allNames() {
		List<String> all = new ArrayList<>(label.texts().values());
		names.values().forEach(all::addAll);
		return all;
	}
}
