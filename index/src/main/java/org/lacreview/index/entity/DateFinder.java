package org.lacreview.index.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.text.Folding;

/** Dates in questions: "2 de mayo", "May 3rd", "del 6 al 8 de mayo", "en octubre de 2029", "el 3", "1999". */
final class DateFinder {

	private final Map<String, Integer> months = new HashMap<>();

	private final Pattern range;

	private final Pattern dayMonth;

	private final Pattern monthDay;

	private final Pattern month;

	private final Pattern bareDay;

	private final Pattern year = Pattern.compile("(?<![\\p{L}\\p{N}])((?:19|20)\\d{2})(?![\\p{N}])");

	DateFinder(Corpus corpus) {
		for (LanguagePack pack : corpus.languages().values()) {
			for (int i = 0; i < pack.months().size(); i++) {
				months.putIfAbsent(Folding.fold(pack.months().get(i)), i + 1);
			}
		}
		String m = months.isEmpty() ? "(?!)" : EntityExtractor.alternation(months.keySet());
		String suffix = "(?:st|nd|rd|th|er|o|º|°)?";
		String yearPart = "(?:\\s*(?:de|of|,|del)?\\s*((?:19|20)\\d{2}))?";
		String b = "(?<![\\p{L}\\p{N}])";
		range = Pattern.compile(b + "(\\d{1,2})" + suffix + "\\s*(?:al|a|y|-|–|to|and|au|et|e|ao|till|until|hasta)\\s*(?:el\\s+|le\\s+|the\\s+|o\\s+)?(\\d{1,2})"
				+ suffix + "\\s*(?:de\\s+|of\\s+|d')?(" + m + ")(?![\\p{L}])" + yearPart);
		dayMonth = Pattern.compile(b + "(\\d{1,2})" + suffix + "\\s*(?:de\\s+|of\\s+|d')?(" + m + ")(?![\\p{L}])" + yearPart);
		monthDay = Pattern.compile(b + "(" + m + ")\\s+(\\d{1,2})" + suffix + "(?![\\p{L}\\p{N}])(?:\\s*,?\\s*((?:19|20)\\d{2}))?");
		month = Pattern.compile(b + "(?:(?:en|in|em|durante|during|desde|since|depuis|au mois de|en el mes de|no mes de|in the month of)\\s+)("
				+ m + ")(?![\\p{L}])" + yearPart + "|" + b + "(" + m + ")\\s*(?:de\\s+|of\\s+)?((?:19|20)\\d{2})");
		bareDay = Pattern.compile(b + "(?:el|the|o|le|dia|day|jour|on)\\s+(\\d{1,2})" + suffix + "(?![\\p{L}\\p{N}])");
	}

	List<Mention> find(String folded, Function<DateSpan, List<EntityValue>> values,
			Set<Integer> knownYears, Corpus corpus) {
		List<Mention> found = new ArrayList<>();
		EntityExtractor.find(folded, range, EntityExtractor.DATE, m -> spanValues(values, day(m.group(1), m.group(3), m.group(4)),
				day(m.group(2), m.group(3), m.group(4)), knownYears), found);
		EntityExtractor.find(folded, dayMonth, EntityExtractor.DATE,
				m -> spanValues(values, day(m.group(1), m.group(2), m.group(3)), day(m.group(1), m.group(2), m.group(3)), knownYears),
				found);
		EntityExtractor.find(folded, monthDay, EntityExtractor.DATE,
				m -> spanValues(values, day(m.group(2), m.group(1), m.group(3)), day(m.group(2), m.group(1), m.group(3)), knownYears),
				found);
		EntityExtractor.find(folded, month, EntityExtractor.DATE, m -> {
			String name = m.group(1) != null ? m.group(1) : m.group(3);
			String y = m.group(1) != null ? m.group(2) : m.group(4);
			return monthValues(values, months.get(name), y, knownYears);
		}, found);
		EntityExtractor.find(folded, bareDay, EntityExtractor.DATE, m -> bareDayValues(corpus, Integer.parseInt(m.group(1))), found);
		EntityExtractor.find(folded, year, EntityExtractor.YEAR, m -> yearValues(corpus, Integer.parseInt(m.group(1))), found);
		// A year is covered when the corpus has anything in it, even when no value stands for the year itself.
		found.replaceAll(mention -> mention.tag().equals(EntityExtractor.YEAR)
				? new Mention(EntityExtractor.YEAR, mention.values(), knownYears.contains(Integer.parseInt(mention.text())),
						mention.start(), mention.end(), mention.text())
				: mention);
		return found;
	}

	/** Values that stand for a year: those with an attribute {@code year} equal to it. */
	private static List<EntityValue> yearValues(Corpus corpus, int y) {
		List<EntityValue> values = new ArrayList<>();
		corpus.families().forEach(f -> f.values().stream()
			.filter(v -> Long.valueOf(y).equals(v.attributes().get("year")))
			.forEach(values::add));
		return values;
	}

	private record MonthDay(int day, int month, Optional<Integer> year) {
	}

	private MonthDay day(String day, String monthName, String yearText) {
		return new MonthDay(Integer.parseInt(day), months.get(monthName),
				Optional.ofNullable(yearText).map(Integer::parseInt));
	}

	/** Without a year, "2 de mayo" means the 2nd of May of any year the corpus has dates in. */
	private static List<EntityValue> spanValues(Function<DateSpan, List<EntityValue>> values,
			MonthDay from, MonthDay to, Set<Integer> knownYears) {
		Set<Integer> years = from.year().or(to::year).map(Set::of).orElse(knownYears);
		List<EntityValue> found = new ArrayList<>();
		for (int y : years) {
			try {
				DateSpan span = new DateSpan(LocalDate.of(y, from.month(), from.day()), LocalDate.of(y, to.month(), to.day()));
				values.apply(span).stream().filter(v -> !found.contains(v)).forEach(found::add);
			}
			catch (RuntimeException invalid) {
				// "31 de junio" or a range that ends first: no date, so nothing is selected.
			}
		}
		return found;
	}

	private static List<EntityValue> monthValues(Function<DateSpan, List<EntityValue>> values,
			int month, String yearText, Set<Integer> knownYears) {
		Set<Integer> years = yearText != null ? Set.of(Integer.parseInt(yearText)) : knownYears;
		List<EntityValue> found = new ArrayList<>();
		for (int y : years) {
			YearMonth ym = YearMonth.of(y, month);
			values.apply(new DateSpan(ym.atDay(1), ym.atEndOfMonth())).stream().filter(v -> !found.contains(v))
				.forEach(found::add);
		}
		return found;
	}

	/** "el 3": single-day values on that day of the month; failing those, short ranges that include it. */
	private static List<EntityValue> bareDayValues(Corpus corpus, int day) {
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
		return single.isEmpty() ? shortRanges : single;
	}
}
