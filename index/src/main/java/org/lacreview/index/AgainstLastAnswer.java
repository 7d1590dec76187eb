package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;

/**
 * "¿y cuántos más que por Zoom el primer día?" after "¿cuántos vieron por YouTube?": a
 * follow-up ("¿y …?") asking a difference, a ratio or a sum that names values of its own
 * sets them against the values the last answer was about. Part of {@link FollowedIntent};
 * {@link LastTopic#acrossAnswers} is the same across the last two turns for a question
 * naming nothing new.
 */
final class AgainstLastAnswer {

	private final LastTopic lastTopic;

	AgainstLastAnswer(LastTopic lastTopic) {
		this.lastTopic = lastTopic;
	}

	/**
	 * The values of the last answer (first) and those the question names, by family;
	 * empty unless the question starts as a follow-up, asks such a computation, and names
	 * a value the last answer was not about, and the last answer was about values.
	 * @param selected the values the question names, by family
	 */
	Optional<Map<String, List<EntityValue>>> values(Extraction extraction, Map<String, List<EntityValue>> selected,
			DialogState previous, Optional<Operation> operation) {
		if (!LastTopic.setsValuesAgainstEachOther(operation) || !extraction.followUp() || selected.isEmpty()
				|| previous.values().isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<EntityValue>> both = new LinkedHashMap<>();
		for (String family : previous.values().keySet()) {
			List<EntityValue> asked = lastTopic.asked(previous, family);
			if (!asked.isEmpty()) {
				both.put(family, new ArrayList<>(asked));
			}
		}
		boolean namesANewValue = false;
		for (Map.Entry<String, List<EntityValue>> named : selected.entrySet()) {
			List<EntityValue> values = both.computeIfAbsent(named.getKey(), k -> new ArrayList<>());
			for (EntityValue value : named.getValue()) {
				if (!values.contains(value)) {
					values.add(value);
					namesANewValue = true;
				}
			}
		}
		return namesANewValue ? Optional.of(both) : Optional.empty();
	}

}
