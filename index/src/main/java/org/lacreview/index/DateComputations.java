package org.lacreview.index;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;

/**
 * The computations over values' dates ({@link Operation#overDates()}): durations and days
 * between, in whole days.
 */
final class DateComputations {

	private DateComputations() {
	}

	/**
	 * What fills a duration's sentence ({@code value}, {@code from}, {@code to},
	 * {@code result}: one dated value, both ends counted) or a days-between's
	 * ({@code earlier}, {@code later}, their dates, {@code result}: two values, from the
	 * end of the earlier to the start of the later); empty when the values named do not
	 * fit, or one's dates are a month or a year rather than days.
	 */
	static Optional<Map<String, String>> fill(Operation operation, List<EntityValue> named, Figures figures,
			SpanPoints.Marked points) {
		if (!named.stream().allMatch(v -> v.date().filter(DateSpan::exactDays).isPresent())) {
			// "Between one spring and the next" has no count of days: the days of
			// its ends are not the document's.
			return Optional.empty();
		}
		Map<String, String> fill = new HashMap<>();
		if (operation == Operation.DURATION && named.size() == 1) {
			DateSpan span = named.get(0).date().get();
			fill.put("value", figures.label(named.get(0)));
			fill.put("from", figures.date(span.from()));
			fill.put("to", figures.date(span.to()));
			fill.put("result", String.valueOf(ChronoUnit.DAYS.between(span.from(), span.to()) + 1));
			return Optional.of(fill);
		}
		if (operation == Operation.DAYS_BETWEEN && named.size() == 2) {
			List<EntityValue> ordered = new ArrayList<>(named);
			ordered.sort(Comparator.comparing(v -> v.date().get().from()));
			DateSpan earlier = ordered.get(0).date().get();
			DateSpan later = ordered.get(1).date().get();
			// From the earlier one's last day to the later one's first, unless the
			// question
			// says "the start of" the one or "the end of" the other.
			LocalDate from = points.starts().contains(ordered.get(0).id()) ? earlier.from() : earlier.to();
			LocalDate to = points.ends().contains(ordered.get(1).id()) ? later.to() : later.from();
			if (!to.isAfter(from)) {
				return Optional.empty();
			}
			fill.put("earlier", figures.label(ordered.get(0)));
			fill.put("later", figures.label(ordered.get(1)));
			fill.put("earlier_date", figures.date(from));
			fill.put("later_date", figures.date(to));
			fill.put("result", String.valueOf(ChronoUnit.DAYS.between(from, to)));
			return Optional.of(fill);
		}
		return Optional.empty();
	}

}
