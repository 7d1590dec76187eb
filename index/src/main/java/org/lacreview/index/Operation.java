package org.lacreview.index;

import org.lacreview.index.corpus.OperationName;

/**
 * The computations the engine knows, in the order a question is checked for them: the
 * most specific first, so that "¿en qué porcentaje bajó…?" is a change and not a share,
 * and "¿cuántos días duró…?" a duration and not a count. Each one's phrases are the
 * {@code operations} of {@code languages/xx.yml} under {@link #key()}; its sentence is
 * {@code computed.<key>} in {@code messages.yml}. The names are {@link OperationName}'s,
 * which the corpus loader checks those keys against; each operation here is built on its
 * name there.
 */
enum Operation {

	/**
	 * Days from the first to the last day of one dated value, both counted: 13–15 April
	 * is 3 days.
	 */
	DURATION(OperationName.DURATION),
	/**
	 * Days from the end of the earlier of two dated values to the start of the later one.
	 */
	DAYS_BETWEEN(OperationName.DAYS_BETWEEN),
	/**
	 * How many values a family has ("¿cuántos grupos…?": a counting phrase right before
	 * one of its order words, so that "¿cuántos grupos… entre los registrados?" is a
	 * count and not a sum).
	 */
	COUNT(OperationName.COUNT),
	/** The change from one value's figure to another's, in percent of the first. */
	CHANGE(OperationName.CHANGE),
	/** How many times the smaller figure the larger one is. */
	RATIO(OperationName.RATIO),
	/** The values named over the whole family, in percent. */
	SHARE(OperationName.SHARE),
	/**
	 * The figures of the values named (two or more), else of the whole family, divided by
	 * how many they are.
	 */
	AVERAGE(OperationName.AVERAGE),
	/**
	 * The middle figure of the values named (three or more), else of the whole family,
	 * once ordered; of an even number of figures, the mean of the two in the middle.
	 */
	MEDIAN(OperationName.MEDIAN),
	/** The whole family but the values named. */
	COMPLEMENT(OperationName.COMPLEMENT),
	/**
	 * Where one value stands among its family, counted from the largest figure: "¿qué
	 * puesto ocupa la sociedad civil?". Before the ranks, which share its nouns
	 * ("puesto") but need an ordinal.
	 */
	POSITION(OperationName.POSITION),
	/**
	 * The values named (two or more), else the whole family, from the largest figure to
	 * the smallest: "de mayor a menor". Before the ranks, whose phrases ("mayor") it may
	 * hold.
	 */
	ORDER_MOST(OperationName.ORDER_MOST),
	/** The same, from the smallest figure to the largest. */
	ORDER_LEAST(OperationName.ORDER_LEAST),
	/** The value at a position counted from the largest figure. */
	RANK_MOST(OperationName.RANK_MOST),
	/** The value at a position counted from the smallest figure. */
	RANK_LEAST(OperationName.RANK_LEAST),
	/**
	 * The value whose figure comes right above the one value named: "¿qué grupo quedó
	 * justo por encima del de cocina?". Read only with a value right after its phrase
	 * ({@link NeighbourRanks}).
	 */
	NEXT_ABOVE(OperationName.NEXT_ABOVE),
	/** The value whose figure comes right below the one value named. */
	NEXT_BELOW(OperationName.NEXT_BELOW),
	/** Two values' figures, the larger first, and by how much. */
	DIFFERENCE(OperationName.DIFFERENCE),
	/** The figures of two or more values added up. */
	SUM(OperationName.SUM);

	private final OperationName name;

	Operation(OperationName name) {
		this.name = name;
	}

	/**
	 * A share, an average, a change or a ratio is never answered by a raw figure: the bot
	 * refuses instead. A duration or the days between dates may be: the dates answer it.
	 */
	boolean needsResult() {
		return this == SHARE || this == AVERAGE || this == MEDIAN || this == CHANGE || this == RATIO;
	}

	/** Lists values by their figures: "de mayor a menor". */
	boolean isOrder() {
		return this == ORDER_MOST || this == ORDER_LEAST;
	}

	/** A rank needs a position: "el segundo grupo con más registrados". */
	boolean isRank() {
		return this == RANK_MOST || this == RANK_LEAST;
	}

	/**
	 * Compares two values: "¿cuántos menos que el día anterior?" names one and means the
	 * other too.
	 */
	boolean comparesTwo() {
		return this == DIFFERENCE || this == CHANGE || this == RATIO || this == DAYS_BETWEEN;
	}

	/** The value next to the one named in the order of their figures. */
	boolean isNeighbour() {
		return this == NEXT_ABOVE || this == NEXT_BELOW;
	}

	/** Computed over the values' dates rather than a figure. */
	boolean overDates() {
		return this == DURATION || this == DAYS_BETWEEN;
	}

	/**
	 * The name of its phrases in {@code languages/xx.yml} and of its sentence in
	 * {@code messages.yml}.
	 */
	String key() {
		return name.key();
	}

}
