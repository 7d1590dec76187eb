package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, as written (escapes left in), with their
 * line. Comments and character literals are skipped; a text block is one literal.
 */
final class JavaLiterals {

	record Literal(String text, int line) {
	}

	private JavaLiterals() {
	}

	static List<Literal> of(String source) {
		List<Literal> literals = new ArrayList<>();
		int line = 1;
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '\n') {
				line++;
				i++;
			}
			else if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i);
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = end < 0 ? n : end + 2;
				line += count(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = closing(source, i + 3, "\"\"\"");
				literals.add(new Literal(source.substring(i + 3, end), line));
				line += count(source, i, end);
				i = Math.min(n, end + 3);
			}
			else if (c == '"' || c == '\'') {
				int end = closing(source, i + 1, String.valueOf(c));
				if (c == '"') {
					literals.add(new Literal(source.substring(i + 1, end), line));
				}
				i = Math.min(n, end + 1);
			}
			else {
				i++;
			}
		}
		return literals;
	}

	/**
	 * Where {@code quote} closes a literal opened before {@code from}, skipping backslash
	 * escapes.
	 */
	private static int closing(String source, int from, String quote) {
		int i = from;
		while (i < source.length()) {
			if (source.charAt(i) == '\\') {
				i += 2;
			}
			else if (source.startsWith(quote, i)) {
				return i;
			}
			else {
				i++;
			}
		}
		return source.length();
	}

	private static int count(String source, int from, int to) {
		return (int) source.substring(from, Math.min(to, source.length())).chars().filter(ch -> ch == '\n').count();
	}

}
