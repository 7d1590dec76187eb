package org.lacreview.index.corpus;

import java.time.LocalDate;

/**
 * The days a value covers: one day, or a range such as a month or "6 al 8 de mayo".
 *
 * @param exactDays whether both ends are days as the corpus gives them ("2030-05-02"),
 * not the first or last day of a month or a year it gives ("2030-05"): a count of days
 * between such ends would be precision the document does not have
 */
public record DateSpan(LocalDate from, LocalDate to, boolean exactDays) {

	public DateSpan {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + to);
		}
	}

	/** A span whose ends are exact days. */
	public DateSpan(LocalDate from, LocalDate to) {
		this(from, to, true);
	}

	public boolean overlaps(DateSpan other) {
		return !other.to.isBefore(from) && !other.from.isAfter(to);
	}

	public boolean contains(DateSpan other) {
		return !other.from.isBefore(from) && !other.to.isAfter(to);
	}

	/** How many days the span covers. */
	public long days() {
		return to.toEpochDay() - from.toEpochDay() + 1;
	}

	public boolean isSingleDay() {
		return from.equals(to);
	}
}
