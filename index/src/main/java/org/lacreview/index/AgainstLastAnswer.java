package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
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

	private final Corpus corpus;

	AgainstLastAnswer(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The values of the last answer (first) and those the question names, by family;
	 * empty unless the question starts as a follow-up, asks such a computation, and names
	 * a value the last answer was not about, and the last answer was about values.
	 * @param selected the values the question names, by family
	 */
	Optional<Map<String, List<EntityValue>>> values(Extraction extraction, Map<String, List<EntityValue>> selected,
			DialogState previous, Optional<Operation> operation) {
		boolean compares = operation
			.filter(o -> o == Operation.DIFFERENCE || o == Operation.RATIO || o == Operation.SUM)
			.isPresent();
		if (!compares || !extraction.followUp() || selected.isEmpty() || previous.values().isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<EntityValue>> both = new LinkedHashMap<>();
		previous.values()
			.forEach((name, ids) -> corpus.family(name)
				.ifPresent(family -> ids.stream()
					.map(family::value)
					.flatMap(Optional::stream)
					.forEach(v -> both.computeIfAbsent(name, k -> new ArrayList<>()).add(v))));
		boolean namesANewValue = false;
		for (Map.Entry<String, List<EntityValue>> named : selected.entrySet()) {
			for (EntityValue value : named.getValue()) {
				List<EntityValue> values = both.computeIfAbsent(named.getKey(), k -> new ArrayList<>());
				if (!values.contains(value)) {
					values.add(value);
					namesANewValue = true;
				}
			}
		}
		return namesANewValue && !both.isEmpty() ? Optional.of(both) : Optional.empty();
	}

}
