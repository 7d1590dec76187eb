package org.lacreview.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Computations over the figures a question quotes: from the chosen answer's text
 * ({@link QuotedFigures}), or as the figure of a value that has none of its own
 * ({@link QuotedOperands}). Part of {@link Computations}.
 */
final class QuotedComputations {

	/** A number the question writes in digits. */
	private static final Pattern QUOTED_NUMBER = Pattern.compile("\\d");

	/**
	 * Every family's whole: per numeric attribute all its values the document covers
	 * have, their sum ("de un total de 500").
	 */
	private final Set<Double> wholes = new HashSet<>();

	/**
	 * Every corpus language's month names, as whole words: numbers beside them are dates.
	 */
	private final Pattern months;

	private final ComputedSentences sentences;

	/**
	 * Per family, its {@code order_words}, folded: what an average per one of its values
	 * divides by.
	 */
	private final Map<String, Set<String>> nouns = new HashMap<>();

	/**
	 * The numbers that are, by themselves, a name of a value the document covers (a year
	 * written in digits), as whole numbers: a question that writes one names that value,
	 * it quotes no figure ("how many years between" two years is no sum of them), and an
	 * answer's text that gives one gives no count. Null when no value has such a name.
	 */
	private final Pattern namingNumbers;

	QuotedComputations(Corpus corpus, ComputedSentences sentences) {
		this.sentences = sentences;
		corpus.familiesByName()
			.forEach((name, family) -> nouns.put(name,
					family.orderWords().stream().map(Folding::fold).collect(Collectors.toSet())));
		Set<String> naming = new HashSet<>();
		corpus.familiesByName()
			.values()
			.forEach(family -> family.values()
				.stream()
				.filter(EntityValue::inDocument)
				.forEach(v -> v.names()
					.values()
					.forEach(names -> names.stream()
						.map(String::strip)
						.filter(name -> !name.isEmpty() && name.chars().allMatch(Character::isDigit))
						.forEach(naming::add))));
		this.namingNumbers = naming.isEmpty() ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", naming) + ")(?![\\p{L}\\p{N}])");
		corpus.familiesByName().values().forEach(family -> {
			List<EntityValue> covered = family.values().stream().filter(EntityValue::inDocument).toList();
			covered.stream()
				.flatMap(v -> v.attributes().keySet().stream())
				.distinct()
				.filter(a -> covered.size() >= 2
						&& covered.stream().allMatch(v -> v.attributes().get(a) instanceof Number))
				.forEach(a -> wholes.add(new Figures(a, List.of()).sum(covered)));
		});
		List<String> months = new ArrayList<>();
		corpus.languages().values().forEach(pack -> months.addAll(pack.months()));
		Pattern words = Phrases.wholeWords(months);
		this.months = words != null ? words : Pattern.compile("(?!)");
	}

	/**
	 * A sum, difference or ratio over the figures the question quotes from {@code answer}
	 * ({@link QuotedFigures}): "si sumo los 300 expositores y los 45 visitantes" of an
	 * answer giving both in its text. Empty for another operation, when the question
	 * quotes fewer than two of the answer's figures, or other than two for a difference
	 * or ratio. A sum that quotes no number adds the two figures the answer gives, when
	 * it gives exactly two ({@link QuotedFigures#given}). An average divides a quoted
	 * figure by the number that qualifies it in the answer ("45 visitantes de 12
	 * ciudades": 45 ÷ 12 per town, {@link QuotedFigures#perQualifier}). A share that
	 * quotes no number is of the one of the two figures the answer gives that the
	 * question names by a word of its label, over their sum ("¿qué porcentaje de los
	 * participantes eran de la feria?" of "47 representantes de talleres y 20
	 * representantes de la feria": 20 of 67, {@link QuotedFigures#namedBy}).
	 * @param masked the question, its entity mentions masked
	 * @param folded the question, folded, its mentions as written
	 */
	Optional<String> overQuoted(AskedOperation asked, String maskedAsWritten, String folded, String answer,
			List<String> languages) {
		Operation operation = asked.operation();
		String masked = withoutNamingNumbers(maskedAsWritten);
		if (operation == Operation.SHARE) {
			return QUOTED_NUMBER.matcher(masked).find() ? Optional.empty()
					: QuotedFigures.given(withoutNamingNumbers(answer), months)
						.filter(given -> !partAndWhole(given))
						.flatMap(given -> QuotedFigures.namedBy(folded, given)
							.map(part -> shareOfGiven(part, given, new Figures("", languages))))
						.flatMap(fill -> sentences.sentence(operation.key(), fill, languages));
		}
		if (operation == Operation.AVERAGE) {
			// "¿cuántos por país?" divides by the countries the answer counts, not by
			// another qualifier ("47 representantes de 11 entidades").
			Optional<Set<String>> per = asked.perFamily().map(f -> nouns.getOrDefault(f, Set.of()));
			return QuotedFigures.perQualifier(masked, answer)
				.filter(operands -> operands.get(1).figure() > 0)
				.filter(operands -> per
					.map(words -> Arrays.stream(Folding.fold(operands.get(1).label()).split("[^\\p{L}]+"))
						.anyMatch(words::contains))
					.orElse(true))
				.flatMap(operands -> sentences.sentence(operation.key(),
						perQualifier(operands, new Figures("", languages)), languages));
		}
		if (operation != Operation.DIFFERENCE && operation != Operation.RATIO && operation != Operation.SUM) {
			return Optional.empty();
		}
		// "than the people from the 9 towns": a number quoted within an operand's name.
		boolean qualifierInName = QuotedFigures.quotesOnlyQualifiersOfNamed(masked, answer);
		return QuotedFigures.in(masked, answer)
			.or(() -> (qualifierInName || !QUOTED_NUMBER.matcher(masked).find())
					&& (operation == Operation.SUM || operation == Operation.DIFFERENCE
							&& (qualifierInName || !QuotedFigures.namesAQualifier(masked, answer)))
									? QuotedFigures.given(withoutNamingNumbers(answer), months)
										.filter(given -> !partAndWhole(given))
										.filter(given -> operation == Operation.SUM
												|| QuotedFigures.namesALabel(masked, given))
									: Optional.empty())
			.filter(operands -> operation == Operation.SUM || operands.size() == 2)
			.flatMap(operands -> OperandFills.fill(operation, operands, new Figures("", languages)))
			.flatMap(fill -> sentences.sentence(operation.key(), fill, languages));
	}

	/**
	 * A difference, ratio or sum over the values named when some take their figure from
	 * the question ({@link QuotedOperands}: "¿cuántos más en los talleres que en la feria
	 * (los 120)?"); empty for another operation, or when no value does.
	 * @param masked the question, its entity mentions masked
	 */
	Optional<String> overQuotedOperands(AskedOperation asked, Map<String, List<EntityValue>> selected,
			String maskedAsWritten, List<String> languages) {
		Operation operation = asked.operation();
		String masked = withoutNamingNumbers(maskedAsWritten);
		if (operation != Operation.DIFFERENCE && operation != Operation.RATIO && operation != Operation.SUM) {
			return Optional.empty();
		}
		Figures figures = new Figures("", languages);
		return QuotedOperands.of(selected, masked, figures)
			.filter(operands -> operation == Operation.SUM || operands.size() == 2)
			.flatMap(operands -> OperandFills.fill(operation, operands, figures))
			.flatMap(fill -> sentences.sentence(operation.key(), fill, languages));
	}

	/**
	 * Whether one of the two figures an answer gives is the whole of a family ("7
	 * participantes, de un total de 500"): the other is part of it, and the two are never
	 * added up, nor one taken as a share of their sum.
	 */
	private boolean partAndWhole(List<Operands.Operand> given) {
		return given.stream().anyMatch(o -> wholes.contains(o.figure()));
	}

	/**
	 * The share sentence's values for {@code part} over the sum of {@code given}.
	 */
	private static Map<String, String> shareOfGiven(Operands.Operand part, List<Operands.Operand> given,
			Figures figures) {
		double total = given.stream().mapToDouble(Operands.Operand::figure).sum();
		return Map.of("named", part.label(), "named_value", figures.format(part.figure()), "total",
				figures.format(total), "result", figures.format(100 * part.figure() / total));
	}

	/**
	 * The average sentence's values for a figure per the number that qualifies it: 45
	 * visitors of 12 towns make 45 ÷ 12 per town.
	 */
	private static Map<String, String> perQualifier(List<Operands.Operand> operands, Figures figures) {
		Operands.Operand figure = operands.get(0);
		Operands.Operand per = operands.get(1);
		return Map.of("result", figures.format(figure.figure() / per.figure()), "sum", figures.format(figure.figure()),
				"count", figures.format(per.figure()), "values", figures.format(figure.figure()) + " " + figure.label()
						+ ", " + figures.format(per.figure()) + " " + per.label());
	}

	/** {@code masked} without the numbers that name a value ({@link #namingNumbers}). */
	private String withoutNamingNumbers(String masked) {
		return namingNumbers == null ? masked : namingNumbers.matcher(masked).replaceAll(" ");
	}

}
