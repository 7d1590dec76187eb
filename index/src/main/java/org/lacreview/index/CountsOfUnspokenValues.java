package org.lacreview.index;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * A count of an intent's own slot values said of a value it never speaks of: "How many
 * workshops make up the guild?" is no question the workshops' figure answers when no
 * example of the intent names the guild's family and no text of the workshops named names
 * the guild. The intent's figure counts something else (the people registered per
 * workshop, not the workshops in the guild), a confident wrong answer; the question is
 * refused instead. Part of {@link BestIntentRefusals}.
 */
final class CountsOfUnspokenValues {

	/**
	 * The family of a value {@code selected} names that {@code intent} never speaks of,
	 * when the question asks a plain number (no computation) and the first value it names
	 * is of the intent's slot; empty otherwise. Dates are never such values: any figure
	 * may be asked of a day.
	 * @param mentioned per intent, the families any of its examples names
	 */
	Optional<String> familyOf(Intent intent, Map<String, List<EntityValue>> selected, Extraction extraction,
			Reading reading, Map<String, Set<String>> mentioned) {
		Optional<String> slot = intent.slot();
		boolean plainNumber = reading.operation().isEmpty()
				&& reading.asksFor().filter(AnswerKinds.NUMBER::equals).isPresent();
		// A count of people may be said beside another question's value ("¿cuántos
		// por Zoom el lunes y quién moderó el taller?"): only the slot's values counted
		// first.
		Optional<String> firstNamed = extraction.mentions()
			.stream()
			.filter(m -> !m.isDate() && !m.values().isEmpty())
			.min(Comparator.comparingInt(Mention::start))
			.map(m -> m.values().get(0).family());
		if (!plainNumber || slot.isEmpty() || !firstNamed.equals(slot)) {
			return Optional.empty();
		}
		String slotTexts = Folding.fold(String.join(" ", ValueTexts.of(selected.getOrDefault(slot.get(), List.of()))));
		Set<String> spoken = mentioned.getOrDefault(intent.name(), Set.of());
		return selected.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(slot.get()) && !spoken.contains(e.getKey()))
			.filter(e -> e.getValue().stream().noneMatch(v -> v.date().isPresent() || namedIn(v, slotTexts)))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** Whether one of {@code value}'s names stands, as whole words, in {@code texts}. */
	private static boolean namedIn(EntityValue value, String texts) {
		Pattern names = Phrases.wholeWords(value.allNames().stream().map(Folding::fold).toList());
		return names != null && names.matcher(texts).find();
	}

}
