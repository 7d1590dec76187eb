package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.EntityValue;

/**
 * What fills the sentence of a computation over its operands ({@link Operands.Operand}):
 * the values listed with their figures, the larger and the smaller, the result formatted
 * per language ({@link Figures}), and the suffix of the sentence's key when the figures
 * are equal or the first named had fewer. The sentences themselves are the corpus's
 * ({@code computed.*} in {@code messages.yml}).
 */
final class OperandFills {

	private OperandFills() {
	}

	/** The decimals a ratio is given to (its messages say so). */
	static final int RATIO_DECIMALS = 2;

	/**
	 * The entry of a fill that names the suffix of the sentence's key
	 * ({@code difference_equal}, {@code change_fall}); not a placeholder.
	 */
	static final String SENTENCE_SUFFIX = "sentence_suffix";

	/** The suffix of the sentence said when every figure compared is the same. */
	static final String EQUAL = "_equal";

	/**
	 * The suffix of a difference's sentence that says the first value named had fewer
	 * ({@code difference_first_fewer}).
	 */
	static final String FEWER = "_first_fewer";

	/**
	 * What fills the sentence of {@code asked}'s operation over {@code operands} (in the
	 * order named), as {@link #fill(Operation, List, Figures)}; for a difference of two
	 * asked as whether the first had fewer ({@link AskedOperation#fewer}) when it did,
	 * the {@value #FEWER} sentence's: "los talleres tuvieron menos", as asked, rather
	 * than "las charlas tuvieron más".
	 */
	static Optional<Map<String, String>> fill(AskedOperation asked, List<Operands.Operand> operands, Figures figures) {
		Optional<Map<String, String>> fill = fill(asked.operation(), operands, figures);
		if (asked.fewer() && asked.operation() == Operation.DIFFERENCE && operands.size() == 2
				&& operands.get(0).figure() < operands.get(1).figure()) {
			fill.ifPresent(f -> f.putIfAbsent(SENTENCE_SUFFIX, FEWER));
		}
		return fill;
	}

	/**
	 * The largest and the smallest of {@code values} by their figure, as two operands;
	 * the values tied at either end are one operand, their labels joined. Empty for fewer
	 * than two values.
	 */
	static List<Operands.Operand> extremes(List<EntityValue> values, Figures figures) {
		if (values.size() < 2) {
			return List.of();
		}
		double most = values.stream().mapToDouble(figures::of).max().orElseThrow();
		double least = values.stream().mapToDouble(figures::of).min().orElseThrow();
		return List.of(tiedAt(values, most, figures), tiedAt(values, least, figures));
	}

	private static Operands.Operand tiedAt(List<EntityValue> values, double figure, Figures figures) {
		return new Operands.Operand(
				String.join(", ", values.stream().filter(v -> figures.of(v) == figure).map(figures::label).toList()),
				figure);
	}

	/** "first (82) + second (93)": each operand's label and figure. */
	static String listed(List<Operands.Operand> operands, String separator, Figures figures) {
		return String.join(separator,
				operands.stream().map(o -> o.label() + " (" + figures.format(o.figure()) + ")").toList());
	}

	/**
	 * What fills a difference's or ratio's sentence (two operands, the larger first; when
	 * every operand has the same figure, the {@value #EQUAL} sentence's, with the labels
	 * but the last as {@code larger}) or a sum's; empty when two different figures are
	 * compared and the smaller is not positive, or two of three are equal.
	 */
	static Optional<Map<String, String>> fill(Operation operation, List<Operands.Operand> operands, Figures figures) {
		Map<String, String> fill = new HashMap<>();
		List<Operands.Operand> ordered = new ArrayList<>(operands);
		if (operation == Operation.SUM) {
			fill.put("values", listed(ordered, " + ", figures));
			fill.put("result", figures.format(ordered.stream().mapToDouble(Operands.Operand::figure).sum()));
		}
		else {
			ordered.sort(Comparator.comparingDouble(Operands.Operand::figure).reversed());
			double larger = ordered.get(0).figure();
			double smaller = ordered.get(1).figure();
			if (ordered.stream().allMatch(o -> o.figure() == larger)) {
				// A tie has no larger: "«A» y «B» tuvieron lo mismo", never "«A, B» tuvo
				// más".
				List<String> labels = ordered.stream().map(Operands.Operand::label).toList();
				fill.put("larger", String.join(", ", labels.subList(0, labels.size() - 1)));
				fill.put("smaller", labels.get(labels.size() - 1));
				fill.put(SENTENCE_SUFFIX, EQUAL);
			}
			else if (larger == smaller || smaller <= 0) {
				return Optional.empty();
			}
			else {
				fill.put("larger", ordered.get(0).label());
				fill.put("smaller", ordered.get(1).label());
			}
			fill.put("larger_value", figures.format(larger));
			fill.put("smaller_value", figures.format(smaller));
			// A ratio to two decimals: near 1, one decimal is too coarse ("1,7 veces" for
			// 40 ÷ 24 = 1,67).
			fill.put("result", operation == Operation.RATIO ? figures.format(larger / smaller, RATIO_DECIMALS)
					: figures.format(larger - smaller));
		}
		return Optional.of(fill);
	}

}
