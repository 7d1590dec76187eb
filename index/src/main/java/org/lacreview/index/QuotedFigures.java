package org.lacreview.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.folding.Folding;

/**
 * The figures a question quotes from the answer it gets, as operands: "si sumo los 300
 * expositores y los 45 visitantes, ¿cuántos da?" of an answer that gives "300 expositores
 * … y 45 visitantes de 12 ciudades". For figures the corpus gives only inside a text, not
 * as attributes a computation can name. Every number the question quotes must be one of
 * the answer's, at least two of them; each is labelled by the words after it in the
 * answer (at most {@value FigureLabels#LABEL_WORDS}, up to a mark or another number,
 * without short words at the end).
 */
final class QuotedFigures {

	/** A whole figure as a sentence writes it, with or without thousands separators. */
	private static final Pattern WRITTEN_FIGURE = Pattern
		.compile("(?<![\\p{L}\\p{N}])\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?!\\p{N})|(?<![\\p{L}\\p{N}])\\d+");

	/**
	 * How far, as a share of the larger, a number quoted may be from a figure and still
	 * say it roughly ("más de 1.200" of 1.204).
	 */
	static final double NEAR_SHARE = 0.02;

	/** How many words on either side of a number a month name makes it part of a date. */
	static final int DATE_WORDS = 2;

	private QuotedFigures() {
	}

	/**
	 * The operands the question quotes from {@code answer}, in the order quoted; empty
	 * when it quotes fewer than two numbers or one the answer does not give. A number
	 * that in the answer only qualifies a figure the question does not quote stands for
	 * that figure ("los visitantes de 12 ciudades" is the 45 visitors); and when one
	 * figure is left, a figure of the answer whose label's first word the question uses
	 * joins it ("how many more exhibitors than the 45 visitors from 12 towns?" sets the
	 * 300 exhibitors against the 45).
	 * @param masked the question with its entity mentions (dates among them) masked
	 * @param answer the answer's text in the reply's language
	 */
	static Optional<List<Operands.Operand>> in(String masked, String answer) {
		Set<String> quoted = quotedNumbers(masked);
		if (quoted.size() < 2) {
			return Optional.empty();
		}
		Map<String, String> labels = FigureLabels.labelledNumbers(answer);
		if (!labels.keySet().containsAll(quoted)) {
			return Optional.empty();
		}
		Map<String, String> qualified = FigureLabels.qualifiedFigures(answer);
		Set<String> figures = new LinkedHashSet<>();
		for (String figure : quoted) {
			String before = qualified.get(figure);
			if (before == null) {
				figures.add(figure);
			}
			else if (!quoted.contains(before)) {
				figures.add(before);
			}
		}
		if (figures.size() == 1) {
			labels.entrySet()
				.stream()
				.filter(e -> !figures.contains(e.getKey()) && !qualified.containsKey(e.getKey())
						&& FigureLabels.namesItsLabel(masked, e.getValue()))
				.findFirst()
				.ifPresent(e -> figures.add(e.getKey()));
		}
		List<Operands.Operand> operands = figures.stream()
			.filter(labels::containsKey)
			.map(figure -> new Operands.Operand(labels.get(figure), Double.parseDouble(figure)))
			.toList();
		return Optional.of(operands).filter(o -> o.size() >= 2);
	}

	/**
	 * Whether {@code computed}, a sentence computed over the figures of the values named,
	 * leaves out a number the question quotes: "120 + 80 = 200" for a question that adds
	 * "los 120, los 80 y los 15", or "80 − 15" for one that sets the fair against "los
	 * 9".
	 * @param masked the question with its entity mentions (dates among them) masked
	 * @param computed the computed sentence, its figures written with or without a
	 * thousands separator
	 */
	static boolean leavesOut(String masked, String computed) {
		Set<Long> given = written(computed);
		return quotedNumbers(masked).stream().map(Long::parseLong).anyMatch(n -> !given.contains(n));
	}

	/**
	 * The numbers the question quotes that {@code computed} leaves out, each not within
	 * {@value #NEAR_SHARE} of any figure it gives: the 640 of "¿qué porcentaje de los
	 * 640…?" answered over 1.204, where "los más de 1.200" says the 1.204 roughly.
	 * Arguments as for {@link #leavesOut}.
	 */
	static List<Long> leftOutFar(String masked, String computed) {
		Set<Long> given = written(computed);
		return quotedNumbers(masked).stream()
			.map(Long::parseLong)
			.filter(n -> given.stream().noneMatch(g -> Math.abs(g - n) <= NEAR_SHARE * Math.max(g, n)))
			.toList();
	}

	/** The whole figures {@code computed} writes. */
	private static Set<Long> written(String computed) {
		Set<Long> given = new HashSet<>();
		Matcher matcher = WRITTEN_FIGURE.matcher(computed);
		while (matcher.find()) {
			given.add(Long.parseLong(matcher.group().replaceAll("\\D", "")));
		}
		return given;
	}

	/**
	 * "¿cuántos visitantes por ciudad en promedio (los 45 de 12 ciudades)?": a figure the
	 * question quotes from {@code answer} and the number that says something of it there
	 * ("45 visitantes de 12 ciudades"), the figure first; what an average per that number
	 * divides. A question that quotes no number names the qualifying number by its
	 * label's first word, in the singular or the plural ("¿cuántas personas por país en
	 * promedio?"), when one qualifier's label is so named. Empty when the question quotes
	 * no such figure, or quotes a number of the answer that is neither of the two.
	 * @param masked the question with its entity mentions masked
	 * @param answer the answer's text in the reply's language
	 */
	static Optional<List<Operands.Operand>> perQualifier(String masked, String answer) {
		Set<String> quoted = quotedNumbers(masked);
		Map<String, String> labels = FigureLabels.labelledNumbers(answer);
		Map<String, String> qualified = FigureLabels.qualifiedFigures(answer);
		List<Map.Entry<String, String>> named = qualified.entrySet()
			.stream()
			.filter(e -> quoted.isEmpty() && labels.containsKey(e.getKey())
					&& FigureLabels.usesItsLabelWord(masked, labels.get(e.getKey())))
			.toList();
		return qualified.entrySet()
			.stream()
			.filter(e -> quoted.isEmpty() ? named.size() == 1 && named.contains(e)
					: quoted.contains(e.getValue()) && Set.of(e.getKey(), e.getValue()).containsAll(quoted))
			.filter(e -> labels.containsKey(e.getKey()) && labels.containsKey(e.getValue()))
			.findFirst()
			.map(e -> List.of(new Operands.Operand(labels.get(e.getValue()), Double.parseDouble(e.getValue())),
					new Operands.Operand(labels.get(e.getKey()), Double.parseDouble(e.getKey()))));
	}

	/** The numbers {@code masked} quotes, in order, each once. */
	private static Set<String> quotedNumbers(String masked) {
		Set<String> quoted = new LinkedHashSet<>();
		Matcher number = FigureLabels.NUMBER.matcher(masked);
		while (number.find()) {
			quoted.add(number.group(1));
		}
		return quoted;
	}

	/**
	 * "Combien de personnes en tout si on additionne les deux chiffres donnés ?": the two
	 * figures of {@code answer} that count something, when it gives exactly two: each
	 * followed at once by a word of more than {@value FigureLabels#JOINER_LENGTH}
	 * letters, not within {@value #DATE_WORDS} words of a word of {@code dates} (a day or
	 * a year), and not saying something of the figure before it ("45 visitantes de 12
	 * ciudades").
	 * @param dates the month names of the corpus's languages, as whole words
	 */
	static Optional<List<Operands.Operand>> given(String answer, Pattern dates) {
		Map<String, String> qualified = FigureLabels.qualifiedFigures(answer);
		Map<String, String> labels = FigureLabels.labelledNumbers(answer);
		List<Operands.Operand> counts = new ArrayList<>();
		Matcher number = FigureLabels.NUMBER.matcher(answer);
		while (number.find()) {
			String figure = number.group(1);
			String label = labels.get(figure);
			String around = Folding.fold(wordsAround(answer, number.start(), number.end()));
			if (label != null && !qualified.containsKey(figure)
					&& label.split("\\s+")[0].length() > FigureLabels.JOINER_LENGTH && !dates.matcher(around).find()) {
				counts.add(new Operands.Operand(label, Double.parseDouble(figure)));
			}
		}
		return Optional.of(counts).filter(c -> c.size() == 2);
	}

	/**
	 * The one of {@code given} the question (folded, its names as written) names by a
	 * word of its label of at least {@value FigureLabels#LABEL_WORD_LENGTH} letters that
	 * no other's label has ("agencias" of "20 representantes de agencias" beside "47
	 * representantes de"); empty when it names none or several.
	 */
	static Optional<Operands.Operand> namedBy(String folded, List<Operands.Operand> given) {
		Set<String> asked = new HashSet<>(List.of(Folding.fold(folded).split("[^\\p{L}\\p{N}]+")));
		List<Operands.Operand> named = given.stream().filter(operand -> {
			Set<String> others = new HashSet<>();
			given.stream()
				.filter(other -> other != operand)
				.forEach(other -> others.addAll(List.of(Folding.fold(other.label()).split("\\s+"))));
			return Arrays.stream(Folding.fold(operand.label()).split("\\s+"))
				.anyMatch(word -> word.length() >= FigureLabels.LABEL_WORD_LENGTH && !others.contains(word)
						&& asked.contains(word));
		}).toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/**
	 * Whether the question (folded, masked) names the label of a number that in
	 * {@code answer} says something of the figure before it ("entidades" of "47
	 * representantes de 11 entidades"): then a difference may be between those two, not
	 * between the answer's two counts ({@link #given}).
	 */
	static boolean namesAQualifier(String masked, String answer) {
		Map<String, String> labels = FigureLabels.labelledNumbers(answer);
		return FigureLabels.qualifiedFigures(answer)
			.keySet()
			.stream()
			.anyMatch(figure -> labels.containsKey(figure) && FigureLabels.namesItsLabel(masked, labels.get(figure)));
	}

	/**
	 * Whether every number the question (folded, masked) quotes says something of a
	 * figure of {@code answer} whose label the question writes within
	 * {@value FigureLabels#LABEL_WORDS} words before it: "people from the 9 towns" of "35
	 * people from 9 towns" names the 35 by the number of towns, which is then no operand
	 * of its own.
	 */
	static boolean quotesOnlyQualifiersOfNamed(String masked, String answer) {
		Set<String> quoted = quotedNumbers(masked);
		Map<String, String> qualified = FigureLabels.qualifiedFigures(answer);
		Map<String, String> labels = FigureLabels.labelledNumbers(answer);
		return !quoted.isEmpty() && quoted.stream().allMatch(number -> {
			String figure = qualified.get(number);
			Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}_.,/-])" + number + "(?![\\p{N}_]|[.,/-]\\d)")
				.matcher(masked);
			if (figure == null || !labels.containsKey(figure) || !at.find()) {
				return false;
			}
			List<String> before = List.of(masked.substring(0, at.start()).strip().split("[^\\p{L}\\p{N}]+"));
			// The answer's words from the figure to the number ("people from").
			Matcher said = Pattern
				.compile("(?<![\\p{L}\\p{N}])" + figure + "\\s+([\\p{L}'’\\s]*?)\\s*" + number + "(?!\\p{N})")
				.matcher(answer);
			if (!said.find()) {
				return false;
			}
			List<String> label = List.of(Folding.fold(said.group(1)).split("[^\\p{L}\\p{N}]+"));
			int named = before.lastIndexOf(label.get(0));
			if (named < 0 || named < before.size() - FigureLabels.LABEL_WORDS) {
				return false;
			}
			// Between the label and the number, the answer's own words there and one
			// short word at most ("from the"): "more representatives than the 9"
			// compares.
			List<String> others = before.subList(named + 1, before.size())
				.stream()
				.filter(word -> !label.contains(word))
				.toList();
			return others.size() <= 1 && others.stream().allMatch(word -> word.length() <= FigureLabels.JOINER_LENGTH);
		});
	}

	/**
	 * Whether the question (folded, masked) names what one of {@code operands} counts, by
	 * the first word of its label ({@link FigureLabels#namesItsLabel}).
	 */
	static boolean namesALabel(String masked, List<Operands.Operand> operands) {
		return operands.stream().anyMatch(operand -> FigureLabels.namesItsLabel(masked, operand.label()));
	}

	/**
	 * The number at {@code start}–{@code end} of {@code text} with the
	 * {@value #DATE_WORDS} words on either side of it.
	 */
	private static String wordsAround(String text, int start, int end) {
		List<String> before = List.of(text.substring(0, start).strip().split("\\s+"));
		List<String> after = List.of(text.substring(end).strip().split("\\s+"));
		return String.join(" ", before.subList(Math.max(0, before.size() - DATE_WORDS), before.size())) + " "
				+ text.substring(start, end) + " "
				+ String.join(" ", after.subList(0, Math.min(after.size(), DATE_WORDS)));
	}

}
