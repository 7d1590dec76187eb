package org.lacreview.index.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * The values a date read in a question stands for. A date without a year means that day
 * in any year the corpus has dates in. An empty list is a date the corpus has nothing on;
 * an empty optional is a match that is no date at all (month 13).
 */
final class DateResolver {

	private final Corpus corpus;

	private final Function<DateSpan, List<EntityValue>> valuesOnDates;

	private final Set<Integer> knownYears = new HashSet<>();

	DateResolver(Corpus corpus, Function<DateSpan, List<EntityValue>> valuesOnDates) {
		this.corpus = corpus;
		this.valuesOnDates = valuesOnDates;
		for (EntityFamily family : corpus.families()) {
			for (EntityValue value : family.values()) {
				value.date().ifPresent(span -> {
					for (int y = span.from().getYear(); y <= span.to().getYear(); y++) {
						knownYears.add(y);
					}
				});
				if (value.attributes().get("year") instanceof Number number) {
					knownYears.add(number.intValue());
				}
			}
		}
	}

	/** Years the corpus has dated values in; empty for a corpus without dates. */
	Set<Integer> knownYears() {
		return knownYears;
	}

	/**
	 * From one day to another of a month ("del 26 al 28 de abril"); one day when both are
	 * the same.
	 */
	Optional<List<EntityValue>> span(Optional<Integer> from, Optional<Integer> to, Optional<Integer> month,
			String yearText) {
		// "twenty-seventh" read as a range from the 20th to the 7th is no range.
		if (from.isEmpty() || to.isEmpty() || month.isEmpty() || to.get() < from.get()) {
			return Optional.empty();
		}
		Set<Integer> years = yearText != null ? Set.of(Integer.parseInt(yearText)) : knownYears;
		List<EntityValue> found = new ArrayList<>();
		for (int y : years) {
			try {
				DateSpan span = new DateSpan(LocalDate.of(y, month.get(), from.get()),
						LocalDate.of(y, month.get(), to.get()));
				valuesOnDates.apply(span).stream().filter(v -> !found.contains(v)).forEach(found::add);
			}
			catch (DateTimeException | IllegalArgumentException invalid) {
				// "31 de junio" or a range that ends first: no such date, so nothing is
				// selected.
			}
		}
		return Optional.of(found);
	}

	/**
	 * The days {@code from} to {@code to} of a month not named ("del 13 al 15"): the
	 * dated values within those days, in each month some value's date starts in where one
	 * such value starts on {@code from} and one ends on {@code to}, so the words name the
	 * dates of something ("de 10 a 20 personas" names none); empty, so the words are no
	 * date, when there is no such month.
	 */
	Optional<List<EntityValue>> spanOfAnyMonth(int from, int to) {
		List<EntityValue> dated = new ArrayList<>();
		corpus.families()
			.forEach(family -> family.values().stream().filter(v -> v.date().isPresent()).forEach(dated::add));
		Set<YearMonth> months = new LinkedHashSet<>();
		dated.forEach(value -> months.add(YearMonth.from(value.date().get().from())));
		List<EntityValue> found = new ArrayList<>();
		for (YearMonth month : months) {
			if (from > to || to > month.lengthOfMonth()) {
				continue;
			}
			LocalDate first = month.atDay(from);
			LocalDate last = month.atDay(to);
			List<EntityValue> within = dated.stream().filter(v -> {
				DateSpan span = v.date().get();
				return !span.from().isBefore(first) && !span.to().isAfter(last);
			}).toList();
			boolean bounded = within.stream().anyMatch(v -> v.date().get().from().equals(first))
					&& within.stream().anyMatch(v -> v.date().get().to().equals(last));
			if (bounded) {
				within.stream().filter(v -> !found.contains(v)).forEach(found::add);
			}
		}
		return found.isEmpty() ? Optional.empty() : Optional.of(found);
	}

	/** A day written in digits: nothing when the numbers cannot be a day and a month. */
	Optional<List<EntityValue>> day(int day, int month, Integer year) {
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return Optional.empty();
		}
		return span(Optional.of(day), Optional.of(day), Optional.of(month), year == null ? null : String.valueOf(year));
	}

	List<EntityValue> month(int month, String yearText) {
		Set<Integer> years = yearText != null ? Set.of(Integer.parseInt(yearText)) : knownYears;
		List<EntityValue> found = new ArrayList<>();
		for (int y : years) {
			YearMonth ym = YearMonth.of(y, month);
			valuesOnDates.apply(new DateSpan(ym.atDay(1), ym.atEndOfMonth()))
				.stream()
				.filter(v -> !found.contains(v))
				.forEach(found::add);
		}
		return found;
	}

	/**
	 * "el 3": single-day values on that day of the month; failing those, short ranges
	 * that include it. Empty, no date at all, for a number that is no day of a month:
	 * "among the 120" quotes a figure.
	 */
	Optional<List<EntityValue>> dayOfAnyMonth(int day) {
		if (day < 1 || day > 31) {
			return Optional.empty();
		}
		List<EntityValue> single = new ArrayList<>();
		List<EntityValue> shortRanges = new ArrayList<>();
		for (EntityFamily family : corpus.families()) {
			for (EntityValue value : family.values()) {
				value.date().ifPresent(span -> {
					if (span.isSingleDay() && span.from().getDayOfMonth() == day) {
						single.add(value);
					}
					else if (!span.isSingleDay() && span.to().toEpochDay() - span.from().toEpochDay() <= 7
							&& span.from().getDayOfMonth() <= day && day <= span.to().getDayOfMonth()) {
						shortRanges.add(value);
					}
				});
			}
		}
		return Optional.of(single.isEmpty() ? shortRanges : single);
	}

	/** Values that stand for a year: those with an attribute {@code year} equal to it. */
	List<EntityValue> year(int y) {
		List<EntityValue> values = new ArrayList<>();
		corpus.families()
			.forEach(f -> f.values()
				.stream()
				.filter(v -> Long.valueOf(y).equals(v.attributes().get("year")))
				.forEach(values::add));
		return values;
	}

	/**
	 * The values of the same family dated {@code offset} days from each value of
	 * {@code anchors}: "the day before" the 27th is the family's value on the 26th, if it
	 * has one; of a value lasting several days, the day before its first day or the day
	 * after its last ("the day before the workshops" of the 3rd to the 5th is the 2nd).
	 * What lasts several days is the day after when it starts on it, the day before when
	 * it ends on it.
	 */
	List<EntityValue> shifted(List<EntityValue> anchors, int offset) {
		List<EntityValue> found = new ArrayList<>();
		for (EntityValue anchor : anchors) {
			Optional<DateSpan> date = anchor.date();
			if (date.isEmpty()) {
				continue;
			}
			LocalDate target = (offset < 0 ? date.get().from() : date.get().to()).plusDays(offset);
			corpus.family(anchor.family())
				.ifPresent(family -> family.values()
					.stream()
					.filter(v -> v.date()
						.map(d -> (offset < 0 ? d.to() : d.from()).equals(target)
								&& (d.isSingleDay() || !v.equals(anchor)))
						.orElse(false))
					.filter(v -> !found.contains(v))
					.forEach(found::add));
		}
		return found;
	}

}
