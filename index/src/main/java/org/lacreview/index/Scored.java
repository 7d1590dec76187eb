package org.lacreview.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A name (intent, section) with the score the engine gave it, for traces and suggestions.
 */
public record Scored(String name, double score) {

	/** The score of {@code name} in {@code ranked}; 0 when it is not there. */
	static double of(List<Scored> ranked, String name) {
		return ranked.stream().filter(s -> s.name().equals(name)).mapToDouble(Scored::score).findFirst().orElse(0);
	}

	/**
	 * {@code score} to two decimals, as text for a trace ("0.23"); cheaper than
	 * String.format, which showed in profiles of every answer.
	 */
	static String rounded(double score) {
		if (!Double.isFinite(score)) {
			return String.valueOf(score);
		}
		return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

}
