package org.lacreview.index.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;

/**
 * Dates in questions, in the words of the corpus's language files
 * ({@link DateVocabulary}): "2 de mayo", "May 3rd", "the twenty-third of May", "del 6 al
 * 8 de mayo", "May 6-8", "en octubre de 2029", "el 3", "1999"; and in digits: "23/05",
 * "23/5/2030", "2030-05-23", "23.05.", "23-5", and month first "5/23" in a language that
 * writes it so. Each date becomes a mention of the values whose dates it overlaps; a date
 * the corpus has nothing on is a mention without values, so the question falls back.
 * Day-relative phrases ("el día anterior") are returned apart, for {@link RelativeDays}
 * to resolve once the other mentions are known. Built only for a corpus with dated values
 * ({@link #forCorpus}).
 */
final class DateFinder {

	private static final String B = "(?<![\\p{L}\\p{N}])";

	private static final String E = "(?![\\p{L}\\p{N}])";

	private static final String YEAR = "((?:19|20)\\d{2})(?!\\p{N})";

	private final DateVocabulary words;

	private final DateResolver resolver;

	private final Pattern range;

	private final Pattern dayMonth;

	private final Pattern monthDay;

	private final Pattern monthRange;

	private final Pattern month;

	private final Pattern isoDate;

	private final Pattern numericDate;

	private final Pattern bareDay;

	private final Pattern bareDayInWords;

	/** "del 13 al 15" with no month: the days of a dated value in any month. */
	private final Pattern bareRange;

	private final Pattern relative;

	private final Pattern year = Pattern.compile(B + YEAR);

	/**
	 * A phrase such as "the day before" from {@code start} to {@code end}, {@code offset}
	 * days from its anchor.
	 */
	record Relative(int start, int end, int offset) {
	}

	/**
	 * What {@link #find} found: dates with their values, and relative phrases still to
	 * resolve.
	 */
	record Found(List<Mention> mentions, List<Relative> relative) {
	}

	private DateFinder(DateVocabulary words, DateResolver resolver) {
		this.words = words;
		this.resolver = resolver;
		String day = "(\\d{1,2}(?:" + words.suffixes + ")?|" + words.number + ")" + E;
		String digitDay = "(\\d{1,2})(?:" + words.suffixes + ")?" + E;
		String sep = "(?:[\\s,]*" + words.joiners + "(?:\\s+|(?<=')\\s*)|[\\s,]+)";
		String yearPart = "(?:" + sep + YEAR + ")?";
		String monthName = "(" + words.month + ")(?!\\p{L})";
		// An opener, when there is one, is part of the match: "entre el 3 y el 5".
		String opener = "(?:(" + words.rangeOpeners + ")\\s+(?:" + words.dayCues + "\\s+)?)?";
		String rangeWord = "\\s*(?:[-–]|\\s(" + words.rangeWords + ")\\s)\\s*(?:" + words.dayCues + "\\s+)?";
		range = Pattern.compile(B + opener + day + rangeWord + day + sep + monthName + yearPart);
		dayMonth = Pattern.compile(B + day + sep + monthName + yearPart);
		monthDay = Pattern.compile(B + monthName + "[\\s,]*" + digitDay + "(?:[\\s,]+" + YEAR + ")?");
		monthRange = Pattern
			.compile(B + opener + monthName + "[\\s,]*" + digitDay + rangeWord + digitDay + "(?:[\\s,]+" + YEAR + ")?");
		month = Pattern.compile(B + words.monthCues + "(?:\\s+|(?<=')\\s*)(" + words.fullMonth + ")" + E + yearPart
				+ "|" + B + "(" + words.fullMonth + ")" + sep + YEAR);
		isoDate = Pattern.compile(B + "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\p{N}]|[-/.]\\d)");
		// With the day cue before it, so that the date is longer than the day's own name
		// ("dia 27" in "dia 27/05") and wins over it.
		numericDate = Pattern.compile("(?:" + B + words.dayCues
				+ "\\s+)?(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(\\.)?"
				+ "(?![\\p{N}]|[-/.]\\d)");
		// "the 3 days", "the 3-day review": a count, not a day.
		bareDay = Pattern.compile(B + words.dayCues + "\\s+" + digitDay + "(?!\\s*[-–/.]\\s*\\d|(?:\\s+|-)(?:"
				+ words.countNouns + ")(?!\\p{L}))");
		bareDayInWords = Pattern.compile(B + "(" + words.dayCues + ")\\s+(" + words.twoDigitNumber + ")" + E
				+ "(?!\\s+(?:" + words.countNouns + ")(?!\\p{L}))");
		relative = Pattern.compile(B + "(?:" + words.dayCues + "\\s+)?(" + words.relativeDays + ")" + E);
		// After a cue, a joiner or an opener, and before no month (the ranges above read
		// those), no count noun ("de 10 a 20 personas") and no more digits.
		bareRange = Pattern.compile(B + "(?:(" + words.rangeOpeners + ")|" + words.dayCues + "|" + words.joiners
				+ ")\\s+(?:" + words.dayCues + "\\s+)?" + digitDay + rangeWord + digitDay + "(?!\\s*[-–/.]\\s*\\d|"
				+ sep + monthName + "|(?:\\s+|-)(?:" + words.countNouns + ")(?!\\p{L}))");
	}

	/**
	 * The finder for {@code corpus}, or empty when no value has a date or a year: then no
	 * text is a date.
	 */
	static Optional<DateFinder> forCorpus(Corpus corpus, Function<DateSpan, List<EntityValue>> valuesOnDates) {
		DateResolver resolver = new DateResolver(corpus, valuesOnDates);
		return resolver.knownYears().isEmpty() ? Optional.empty()
				: Optional.of(new DateFinder(new DateVocabulary(corpus), resolver));
	}

	DateResolver resolver() {
		return resolver;
	}

	/**
	 * Dates in {@code folded} (a question, folded), written as people writing
	 * {@code language} do.
	 */
	Found find(String folded, String language) {
		List<Mention> found = new ArrayList<>();
		// Most questions have neither a digit nor a month: the patterns that need one are
		// not run for them (ten
		// scans of the question were a tenth of an answer's time). The patterns' \d is
		// ASCII, so a Unicode digit
		// check is the wider one.
		boolean hasDigit = folded.chars().anyMatch(Character::isDigit);
		boolean namesMonth = words.namesAMonth(folded);
		if (namesMonth) {
			find(folded, range, EntityExtractor.DATE, m -> rangeOrPair(m.group(1), m.group(3), day(m.group(2)),
					day(m.group(4)), words.month(m.group(5)), m.group(6)), found);
			find(folded, dayMonth, EntityExtractor.DATE,
					m -> resolver.span(day(m.group(1)), day(m.group(1)), words.month(m.group(2)), m.group(3)), found);
		}
		if (namesMonth && hasDigit) {
			find(folded, monthDay, EntityExtractor.DATE,
					m -> resolver.span(day(m.group(2)), day(m.group(2)), words.month(m.group(1)), m.group(3)), found);
			find(folded, monthRange, EntityExtractor.DATE, m -> rangeOrPair(m.group(1), m.group(4), day(m.group(3)),
					day(m.group(5)), words.month(m.group(2)), m.group(6)), found);
		}
		if (namesMonth) {
			find(folded, month, EntityExtractor.DATE, m -> {
				String name = m.group(1) != null ? m.group(1) : m.group(3);
				return Optional
					.of(resolver.month(words.month(name).orElseThrow(), m.group(1) != null ? m.group(2) : m.group(4)));
			}, found);
		}
		if (hasDigit) {
			find(folded, isoDate, EntityExtractor.DATE, m -> resolver.day(Integer.parseInt(m.group(4)),
					Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1))), found);
			find(folded, numericDate, EntityExtractor.DATE, m -> numeric(m, language), found);
			find(folded, bareDay, EntityExtractor.DATE, m -> resolver.dayOfAnyMonth(Integer.parseInt(m.group(1))),
					found);
			find(folded, bareRange, EntityExtractor.DATE,
					m -> m.group(1) == null && m.group(3) != null && words.joinsParts(m.group(3)) ? Optional.empty()
							: resolver.spanOfAnyMonth(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4))),
					found);
		}
		// A day in words only after a day cue of the question's language: "si eran como
		// veinte o treinta" is no day in Spanish, though "o" is a Portuguese cue.
		find(folded, bareDayInWords, EntityExtractor.DATE, m -> words.isDayCue(language, m.group(1))
				? day(m.group(2)).flatMap(resolver::dayOfAnyMonth) : Optional.empty(), found);
		if (hasDigit) {
			find(folded, year, EntityExtractor.YEAR, m -> Optional.of(resolver.year(Integer.parseInt(m.group(1)))),
					found);
		}
		// A year is covered when the corpus has anything in it, even when no value stands
		// for the year itself.
		found.replaceAll(mention -> mention.tag().equals(EntityExtractor.YEAR) ? new Mention(EntityExtractor.YEAR,
				mention.values(), resolver.knownYears().contains(Integer.parseInt(mention.text())), mention.start(),
				mention.end(), mention.text()) : mention);
		List<Relative> relatives = new ArrayList<>();
		Matcher m = relative.matcher(folded);
		while (m.find()) {
			int offset = words.relativeOffset(m.group(1)).orElseThrow();
			relatives.add(new Relative(m.start(), m.end(), offset));
		}
		return new Found(found, relatives);
	}

	/**
	 * "26/04", "26.04.", "26-4", "26/4/21": day first, unless the question's language
	 * writes the month first and the numbers say so ("4/26"). "4/5" in such a language
	 * could be either: a date without values, so the bot says it does not know rather
	 * than guess. "26.4" without a final dot or a year is a decimal number.
	 */
	private Optional<List<EntityValue>> numeric(Matcher m, String language) {
		int first = Integer.parseInt(m.group(1));
		int second = Integer.parseInt(m.group(3));
		String yearText = m.group(4);
		if (m.group(2).equals(".") && yearText == null && m.group(5) == null && m.group(3).length() < 2) {
			return Optional.empty();
		}
		Integer year = yearText == null ? null
				: yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
		if (words.monthFirst(language) && first <= 12 && first != second) {
			if (second <= 12) {
				return Optional.of(List.of());
			}
			return resolver.day(second, first, year);
		}
		return resolver.day(first, second, year);
	}

	/**
	 * The days from {@code from} to {@code to}; only those two when the word between them
	 * also joins parts and no opener came first ("le 3 et le 5 mars", against "entre le 3
	 * et le 5 mars").
	 */
	private Optional<List<EntityValue>> rangeOrPair(String opener, String rangeWord, Optional<Integer> from,
			Optional<Integer> to, Optional<Integer> month, String yearText) {
		if (opener != null || rangeWord == null || !words.joinsParts(rangeWord)) {
			return resolver.span(from, to, month, yearText);
		}
		Optional<List<EntityValue>> first = resolver.span(from, from, month, yearText);
		Optional<List<EntityValue>> last = resolver.span(to, to, month, yearText);
		if (first.isEmpty() || last.isEmpty() || from.equals(to)) {
			return first.isEmpty() ? last : first;
		}
		List<EntityValue> both = new ArrayList<>(first.get());
		last.get().stream().filter(v -> !both.contains(v)).forEach(both::add);
		return Optional.of(both);
	}

	private Optional<Integer> day(String text) {
		return words.day(text);
	}

	/**
	 * Each match of {@code pattern}; {@code values} empty means the match is not a date
	 * after all.
	 */
	private static void find(String folded, Pattern pattern, String tag,
			Function<Matcher, Optional<List<EntityValue>>> values, List<Mention> into) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			Matcher match = m;
			values.apply(match).ifPresent(v -> into.add(Mention.of(tag, v, match.start(), match.end(), match.group())));
		}
	}

}
