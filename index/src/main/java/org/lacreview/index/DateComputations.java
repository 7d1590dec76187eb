package org.lacreview.index;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * between, in whole days; days between also in weeks (days ÷ 7, one decimal), and both in
 * calendar months, which values dated by month only support too.
 */
final class DateComputations {

	/** Days in a week, to say a count of days in weeks. */
	private static final double DAYS_PER_WEEK = 7;

	private DateComputations() {
	}

	/**
	 * What fills a duration's sentence ({@code value}, {@code from}, {@code to},
	 * {@code result}: one dated value, both ends counted) or a days-between's
	 * ({@code earlier}, {@code later}, their dates, {@code result}: two values, from the
	 * end of the earlier to the start of the later, unless {@code points} marks another
	 * day); empty when the values named do not fit, or one's dates are a month or a year
	 * rather than days. In {@code unit} weeks a days-between also fills {@code days}
	 * ({@code result} the weeks); in months both count calendar months (a duration both
	 * ends included, "October to January" is four) and need values dated by month at
	 * least, not by year. A duration of two or more values {@code together} adds up the
	 * days of each ({@code values}, {@code result}; sentence {@code duration_sum}).
	 */
	static Optional<Map<String, String>> fill(Operation operation, List<EntityValue> named, Figures figures,
			SpanPoints.Marked points, ChronoUnit unit, boolean together) {
		if (unit == ChronoUnit.MONTHS) {
			return inMonths(operation, named, figures, points);
		}
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
		if (operation == Operation.DURATION && together && named.size() > 1) {
			// "¿Cuántos días duraron en total los talleres y la feria?": the days of
			// each, added up (a day two of them share counted for each).
			List<String> terms = new ArrayList<>();
			long total = 0;
			for (EntityValue value : ordered(named)) {
				DateSpan span = value.date().get();
				long days = ChronoUnit.DAYS.between(span.from(), span.to()) + 1;
				total += days;
				terms.add(figures.label(value) + " (" + days + ")");
			}
			fill.put("values", String.join(" + ", terms));
			fill.put("result", String.valueOf(total));
			fill.put(OperandFills.SENTENCE_SUFFIX, "_sum");
			return Optional.of(fill);
		}
		if (operation == Operation.DAYS_BETWEEN && named.size() == 2) {
			List<EntityValue> ordered = ordered(named);
			LocalDate from = from(ordered.get(0), points);
			LocalDate to = to(ordered.get(1), points);
			if (!to.isAfter(from)) {
				return Optional.empty();
			}
			long days = ChronoUnit.DAYS.between(from, to);
			fill.put("earlier", figures.label(ordered.get(0)));
			fill.put("later", figures.label(ordered.get(1)));
			fill.put("earlier_date", figures.date(from));
			fill.put("later_date", figures.date(to));
			fill.put("result", String.valueOf(days));
			if (unit == ChronoUnit.WEEKS) {
				fill.put("days", String.valueOf(days));
				fill.put("result", figures.format(days / DAYS_PER_WEEK));
				fill.put(OperandFills.SENTENCE_SUFFIX, "_weeks");
			}
			return Optional.of(fill);
		}
		return Optional.empty();
	}

	/**
	 * The same in calendar months: no days said, as a value's may be a month only; a
	 * duration gives the months and years of its ends ({@code from_month},
	 * {@code from_year}, {@code to_month}, {@code to_year}).
	 */
	private static Optional<Map<String, String>> inMonths(Operation operation, List<EntityValue> named, Figures figures,
			SpanPoints.Marked points) {
		if (!named.stream().allMatch(v -> v.date().filter(DateComputations::byMonthAtLeast).isPresent())) {
			return Optional.empty();
		}
		Map<String, String> fill = new HashMap<>();
		fill.put(OperandFills.SENTENCE_SUFFIX, "_months");
		if (operation == Operation.DURATION && named.size() == 1) {
			DateSpan span = named.get(0).date().get();
			fill.put("value", figures.label(named.get(0)));
			fill.put("result", String.valueOf(months(span.from(), span.to()) + 1));
			// The months it spanned, which a month-dated value gives where its days are
			// not: "from March to June".
			fill.put("from_month", figures.month(span.from()));
			fill.put("from_year", String.valueOf(span.from().getYear()));
			fill.put("to_month", figures.month(span.to()));
			fill.put("to_year", String.valueOf(span.to().getYear()));
			return Optional.of(fill);
		}
		if (operation == Operation.DAYS_BETWEEN && named.size() == 2) {
			List<EntityValue> ordered = ordered(named);
			long months = months(from(ordered.get(0), points), to(ordered.get(1), points));
			if (months <= 0) {
				return Optional.empty();
			}
			fill.put("earlier", figures.label(ordered.get(0)));
			fill.put("later", figures.label(ordered.get(1)));
			fill.put("result", String.valueOf(months));
			return Optional.of(fill);
		}
		return Optional.empty();
	}

	/** Whether a span's ends are days or months: not a whole year given as a year. */
	private static boolean byMonthAtLeast(DateSpan span) {
		return span.exactDays() || span.from().getYear() != span.to().getYear() || span.from().getMonthValue() != 1
				|| span.to().getMonthValue() != 12;
	}

	private static long months(LocalDate from, LocalDate to) {
		return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
	}

	private static List<EntityValue> ordered(List<EntityValue> named) {
		List<EntityValue> ordered = new ArrayList<>(named);
		ordered.sort(Comparator.comparing(v -> v.date().get().from()));
		return ordered;
	}

	/**
	 * The earlier value's last day, unless the question says "the start of" it.
	 */
	private static LocalDate from(EntityValue earlier, SpanPoints.Marked points) {
		DateSpan span = earlier.date().get();
		return points.starts().contains(earlier.id()) ? span.from() : span.to();
	}

	/** The later value's first day, unless the question says "the end of" it. */
	private static LocalDate to(EntityValue later, SpanPoints.Marked points) {
		DateSpan span = later.date().get();
		return points.ends().contains(later.id()) ? span.to() : span.from();
	}

}
