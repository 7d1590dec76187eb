package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * The values a question selects, by family, and the values the conversation is about
 * after it is answered.
 */
final class SelectedValues {

	/**
	 * The most values of one family a conversation keeps as asked about, for "¿y
	 * juntos?".
	 */
	static final int MAX_ASKED_VALUES = 5;

	private SelectedValues() {
	}

	/**
	 * Values named in the question by family; a date selects values of every family it
	 * falls in.
	 */
	static Map<String, List<EntityValue>> of(Extraction extraction) {
		Map<String, List<EntityValue>> selected = new LinkedHashMap<>();
		for (Mention mention : extraction.mentions()) {
			if (mention.isDate() && extraction.mentions()
				.stream()
				.anyMatch(m -> m != mention && m.values().size() == 1 && mention.values().containsAll(m.values())
						&& !(m.isDate() && m.values().equals(mention.values())))) {
				// "the first day, the one in April": a date around a value named
				// precisely says when that value was, and selects nothing more. Two
				// dates of the same value ("del 13, 14 y 15 de abril") are one.
				continue;
			}
			for (EntityValue value : mention.values()) {
				List<EntityValue> values = selected.computeIfAbsent(value.family(), f -> new ArrayList<>());
				if (!values.contains(value)) {
					values.add(value);
				}
			}
		}
		return selected;
	}

	/**
	 * The values the conversation is about after a question: those it was about before,
	 * with each family the question selects values of taking the question's (as ids).
	 */
	static Map<String, List<String>> remembered(DialogState previous, Map<String, List<EntityValue>> selected) {
		Map<String, List<String>> remember = new HashMap<>(previous.values());
		selected.forEach((family, values) -> remember.put(family, values.stream().map(EntityValue::id).toList()));
		return remember;
	}

	/**
	 * The values the conversation is about after {@code intent} answers a question that
	 * selected {@code selected} ({@link #remembered}); when the last answer was the same
	 * intent's, the values of its slot asked before stay too, the latest first, at most
	 * {@value #MAX_ASKED_VALUES}.
	 */
	static Map<String, List<String>> rememberedAfter(Intent intent, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		Map<String, List<String>> remember = remembered(previous, selected);
		if (intent.slot().isPresent() && previous.intent().filter(intent.name()::equals).isPresent()) {
			// "¿y el 28?" after "¿cuántos el 26?": the same question about another value,
			// so both
			// are the values asked about and "¿y juntos?" next adds them up. The latest
			// first, at most a few.
			String slot = intent.slot().get();
			List<String> asked = new ArrayList<>(remember.getOrDefault(slot, List.of()));
			previous.values()
				.getOrDefault(slot, List.of())
				.stream()
				.filter(id -> !asked.contains(id))
				.forEach(asked::add);
			remember.put(slot, List.copyOf(asked.subList(0, Math.min(asked.size(), MAX_ASKED_VALUES))));
		}
		return remember;
	}

}
