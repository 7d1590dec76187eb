package org.lacreview.index;

import java.util.List;

/**
 * A name (intent, section) with the score the engine gave it, for traces and suggestions.
 */
public record Scored(String name, double score) {

	/** The score of {@code name} in {@code ranked}; 0 when it is not there. */
	static double of(List<Scored> ranked, String name) {
		return ranked.stream().filter(s -> s.name().equals(name)).mapToDouble(Scored::score).findFirst().orElse(0);
	}

}
