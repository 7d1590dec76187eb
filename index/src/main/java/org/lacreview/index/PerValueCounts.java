package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * What fills a computation's sentence when its figures are how many values of one family
 * each value named has ({@link AskedOperation#perValue}, {@link PerValueCounting}): "el
 * lunes (3) + el martes (2)" for a sum, the larger against the smaller for a difference
 * or ratio ({@link OperandFills#fill}), the counts over how many values for an average,
 * one value's count over all the counted family's values for a share, and the value at a
 * rank's position. Part of the composition stage.
 */
final class PerValueCounts {

	private PerValueCounts() {
	}

	/**
	 * The fill for {@code asked}'s operation over the counts of {@code counted}'s values
	 * belonging to each value ({@link PerValueCounting#belonging}); empty when a value
	 * named has none (the document gives no count of it), for any other operation, or
	 * when the values named do not fit it: two or more for a sum or average, two for a
	 * difference or ratio, one for a share. A rank is among the values named when two or
	 * more are, else among {@code all}.
	 * @param named the values named, all of one family other than {@code counted}
	 * @param all the values of that family
	 * @param figures how numbers and labels are written in the reply's language
	 */
	static Optional<Map<String, String>> fill(AskedOperation asked, EntityFamily counted, List<EntityValue> named,
			List<EntityValue> all, Figures figures) {
		Operation operation = asked.operation();
		if (operation.isRank()) {
			return rank(asked, counted, named.size() >= 2 ? named : all, figures);
		}
		List<Operands.Operand> operands = operands(counted, named, figures);
		if (operands.isEmpty() || operands.stream().anyMatch(o -> o.figure() == 0)) {
			return Optional.empty();
		}
		double sum = operands.stream().mapToDouble(Operands.Operand::figure).sum();
		switch (operation) {
			case SUM:
				return operands.size() >= 2 ? OperandFills.fill(operation, operands, figures) : Optional.empty();
			case DIFFERENCE, RATIO:
				return operands.size() == 2 ? OperandFills.fill(asked, operands, figures) : Optional.empty();
			case AVERAGE: {
				if (operands.size() < 2) {
					return Optional.empty();
				}
				Map<String, String> fill = new HashMap<>();
				fill.put("values", OperandFills.listed(operands, ", ", figures));
				fill.put("sum", figures.format(sum));
				fill.put("count", String.valueOf(operands.size()));
				fill.put("result", figures.format(sum / operands.size()));
				return Optional.of(fill);
			}
			case SHARE: {
				long total = counted.values().stream().filter(EntityValue::inDocument).count();
				if (operands.size() != 1 || total == 0) {
					return Optional.empty();
				}
				return Optional.of(Map.of("named", operands.get(0).label(), "named_value", figures.format(sum), "total",
						String.valueOf(total), "result", figures.format(100 * sum / total)));
			}
			default:
				return Optional.empty();
		}
	}

	/**
	 * The rank's fill over the values of {@code pool} that have any of the counted (a day
	 * with no workshop is no day of fewest workshops): the value at the position asked,
	 * with those tied with it.
	 */
	private static Optional<Map<String, String>> rank(AskedOperation asked, EntityFamily counted,
			List<EntityValue> pool, Figures figures) {
		List<Operands.Operand> ordered = new ArrayList<>(
				operands(counted, pool, figures).stream().filter(o -> o.figure() > 0).toList());
		if (ordered.size() < 2 || asked.position() < 1 || asked.position() > ordered.size() || asked.excluding()) {
			return Optional.empty();
		}
		Comparator<Operands.Operand> byCount = Comparator.comparingDouble(Operands.Operand::figure);
		ordered.sort(asked.operation() == Operation.RANK_MOST ? byCount.reversed() : byCount);
		double at = ordered.get(asked.position() - 1).figure();
		return Optional.of(Map.of("position", String.valueOf(asked.position()), "value",
				String.join(", ", ordered.stream().filter(o -> o.figure() == at).map(Operands.Operand::label).toList()),
				"value_figure", figures.format(at)));
	}

	private static List<Operands.Operand> operands(EntityFamily counted, List<EntityValue> values, Figures figures) {
		return values.stream()
			.filter(EntityValue::inDocument)
			.map(v -> new Operands.Operand(figures.label(v), PerValueCounting.belonging(counted, v).size()))
			.toList();
	}

}
