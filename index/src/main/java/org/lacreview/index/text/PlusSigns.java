package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a plus sign between words joins two questions rather than two operands of a sum:
 * "la fecha del taller + cuántos fueron" (a question word after it), or "el link de la
 * cepal + el nombre de la red" (at least {@value #MIN_PLUS_PART_WORDS} words on each
 * side). Part of {@link QuestionSplitter}; works on folded text.
 */
final class PlusSigns {

	/** A plus sign between words, with spaces around it. */
	private static final Pattern PLUS = Pattern.compile("\\s+\\+\\s+(?=\\p{L})");

	/** The fewest words on each side of a plus sign for it to join two questions. */
	private static final int MIN_PLUS_PART_WORDS = 3;

	private final Pattern questionWord;

	private final int minPartWords;

	/**
	 * @param questionWord the language's question words as whole words, folded
	 * @param minPartWords the fewest words of a question before a plus sign that a
	 * question word follows
	 */
	PlusSigns(Pattern questionWord, int minPartWords) {
		this.questionWord = questionWord;
		this.minPartWords = minPartWords;
	}

	/**
	 * {@code parts} split at a plus sign that a question word follows: "la fecha del
	 * taller + cuántos fueron" asks two things, although a count is a computation.
	 */
	List<String> beforeQuestion(List<String> parts) {
		List<String> split = new ArrayList<>();
		for (String part : parts) {
			int start = 0;
			Matcher plus = PLUS.matcher(part);
			while (plus.find()) {
				if (questionWord.matcher(part).region(plus.end(), part.length()).lookingAt()
						&& QuestionSplitter.words(part.substring(start, plus.start())) >= minPartWords) {
					split.add(part.substring(start, plus.start()));
					start = plus.end();
				}
			}
			split.add(part.substring(start));
		}
		return split;
	}

	/**
	 * {@code parts} split at a plus sign between words with at least
	 * {@value #MIN_PLUS_PART_WORDS} words on each side ("el link de la cepal + el nombre
	 * de la red"); a plus between figures or single values ("la escuela + el taller") is
	 * a sum. Not called for a message asking a computation, where every plus is one.
	 */
	static List<String> joined(List<String> parts) {
		List<String> split = new ArrayList<>();
		for (String part : parts) {
			String[] sides = PLUS.split(part);
			if (sides.length > 1
					&& Arrays.stream(sides).allMatch(side -> QuestionSplitter.words(side) >= MIN_PLUS_PART_WORDS)) {
				split.addAll(Arrays.asList(sides));
			}
			else {
				split.add(part);
			}
		}
		return split;
	}

}
