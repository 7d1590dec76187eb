package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code {…}} placeholder in an answer: {@code {day.zoom}} (the value the question
 * names), {@code {sum(day.zoom)}}, {@code {max(group.count).label}},
 * {@code {list(group.count)}}, {@code {count(group)}}.
 */
public record Placeholder(String text, Optional<Function> function, String family, Optional<String> attribute,
		Optional<String> resultAttribute) {

	public enum Function {

		SUM, MAX, MIN, LIST, COUNT

	}

	private static final Pattern ANY = Pattern.compile("\\{([^{}]*)}");

	private static final Pattern SELECTED = Pattern.compile("\\s*([a-z_]+)\\.([a-z_]+)\\s*");

	private static final Pattern FUNCTION = Pattern
		.compile("\\s*(sum|max|min|list|count)\\(\\s*([a-z_]+)(?:\\.([a-z_]+))?\\s*\\)(?:\\.([a-z_]+))?\\s*");

	/**
	 * {@code template} with each of its placeholders replaced by a space: the words its
	 * writer wrote, without the names of families and attributes ("{max(group.count)}" is
	 * no word of the answer's language).
	 */
	public static String withoutPlaceholders(String template) {
		return ANY.matcher(template).replaceAll(" ");
	}

	/**
	 * Every placeholder of a template; a malformed one is reported with the text it could
	 * not read.
	 */
	public static List<Placeholder> parse(String template) {
		List<Placeholder> placeholders = new ArrayList<>();
		Matcher any = ANY.matcher(template);
		while (any.find()) {
			placeholders.add(parseOne(any.group(), any.group(1)));
		}
		return placeholders;
	}

	private static Placeholder parseOne(String text, String inside) {
		Matcher selected = SELECTED.matcher(inside);
		if (selected.matches()) {
			return new Placeholder(text, Optional.empty(), selected.group(1), Optional.of(selected.group(2)),
					Optional.empty());
		}
		Matcher function = FUNCTION.matcher(inside);
		if (function.matches()) {
			Function fn = Function.valueOf(function.group(1).toUpperCase(java.util.Locale.ROOT));
			Optional<String> attribute = Optional.ofNullable(function.group(3));
			if (fn != Function.COUNT && attribute.isEmpty()) {
				throw new IllegalArgumentException(text + ": " + function.group(1) + "() needs family.attribute");
			}
			Optional<String> result = Optional.ofNullable(function.group(4));
			if (result.isPresent() && fn != Function.MAX && fn != Function.MIN) {
				throw new IllegalArgumentException(text + ": only max() and min() can be followed by .attribute");
			}
			return new Placeholder(text, Optional.of(fn), function.group(2), attribute, result);
		}
		throw new IllegalArgumentException(text + ": not a placeholder the engine knows (see corpus/README.md)");
	}

	/**
	 * Whether this placeholder reads the value named in the question (rather than the
	 * whole family).
	 */
	public boolean isSelected() {
		return function.isEmpty();
	}
}
