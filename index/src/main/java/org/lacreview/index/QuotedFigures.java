package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a question quotes from the answer it gets, as operands: "si sumo los 200
 * representantes y las 57 personas, ¿cuántos da?" of an answer that gives "200
 * representantes … y 57 personas de 21 países". For figures the corpus gives only inside
 * a text, not as attributes a computation can name. Every number the question quotes must
 * be one of the answer's, at least two of them; each is labelled by the words after it in
 * the answer (at most {@value #LABEL_WORDS}, up to a mark or another number, without
 * short words at the end).
 */
final class QuotedFigures {

	/** The most words of the answer after a figure that label it. */
	static final int LABEL_WORDS = 4;

	/** A whole number standing alone (not part of a decimal, a date or a word). */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.,/-])(\\d+)(?![\\p{N}_]|[.,/-]\\d)");

	/** Words after a number, up to a mark or a digit. */
	private static final Pattern WORDS_AFTER = Pattern.compile("[\\s\\p{L}'’]*");

	/** Words this short at the end of a label are joiners ("de la") and dropped. */
	private static final int JOINER_LENGTH = 3;

	private QuotedFigures() {
	}

	/**
	 * The operands the question quotes from {@code answer}, in the order quoted; empty
	 * when it quotes fewer than two numbers or one the answer does not give.
	 * @param masked the question with its entity mentions (dates among them) masked
	 * @param answer the answer's text in the reply's language
	 */
	static Optional<List<Operands.Operand>> in(String masked, String answer) {
		Set<String> quoted = new LinkedHashSet<>();
		Matcher number = NUMBER.matcher(masked);
		while (number.find()) {
			quoted.add(number.group(1));
		}
		if (quoted.size() < 2) {
			return Optional.empty();
		}
		Map<String, String> labels = labelledNumbers(answer);
		if (!labels.keySet().containsAll(quoted)) {
			return Optional.empty();
		}
		List<Operands.Operand> operands = new ArrayList<>();
		for (String figure : quoted) {
			if (!qualifiesAnother(figure, quoted, answer)) {
				operands.add(new Operands.Operand(labels.get(figure), Double.parseDouble(figure)));
			}
		}
		return Optional.of(operands).filter(o -> o.size() >= 2);
	}

	/**
	 * Whether {@code figure} comes in the answer within the label of another figure the
	 * question quotes, so that it says something of that one ("57 personas de 21 países":
	 * 21 is not a count of people to add).
	 */
	private static boolean qualifiesAnother(String figure, Set<String> quoted, String answer) {
		Matcher number = NUMBER.matcher(answer);
		String previous = null;
		int previousEnd = 0;
		while (number.find()) {
			if (number.group(1).equals(figure)) {
				String between = answer.substring(previousEnd, number.start()).strip();
				return previous != null && quoted.contains(previous) && WORDS_AFTER.matcher(between).matches()
						&& between.split("\\s+").length <= LABEL_WORDS;
			}
			previous = number.group(1);
			previousEnd = number.end();
		}
		return false;
	}

	/** Each number of {@code answer} (the first time it comes) with its label. */
	private static Map<String, String> labelledNumbers(String answer) {
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
