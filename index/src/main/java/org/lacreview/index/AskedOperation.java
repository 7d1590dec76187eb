package org.lacreview.index;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A computation a question asks for: for a rank, the position asked (2 for "el segundo";
 * else 0); for a count, the family counted and the bound on its values' figures, if any
 * ("más de 100"); for a share, whether it is of what the values named leave out
 * ({@code excluding}: "¿qué porcentaje no eran de ese grupo?"), the fraction it is set
 * against as a {@code bound} of kind {@code FRACTION} ("¿más o menos de la cuarta
 * parte?": {@link ShareFractions}), or the value it is of when the question names one
 * ({@code whole}, "family:id": {@link WholeOfShare}); the family whose whole the question
 * names ({@code familyWhole}: {@link FamilyWholes}); for a difference or a ratio, whether
 * it is between the largest and the smallest value ({@code extremes}: the question has
 * words of both, "the gap between the biggest and the smallest group"); for a count of
 * days between two values, those the question means by their first or last day
 * ({@code points}: {@link SpanPoints}); for a difference, whether it is of the one value
 * named from its family's average ({@code fromAverage}); for a computation over dates,
 * the unit it is asked in ({@code unit}: days, weeks or months); for a count or a
 * duration, whether it is of the values named only, a duration of them added up
 * ({@code ofNamed}); for a difference, ratio, sum, average or share, the family whose
 * values are counted for each value named, when the figures computed over are those
 * counts ({@code perValue}: "¿hubo más talleres el lunes que el martes?",
 * {@link PerValueCounting}); for an average, the family without figures whose noun the
 * question says it is per ({@code perFamily}: "¿cuántos por país en promedio?"), which no
 * family's figures average; for a difference or ratio between two groups of the values
 * named, each added up, the ids of those in the first group ({@code firstGroup}:
 * {@link GroupedValues}), else none; for a change in percent, the id of the value it is
 * relative to when the question compares with it ({@code changeBase}: the value after
 * "than"), else the earlier of the two; for a difference, whether the question asks
 * whether the first value named had fewer ({@code fewer}: the language's
 * {@code fewer_words}, "¿hubo más o menos talleres que charlas?"), so that the answer
 * says that value had fewer rather than that the other had more; for a change between
 * values in no order and no {@code changeBase}, whether it says fewer, so that it is
 * relative to the larger.
 */
record AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
		boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes, boolean ofNamed,
		SpanPoints.Marked points, boolean fromAverage, ChronoUnit unit, Optional<String> perValue,
		Optional<String> perFamily, List<String> firstGroup, Optional<String> changeBase, boolean fewer) {

	AskedOperation {
		firstGroup = List.copyOf(firstGroup);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes, boolean ofNamed,
			SpanPoints.Marked points, boolean fromAverage, ChronoUnit unit, Optional<String> perValue,
			Optional<String> perFamily) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed, points, fromAverage,
				unit, perValue, perFamily, List.of(), Optional.empty(), false);
	}

	/**
	 * The same difference, asked as whether the first value named had fewer
	 * ({@code fewer_words}).
	 */
	AskedOperation fewerAsked() {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, perValue, perFamily, firstGroup, changeBase, true);
	}

	/**
	 * The same computation between two groups of the values named, {@code ids} the first
	 * group's ({@link GroupedValues}).
	 */
	AskedOperation groupedBy(List<String> ids) {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, perValue, perFamily, ids, changeBase, fewer);
	}

	/**
	 * The same change in percent, relative to the value {@code id} (the one after "than":
	 * "by what percentage was the fair bigger than the workshops?").
	 */
	AskedOperation relativeTo(String id) {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, perValue, perFamily, firstGroup, Optional.of(id), fewer);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes, boolean ofNamed,
			SpanPoints.Marked points, boolean fromAverage, ChronoUnit unit) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed, points, fromAverage,
				unit, Optional.empty(), Optional.empty());
	}

	/**
	 * The same average, said per a value of {@code family}, a family without figures
	 * ("¿cuántos por país en promedio?").
	 */
	AskedOperation perFamilyOf(String family) {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, perValue, Optional.of(family), firstGroup, changeBase, fewer);
	}

	/**
	 * Whether it is said per a value of a family other than {@code family}
	 * ({@link PerFiguredFamily}): an average over {@code family}'s values does not answer
	 * it.
	 */
	boolean perAnotherThan(String family) {
		return perFamily.filter(f -> !f.equals(family)).isPresent();
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes, boolean ofNamed,
			SpanPoints.Marked points, boolean fromAverage) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed, points, fromAverage,
				ChronoUnit.DAYS);
	}

	/**
	 * The same computation over how many values of {@code family} each value named has.
	 */
	AskedOperation perValueOf(String family) {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, Optional.of(family), perFamily, firstGroup, changeBase, fewer);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes, boolean ofNamed,
			SpanPoints.Marked points) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed, points, false);
	}

	/**
	 * The same computation over dates, in {@code unit}: days, weeks or calendar months.
	 */
	AskedOperation inUnit(ChronoUnit unit) {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, perValue, perFamily, firstGroup, changeBase, fewer);
	}

	/**
	 * A difference between the one value named and the average of its family ("¿cuántos
	 * más que el promedio de los tres días?").
	 */
	static AskedOperation differenceFromAverage() {
		return new AskedOperation(Operation.DIFFERENCE, 0, Optional.empty(), Optional.empty(), false, Optional.empty(),
				Optional.empty(), false, false, SpanPoints.Marked.NONE, true);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes,
			boolean ofNamed) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				SpanPoints.Marked.NONE);
	}

	/**
	 * The same computation, of the values {@code points} marks by a day of theirs.
	 */
	AskedOperation withPoints(SpanPoints.Marked points) {
		return new AskedOperation(operation, position, counted, bound, excluding, whole, familyWhole, extremes, ofNamed,
				points, fromAverage, unit, perValue, perFamily, firstGroup, changeBase, fewer);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole, boolean extremes) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, extremes, false);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole, Optional<String> familyWhole) {
		this(operation, position, counted, bound, excluding, whole, familyWhole, false);
	}

	/**
	 * How long the values named lasted together: their days added up ({@code ofNamed}).
	 */
	static AskedOperation durationOfNamed() {
		return new AskedOperation(Operation.DURATION, 0, Optional.empty(), Optional.empty(), false, Optional.empty(),
				Optional.empty(), false, true);
	}

	/** A count of the values of {@code family} the decision selects, not of all. */
	static AskedOperation countOfNamed(String family) {
		return new AskedOperation(Operation.COUNT, 0, Optional.of(family), Optional.empty(), false, Optional.empty(),
				Optional.empty(), false, true);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding, Optional<String> whole) {
		this(operation, position, counted, bound, excluding, whole, Optional.empty());
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound,
			boolean excluding) {
		this(operation, position, counted, bound, excluding, Optional.empty());
	}

	AskedOperation(Operation operation, int position, Optional<String> counted, Optional<CountBounds.Bound> bound) {
		this(operation, position, counted, bound, false);
	}

	AskedOperation(Operation operation, int position, Optional<String> counted) {
		this(operation, position, counted, Optional.empty());
	}

}
