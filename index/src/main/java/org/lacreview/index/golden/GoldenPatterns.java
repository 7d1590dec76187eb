package org.lacreview.index.golden;

import java.util.regex.Matcher;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles golden {@code expect} patterns with RE2/J, whose matching time is linear in
 * the text: a pattern from an upload, such as {@code (a+)+b}, cannot spin the golden run.
 * RE2/J has no backreferences or look-arounds; such patterns are invalid here. Its
 * compiled program grows with nested counted repetitions ({@code ((a{1000}){1000}){1000}}
 * would need gigabytes), so those are bounded before compiling.
 */
final class GoldenPatterns {

	/** Longest pattern, in characters: an expectation is a few words. */
	static final int MAX_LENGTH = 500;

	/**
	 * Largest pattern length × product of its counted repetitions: a conservative bound
	 * of the compiled program's size (sequential repetitions are multiplied as if
	 * nested).
	 */
	static final long MAX_EXPANSION = 100_000;

	private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern
		.compile("\\{(\\d{1,6})(?:,(\\d{0,6}))?\\}");

	private GoldenPatterns() {
	}

	/**
	 * @throws IllegalArgumentException naming the pattern and what is wrong with it
	 */
	static Pattern compile(String regex) {
		if (regex.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"expect pattern longer than " + MAX_LENGTH + " characters: '" + regex.substring(0, 40) + "…'");
		}
		long expansion = Math.max(regex.length(), 1);
		Matcher counted = COUNTED.matcher(regex);
		while (counted.find() && expansion <= MAX_EXPANSION) {
			long max = counted.group(2) == null || counted.group(2).isEmpty() ? Long.parseLong(counted.group(1)) + 1
					: Math.max(Long.parseLong(counted.group(1)), Long.parseLong(counted.group(2)));
			expansion *= Math.max(max, 1);
		}
		if (expansion > MAX_EXPANSION) {
			throw new IllegalArgumentException(
					"expect pattern '" + regex + "' repeats too much: write the text out or use + and *");
		}
		try {
			return Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("expect pattern '" + regex + "' is not valid (" + ex.getDescription()
					+ "; backreferences and look-arounds are not supported)");
		}
	}

}
