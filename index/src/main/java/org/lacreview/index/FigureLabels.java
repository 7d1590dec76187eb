package org.lacreview.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.folding.Folding;

/**
 * How an answer's text labels its numbers: the words after each (at most
 * {@value #LABEL_WORDS}, up to a mark or another number, without short words at the end),
 * the numbers that qualify the figure before them ("45 visitantes de 12 ciudades"), and
 * whether a question names a label by its first word. For {@link QuotedFigures}.
 */
final class FigureLabels {

	/** The most words of the answer after a figure that label it. */
	static final int LABEL_WORDS = 4;

	/** A whole number standing alone (not part of a decimal, a date or a word). */
	static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.,/-])(\\d+)(?![\\p{N}_]|[.,/-]\\d)");

	/** Words after a number, up to a mark or a digit. */
	private static final Pattern WORDS_AFTER = Pattern.compile("[\\s\\p{L}'’]*");

	/**
	 * The fewest letters of a label's first word a question must use to name the figure
	 * without quoting it: shorter words are joiners and articles.
	 */
	static final int LABEL_WORD_LENGTH = 5;

	/** The fewest letters of a singular that names a label's plural word. */
	private static final int SINGULAR_LENGTH = 4;

	/** Words this short at the end of a label are joiners ("de la") and dropped. */
	static final int JOINER_LENGTH = 3;

	private FigureLabels() {
	}

	/**
	 * Whether the question (folded) uses the first word of {@code label}, a word of at
	 * least {@value #LABEL_WORD_LENGTH} letters, or its singular: a word of at least
	 * {@value #SINGULAR_LENGTH} letters that, but for its last letter, starts it ("pais"
	 * of "paises", "country" of "countries").
	 */
	static boolean usesItsLabelWord(String masked, String label) {
		String first = Folding.fold(label.split("\\s+")[0]);
		if (first.length() < LABEL_WORD_LENGTH) {
			return false;
		}
		return Arrays.stream(Folding.fold(masked).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() >= SINGULAR_LENGTH && word.length() <= first.length())
			.anyMatch(word -> first.startsWith(word.substring(0, word.length() - 1)));
	}

	/**
	 * Whether the question (folded) uses the first word of {@code label}, a word of at
	 * least {@value #LABEL_WORD_LENGTH} letters, or a word starting with it.
	 */
	static boolean namesItsLabel(String masked, String label) {
		String first = Folding.fold(label.split("\\s+")[0]);
		return first.length() >= LABEL_WORD_LENGTH
				&& Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(first)).matcher(masked).find();
	}

	/**
	 * Each number of {@code answer} that comes within the label of the number before it,
	 * which it then says something of ("45 visitantes de 12 ciudades": 12 is not a count
	 * of people), with that number.
	 */
	static Map<String, String> qualifiedFigures(String answer) {
		Map<String, String> qualified = new HashMap<>();
		Matcher number = NUMBER.matcher(answer);
		String previous = null;
		int previousEnd = 0;
		while (number.find()) {
			String between = answer.substring(previousEnd, number.start()).strip();
			if (previous != null && WORDS_AFTER.matcher(between).matches()
					&& between.split("\\s+").length <= LABEL_WORDS) {
				qualified.putIfAbsent(number.group(1), previous);
			}
			previous = number.group(1);
			previousEnd = number.end();
		}
		return qualified;
	}

	/** Each number of {@code answer} (the first time it comes) with its label. */
	static Map<String, String> labelledNumbers(String answer) {
		Map<String, String> labels = new LinkedHashMap<>();
		Matcher number = NUMBER.matcher(answer);
		while (number.find()) {
			Matcher after = WORDS_AFTER.matcher(answer).region(number.end(), answer.length());
			after.lookingAt();
			List<String> words = new ArrayList<>(List.of(after.group().strip().split("\\s+")));
			words.removeIf(String::isEmpty);
			words = new ArrayList<>(words.subList(0, Math.min(LABEL_WORDS, words.size())));
			while (!words.isEmpty() && words.get(words.size() - 1).length() <= JOINER_LENGTH) {
				words.remove(words.size() - 1);
			}
			if (!words.isEmpty()) {
				labels.putIfAbsent(number.group(1), String.join(" ", words));
			}
		}
		return labels;
	}

}
