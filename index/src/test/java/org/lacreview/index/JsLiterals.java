package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals (quoted and template) and the comments of a JavaScript source file,
 * as written, with their line: where a sentence or a figure would be written. Code
 * (names, numeric constants) and regular expression literals are skipped; a regex is told
 * from a division by what precedes the slash, which is enough for the project's
 * hand-written files.
 */
final class JsLiterals {

	record Literal(String text, int line) {
	}

	/** A slash after one of these (or at the start) opens a regex, not a division. */
	private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";

	private JsLiterals() {
	}

	static List<Literal> of(String source) {
		List<Literal> literals = new ArrayList<>();
		int line = 1;
		int i = 0;
		int n = source.length();
		char previous = ';';
		while (i < n) {
			char c = source.charAt(i);
			int end;
			if (source.startsWith("//", i)) {
				end = source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i);
				literals.add(new Literal(source.substring(i + 2, end), line));
			}
			else if (source.startsWith("/*", i)) {
				end = source.indexOf("*/", i + 2) < 0 ? n : source.indexOf("*/", i + 2) + 2;
				literals.add(new Literal(source.substring(i + 2, Math.max(i + 2, end - 2)), line));
			}
			else if (c == '"' || c == '\'' || c == '`') {
				end = Math.min(n, closing(source, i + 1, c) + 1);
				literals.add(new Literal(source.substring(i + 1, Math.max(i + 1, end - 1)), line));
			}
			else if (c == '/' && (BEFORE_REGEX.indexOf(previous) >= 0 || endsWithKeyword(source, i))) {
				end = Math.min(n, regexEnd(source, i + 1) + 1);
			}
			else {
				if (!Character.isWhitespace(c)) {
					previous = c;
				}
				i++;
				if (c == '\n') {
					line++;
				}
				continue;
			}
			line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
			previous = 'x';
			i = end;
		}
		return literals;
	}

	private static boolean endsWithKeyword(String source, int slash) {
		String before = source.substring(0, slash).stripTrailing();
		return before.endsWith("return") || before.endsWith("typeof") || before.isEmpty();
	}

	/** Where {@code quote} closes a literal, skipping backslash escapes. */
	private static int closing(String source, int from, char quote) {
		int i = from;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				return i;
			}
			else {
				i++;
			}
		}
		return source.length();
	}

	/**
	 * The closing slash of a regex literal: not escaped, not inside a character class.
	 */
	private static int regexEnd(String source, int from) {
		boolean inClass = false;
		int i = from;
		while (i < source.length() && source.charAt(i) != '\n') {
			char c = source.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == '[') {
				inClass = true;
			}
			else if (c == ']') {
				inClass = false;
			}
			else if (c == '/' && !inClass) {
				return i;
			}
			i++;
		}
		return i;
	}

}
