package org.lacreview.index;

import java.util.List;
import java.util.Map;

/** How the engine reached an answer: for staff trying questions and for tuning. */
public record Trace(String language, Map<String, String> corrections, String masked, List<String> entities,
		List<Scored> intents, List<Scored> sections, String decision) {

	public Trace {
		corrections = Map.copyOf(corrections);
		entities = List.copyOf(entities);
		intents = List.copyOf(intents);
		sections = List.copyOf(sections);
	}

	/**
	 * This trace with {@code decision} as its decision, everything else the same.
	 * @param decision how the engine decided, as the trace shows it
	 * @return a new trace
	 */
	public Trace withDecision(String decision) {
		return new Trace(language, corrections, masked, entities, intents, sections, decision);
	}

}
