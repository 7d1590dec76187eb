package org.lacreview.index.corpus;

import java.time.LocalDate;

/** The days a value covers: one day, or a range such as a month or "6 al 8 de mayo". */
public record DateSpan(LocalDate from, LocalDate to) {

	public DateSpan {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("date range ends before it starts: " + from + " to " + to);
		}
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
