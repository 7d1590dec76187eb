package org.lacreview.index.corpus;

import java.util.List;
import java.util.Locale;

/**
 * The names of the computations the engine knows, as the corpus spells them: the keys of
 * {@code operations:} in {@code languages/xx.yml} (each one's phrases) and of
 * {@code computed:} in {@code messages.yml} (each one's sentence). The one list of them:
 * the engine's {@code Operation} is built on it, and the loader reports any other key
 * there as unknown, with the name it most resembles ({@code diference:} → "did you mean
 * 'difference'?").
 */
public enum OperationName {

	/**
	 * {@code duration}; its sentences are {@code duration} and, for one day,
	 * {@code duration_singular} (optional); in calendar months, {@code duration_months}
	 * and {@code duration_months_singular} (optional); of several values together,
	 * {@code duration_sum}.
	 */
	DURATION("", "_singular", "_months", "_months_singular", "_sum"),
	/**
	 * {@code days_between}; its sentences are {@code days_between} and, for one day,
	 * {@code days_between_singular} (optional); in weeks, {@code days_between_weeks}; in
	 * calendar months, {@code days_between_months} and
	 * {@code days_between_months_singular} (optional).
	 */
	DAYS_BETWEEN("", "_singular", "_weeks", "_months", "_months_singular"),
	/**
	 * {@code count}; its sentences are {@code count} and, for a count of one,
	 * {@code count_singular} (optional).
	 */
	COUNT("", "_singular"),
	/**
	 * {@code change}; its sentences are {@code change_fall} and {@code change_rise}, by
	 * the direction of the change.
	 */
	CHANGE("_fall", "_rise"),
	/**
	 * {@code ratio}; its sentences are {@code ratio} and, when the two figures are equal,
	 * {@code ratio_equal} (optional).
	 */
	RATIO("", "_equal"),
	/**
	 * {@code share}; its sentences are {@code share} and, for a share of what the values
	 * named leave out ("¿qué porcentaje no eran de ese grupo?"), {@code share_rest}, and
	 * for one value's share of another named ("¿el 28 fue qué porcentaje del 26?"),
	 * {@code share_of_value}, and for a share among what a complement leaves ("sin contar
	 * los talleres, ¿qué porcentaje…?"), {@code share_among_rest}, and for one set
	 * against a fraction the question names ("¿más o menos de la cuarta parte?"),
	 * {@code share_exceeding} and {@code share_shortfall} (all optional).
	 */
	SHARE("", "_rest", "_of_value", "_among_rest", "_exceeding", "_shortfall"),
	/** {@code average}. */
	AVERAGE,
	/** {@code median}. */
	MEDIAN,
	/** {@code complement}. */
	COMPLEMENT,
	/** {@code position}. */
	POSITION,
	/** {@code order_most}. */
	ORDER_MOST,
	/** {@code order_least}. */
	ORDER_LEAST,
	/**
	 * {@code rank_most}; its sentences are {@code rank_most} and, for a rank among the
	 * values the question leaves out ("sin contar el primero, ¿cuál tuvo más?"),
	 * {@code rank_most_without} (optional).
	 */
	RANK_MOST("", "_without"),
	/**
	 * {@code rank_least}; its sentences are {@code rank_least} and, for a rank among the
	 * values the question leaves out, {@code rank_least_without} (optional).
	 */
	RANK_LEAST("", "_without"),
	/** {@code next_above}. */
	NEXT_ABOVE,
	/** {@code next_below}. */
	NEXT_BELOW,
	/**
	 * {@code difference}; its sentences are {@code difference} and, when the figures
	 * compared are equal, {@code difference_equal} (optional; also said when the values
	 * an intent's max() and min() pick out of those named all tie); for one value against
	 * the average of its family ("¿cuántos más que el promedio?"),
	 * {@code difference_from_average_above} and {@code difference_from_average_below}
	 * (optional); when the question asks whether the first value named had fewer and it
	 * did, {@code difference_first_fewer} (optional: else {@code difference}).
	 */
	DIFFERENCE("", "_equal", "_from_average_above", "_from_average_below", "_first_fewer"),
	/** {@code sum}. */
	SUM;

	/** The suffixes of its sentences' keys; none when its one sentence is its key. */
	private final List<String> sentenceSuffixes;

	OperationName(String... sentenceSuffixes) {
		this.sentenceSuffixes = List.of(sentenceSuffixes);
	}

	/**
	 * The key of its phrases under {@code operations:} in {@code languages/xx.yml}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The keys of its sentences under {@code computed:} in {@code messages.yml}. */
	List<String> sentenceKeys() {
		return sentenceSuffixes.isEmpty() ? List.of(key()) : sentenceSuffixes.stream().map(s -> key() + s).toList();
	}

}
