package org.lacreview.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.text.Phrases;

/**
 * Reads the bound a count puts on the values' figures: "¿cuántos grupos tuvieron más de
 * 100 inscritos?" counts the values whose figure is above 100. The phrases before the
 * number are each language's {@code count_bounds} ({@code more_than}, {@code less_than},
 * {@code equal_to}, {@code at_least} and {@code at_most}, the number included, and
 * {@code in_range}: between two numbers joined by a short word, both included); one word
 * of up to three letters may stand between the phrase and the number ("superaron los
 * 100"). The phrases of {@code or_more} and {@code or_fewer} come right after the number,
 * which they include ("10 o menos"; a sign right after it: "100+"). The phrases of
 * {@code more_than_value} and {@code less_than_value} (and {@code equal_to_value}) come
 * before a value the question names instead of a number: the bound is that value's
 * figure, the value itself left out.
 */
final class CountBounds {

	/** Per language, each bound's phrases followed by a number, as one pattern. */
	private final Map<String, Map<Kind, Pattern>> patterns = new HashMap<>();

	/**
	 * Per language, the phrases of a bound against a value ({@code more_than_value},
	 * {@code less_than_value}) followed by a word, not a number: said against a value the
	 * question names.
	 */
	private final Map<String, Map<Kind, Pattern>> beforeWords = new HashMap<>();

	/** How a figure must compare with the number. */
	enum Kind {

		MORE_THAN, LESS_THAN, EQUAL_TO, IN_RANGE, AT_LEAST, AT_MOST,
		/** The number or above, said after the number ("100 or more"). */
		OR_MORE,
		/** The number or below, said after the number ("10 or fewer"). */
		OR_FEWER,
		/**
		 * Not a count's bound: the fraction of a whole, in percent, that a share question
		 * sets its result against ({@link ShareFractions}).
		 */
		FRACTION,
		/**
		 * Above the figure of a value the question names ("superaron al taller de los
		 * lunes").
		 */
		MORE_THAN_VALUE,
		/**
		 * Below the figure of a value the question names ("fewer people than the Monday
		 * workshop").
		 */
		LESS_THAN_VALUE,
		/**
		 * The figure of a value the question names, that value left out ("the same number
		 * as the Monday workshop").
		 */
		EQUAL_TO_VALUE;

		/** Whether the bound is said against a value the question names, not a number. */
		boolean againstAValue() {
			return this == MORE_THAN_VALUE || this == LESS_THAN_VALUE || this == EQUAL_TO_VALUE;
		}

		/** Whether the phrases come after the number rather than before it. */
		boolean afterTheNumber() {
			return this == OR_MORE || this == OR_FEWER;
		}

		static Kind of(String name) {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * A bound on figures: the values whose figure is above, below or exactly the number;
	 * for a bound {@code ofNamedValue} ("¿cuántos talleres superaron al de los lunes?"),
	 * the number is that value's figure, known only when computing ({@link #at}).
	 */
	record Bound(Kind kind, double number, double upper) {

		/**
		 * Whether the number is still that of a value named, to be set by {@link #at}.
		 */
		boolean ofNamedValue() {
			return kind.againstAValue() && Double.isNaN(number);
		}

		Bound(Kind kind, double number) {
			this(kind, number, number);
		}

		/** This bound at {@code figure}: that of the value it was said against. */
		Bound at(double figure) {
			return new Bound(kind, figure, figure);
		}

		boolean admits(double figure) {
			return switch (kind) {
				case MORE_THAN, MORE_THAN_VALUE -> figure > number;
				case LESS_THAN, LESS_THAN_VALUE -> figure < number;
				case EQUAL_TO, EQUAL_TO_VALUE, FRACTION -> figure == number;
				case AT_LEAST, OR_MORE -> figure >= number;
				case AT_MOST, OR_FEWER -> figure <= number;
				case IN_RANGE -> figure >= Math.min(number, upper) && figure <= Math.max(number, upper);
			};
		}

	}

	/**
	 * A number followed by one of {@code phrases}: a phrase of words after a space ("100
	 * or more"), a sign right after the number ("100+"; "200 + 57" adds up).
	 */
	private static Pattern afterTheNumber(List<String> phrases) {
		List<String> words = phrases.stream().filter(p -> Character.isLetter(p.codePointAt(0))).toList();
		List<String> signs = phrases.stream().filter(p -> !Character.isLetter(p.codePointAt(0))).toList();
		List<String> ways = new ArrayList<>();
		if (!words.isEmpty()) {
			ways.add("\\s+(?:" + Phrases.alternation(words) + ")");
		}
		if (!signs.isEmpty()) {
			ways.add("(?:" + Phrases.alternation(signs) + ")");
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])(\\d+)(?:" + String.join("|", ways) + ")(?![\\p{L}\\p{N}])");
	}

	CountBounds(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Map<Kind, Pattern> byKind = new EnumMap<>(Kind.class);
			pack.phrasing().countBounds().forEach((name, phrases) -> {
				if (!phrases.isEmpty() && !Kind.of(name).againstAValue()) {
					Kind kind = Kind.of(name);
					// Between two numbers, joined by a short word ("y", "and", "et").
					String upper = kind == Kind.IN_RANGE ? "\\s+\\p{L}{1,3}\\s+(?:\\p{L}{1,3}\\s+)?(\\d+)" : "";
					byKind.put(kind,
							kind.afterTheNumber() ? afterTheNumber(phrases)
									: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(phrases)
											+ ")\\s+(?:\\p{L}{1,3}\\s+)?(\\d+)" + upper + "(?![\\p{N}])"));
				}
			});
			patterns.put(language, byKind);
			Map<Kind, Pattern> againstWords = new EnumMap<>(Kind.class);
			pack.phrasing().countBounds().forEach((name, phrases) -> {
				Kind kind = Kind.of(name);
				if (!phrases.isEmpty() && kind.againstAValue()) {
					// Before the value's name, or ending the question:
					// then against the value the conversation is on
					// ("¿y qué otro taller tuvo el mismo número?").
					againstWords.put(kind, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(phrases)
							+ ")(?:\\s+(?![\\p{N}])\\p{L}|\\s*\\p{Punct}*\\s*$)"));
				}
			});
			beforeWords.put(language, againstWords);
		});
	}

	/**
	 * The first bound against a value in {@code folded} (text after a count's phrase), in
	 * {@code language}, as a bound {@link Bound#ofNamedValue}: "superaron al taller de
	 * los lunes" is against the figure of the value named there; empty for none.
	 */
	Optional<Bound> againstAName(String folded, String language) {
		return first(beforeWords.getOrDefault(language, Map.of()), folded,
				(kind, matcher) -> new Bound(kind, Double.NaN, Double.NaN));
	}

	/**
	 * The first bound in {@code folded} (text after a count's phrase), in
	 * {@code language}; empty for none.
	 */
	Optional<Bound> in(String folded, String language) {
		return first(patterns.getOrDefault(language, Map.of()), folded, (kind, matcher) -> {
			double number = Double.parseDouble(matcher.group(1));
			return new Bound(kind, number, matcher.groupCount() > 1 ? Double.parseDouble(matcher.group(2)) : number);
		});
	}

	/**
	 * Whether the characters from {@code start} to {@code end} of {@code folded} lie
	 * within a bound said with a number ("fewer than 20"), in {@code language}: another
	 * operation's phrase there ("fewer than" of a difference) is the bound's.
	 */
	boolean covers(String folded, String language, int start, int end) {
		return patterns.getOrDefault(language, Map.of())
			.values()
			.stream()
			.anyMatch(p -> Phrases.within(p, folded, start, end));
	}

	/** The bound of the pattern that matches first in {@code folded}; empty for none. */
	private static Optional<Bound> first(Map<Kind, Pattern> byKind, String folded,
			BiFunction<Kind, Matcher, Bound> bound) {
		Bound first = null;
		int at = Integer.MAX_VALUE;
		for (Map.Entry<Kind, Pattern> entry : byKind.entrySet()) {
			Matcher matcher = entry.getValue().matcher(folded);
			if (matcher.find() && matcher.start() < at) {
				at = matcher.start();
				first = bound.apply(entry.getKey(), matcher);
			}
		}
		return Optional.ofNullable(first);
	}

}
