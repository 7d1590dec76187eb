package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * What fills the {@code computed} sentence of an operation over the figures of one
 * family's values ({@link Figures}): the operands and their result, rounded as
 * {@link Figures#format} does; empty when the values named do not fit the operation. Part
 * of {@link Computations}.
 */
final class FigureFills {

	/** The suffix of a difference's sentence for a value above its family's average. */
	private static final String ABOVE_AVERAGE = "_from_average_above";

	/** The suffix of a difference's sentence for a value below its family's average. */
	private static final String BELOW_AVERAGE = "_from_average_below";

	private FigureFills() {
	}

	/**
	 * What fills a change's sentence ({@code change_fall} or {@code change_rise}) from
	 * {@code from} to {@code to}, in percent of {@code from}: "{result}" is 100 × |to −
	 * from| ÷ from, "{delta}" |to − from|. Empty when {@code from} is not positive.
	 */
	static Optional<Map<String, String>> change(Operands.Operand from, Operands.Operand to, Figures figures) {
		if (from.figure() <= 0) {
			return Optional.empty();
		}
		double delta = Math.abs(to.figure() - from.figure());
		Map<String, String> fill = new HashMap<>();
		fill.put("from", from.label());
		fill.put("to", to.label());
		fill.put("from_value", figures.format(from.figure()));
		fill.put("to_value", figures.format(to.figure()));
		fill.put("delta", figures.format(delta));
		fill.put("result", figures.format(100 * delta / from.figure()));
		fill.put(OperandFills.SENTENCE_SUFFIX, to.figure() < from.figure() ? "_fall" : "_rise");
		return Optional.of(fill);
	}

	/**
	 * What fills the sentence of an operation over figures; empty when the values named
	 * do not fit it.
	 */
	static Optional<Map<String, String>> overFigures(AskedOperation asked, List<EntityValue> named,
			List<EntityValue> all, Figures figures) {
		Map<String, String> fill = new HashMap<>();
		switch (asked.operation()) {
			case DIFFERENCE, RATIO, SUM -> {
				if (asked.fromAverage()) {
					return named.size() == 1 && all.size() >= 2 && all.contains(named.get(0))
							? Optional.of(fromAverage(named.get(0), all, figures)) : Optional.empty();
				}
				if (asked.extremes() && (named.isEmpty() || named.size() > 2)) {
					// Between the ends of the values named, or of all when none is.
					List<Operands.Operand> ends = OperandFills.extremes(named.isEmpty() ? all : named, figures);
					return ends.size() < 2 ? Optional.empty() : OperandFills.fill(asked.operation(), ends, figures);
				}
				if (!asked.firstGroup().isEmpty() && asked.operation() != Operation.SUM) {
					return betweenGroups(asked, named, figures);
				}
				if (asked.operation() == Operation.SUM ? named.size() < 2 : named.size() != 2) {
					return Optional.empty();
				}
				return OperandFills.fill(asked,
						named.stream().map(v -> new Operands.Operand(figures.label(v), figures.of(v))).toList(),
						figures);
			}
			case CHANGE -> {
				List<EntityValue> ordered = new ArrayList<>(named);
				Optional<EntityValue> base = asked.changeBase()
					.flatMap(id -> named.stream().filter(v -> v.id().equals(id)).findFirst());
				if (base.isPresent() && ordered.size() == 2) {
					// "…bigger than the workshops": relative to the value compared with.
					ordered.remove(base.get());
					ordered.add(0, base.get());
				}
				else if (ordered.size() >= 2 && ordered.stream().allMatch(v -> v.order().isPresent())) {
					// From the first to the last: "del 26 al 28" names the three days of
					// the range.
					ordered.sort(Comparator.comparing(v -> v.order().get()));
					ordered = List.of(ordered.get(0), ordered.get(ordered.size() - 1));
				}
				else if (ordered.size() == 2) {
					// "¿cuántos más talleres que charlas? ¿y en porcentaje?": relative to
					// the smaller, or to the larger when asked with a word for fewer.
					Comparator<EntityValue> byFigure = Comparator.comparingDouble(figures::of);
					ordered.sort(asked.fewer() ? byFigure.reversed() : byFigure);
				}
				if (ordered.size() != 2 || figures.of(ordered.get(0)) == figures.of(ordered.get(1))) {
					return Optional.empty();
				}
				return change(new Operands.Operand(figures.label(ordered.get(0)), figures.of(ordered.get(0))),
						new Operands.Operand(figures.label(ordered.get(1)), figures.of(ordered.get(1))), figures);
			}
			case SHARE, COMPLEMENT -> {
				return Shares.fill(asked, named, all, figures);
			}
			case NEXT_ABOVE, NEXT_BELOW -> {
				if (named.size() != 1) {
					return Optional.empty();
				}
				double figure = figures.of(named.get(0));
				boolean above = asked.operation() == Operation.NEXT_ABOVE;
				OptionalDouble next = above ? all.stream().mapToDouble(figures::of).filter(f -> f > figure).min()
						: all.stream().mapToDouble(figures::of).filter(f -> f < figure).max();
				if (next.isEmpty()) {
					return Optional.empty();
				}
				fill.put("named", figures.label(named.get(0)));
				fill.put("named_figure", figures.format(figure));
				// Values tied at the next figure are all next to it.
				fill.put("value", String.join(", ",
						all.stream().filter(v -> figures.of(v) == next.getAsDouble()).map(figures::label).toList()));
				fill.put("value_figure", figures.format(next.getAsDouble()));
			}
			case RANK_MOST, RANK_LEAST -> {
				// Said with a complement, the rank is among the values not named.
				List<EntityValue> pool = asked.excluding() ? all.stream().filter(v -> !named.contains(v)).toList()
						: all;
				if (asked.position() > pool.size() || asked.excluding() && named.isEmpty()) {
					return Optional.empty();
				}
				List<EntityValue> ordered = new ArrayList<>(pool);
				Comparator<EntityValue> byFigure = Comparator.comparingDouble(figures::of);
				ordered.sort(asked.operation() == Operation.RANK_MOST ? byFigure.reversed() : byFigure);
				EntityValue ranked = ordered.get(asked.position() - 1);
				fill.put("position", String.valueOf(asked.position()));
				// Values tied with it hold the same place: each is named.
				fill.put("value",
						String.join(", ",
								ordered.stream()
									.filter(v -> figures.of(v) == figures.of(ranked))
									.map(figures::label)
									.toList()));
				fill.put("value_figure", figures.format(figures.of(ranked)));
				if (asked.excluding()) {
					fill.put("named", String.join(" + ", named.stream().map(figures::label).toList()));
					fill.put(OperandFills.SENTENCE_SUFFIX, ComputedSentences.WITHOUT);
				}
			}
			case POSITION -> {
				if (named.size() != 1 || !all.contains(named.get(0))) {
					return Optional.empty();
				}
				List<EntityValue> ordered = new ArrayList<>(all);
				ordered.sort(Comparator.comparingDouble(figures::of).reversed());
				// Ties share the better place: "10 and 10" are both ninth.
				double figure = figures.of(named.get(0));
				long before = ordered.stream().filter(v -> figures.of(v) > figure).count();
				fill.put("position", String.valueOf(before + 1));
				fill.put("count", String.valueOf(all.size()));
				fill.put("value", figures.label(named.get(0)));
				fill.put("value_figure", figures.format(figure));
			}
			case ORDER_MOST, ORDER_LEAST -> {
				List<EntityValue> ordered = new ArrayList<>(named.size() >= 2 ? named : all);
				Comparator<EntityValue> byFigure = Comparator.comparingDouble(figures::of);
				ordered.sort(asked.operation() == Operation.ORDER_MOST ? byFigure.reversed() : byFigure);
				fill.put("values", figures.listed(ordered, ", "));
			}
			case AVERAGE -> {
				List<EntityValue> range = named.size() >= 2 ? named : all;
				fill.put("values", figures.listed(range, ", "));
				fill.put("sum", figures.format(figures.sum(range)));
				fill.put("count", String.valueOf(range.size()));
				fill.put("result", figures.format(figures.sum(range) / range.size()));
			}
			case MEDIAN -> {
				List<EntityValue> range = new ArrayList<>(named.size() >= 3 ? named : all);
				if (range.isEmpty()) {
					return Optional.empty();
				}
				range.sort(Comparator.comparingDouble(figures::of));
				int middle = range.size() / 2;
				double median = range.size() % 2 == 1 ? figures.of(range.get(middle))
						: (figures.of(range.get(middle - 1)) + figures.of(range.get(middle))) / 2;
				fill.put("values", figures.listed(range, ", "));
				fill.put("count", String.valueOf(range.size()));
				fill.put("result", figures.format(median));
			}
			default -> {
				return Optional.empty();
			}
		}
		return Optional.of(fill);
	}

	/**
	 * A difference or ratio between the sums of two groups of the values named
	 * ({@link AskedOperation#firstGroup}), each group labelled by its values with their
	 * figures ("talleres (12) + charlas (8)"); empty when a group is empty.
	 */
	static Optional<Map<String, String>> betweenGroups(AskedOperation asked, List<EntityValue> named, Figures figures) {
		List<Operands.Operand> first = new ArrayList<>();
		List<Operands.Operand> second = new ArrayList<>();
		for (EntityValue value : named) {
			(asked.firstGroup().contains(value.id()) ? first : second)
				.add(new Operands.Operand(figures.label(value), figures.of(value)));
		}
		if (first.isEmpty() || second.isEmpty()) {
			return Optional.empty();
		}
		return OperandFills.fill(asked, List.of(group(first, figures), group(second, figures)), figures);
	}

	static Operands.Operand group(List<Operands.Operand> members, Figures figures) {
		return members.size() == 1 ? members.get(0) : new Operands.Operand(OperandFills.listed(members, " + ", figures),
				members.stream().mapToDouble(Operands.Operand::figure).sum());
	}

	/**
	 * The difference sentence's values for one value against the average of all of its
	 * family: {@code value}, {@code value_figure}, {@code average_figure} ({@code sum} ÷
	 * {@code count}) and {@code result}, their difference, rounded as an average is;
	 * above or below the average by its sentence's suffix.
	 */
	static Map<String, String> fromAverage(EntityValue value, List<EntityValue> all, Figures figures) {
		double average = figures.sum(all) / all.size();
		double figure = figures.of(value);
		Map<String, String> fill = new HashMap<>();
		fill.put("value", figures.label(value));
		fill.put("value_figure", figures.format(figure));
		fill.put("sum", figures.format(figures.sum(all)));
		fill.put("count", String.valueOf(all.size()));
		fill.put("average_figure", figures.format(average));
		fill.put("result", figures.format(Math.abs(figure - average)));
		fill.put(OperandFills.SENTENCE_SUFFIX, figure >= average ? ABOVE_AVERAGE : BELOW_AVERAGE);
		return fill;
	}

	/**
	 * What fills a count's sentence for the values whose figure the bound admits ("más de
	 * 100", or more than the one value {@code named} for a bound said against it, which
	 * is not counted): how many, and their labels with their figures; empty when the
	 * intent shows no figure for the family, or no value is admitted.
	 */
	static Optional<Map<String, String>> boundedCount(Intent intent, String family, List<EntityValue> all,
			List<EntityValue> named, CountBounds.Bound said, List<String> languages) {
		return Computations.figure(intent, family, all).flatMap(attribute -> {
			Figures figures = new Figures(attribute, languages);
			CountBounds.Bound bound = said.ofNamedValue() ? said.at(figures.of(named.get(0))) : said;
			List<EntityValue> admitted = all.stream()
				.filter(v -> !said.ofNamedValue() || !named.contains(v))
				.filter(v -> bound.admits(figures.of(v)))
				.toList();
			return admitted.isEmpty() ? Optional.empty() : Optional
				.of(Map.of("count", String.valueOf(admitted.size()), "values", figures.listed(admitted, ", ")));
		});
	}

	/**
	 * What fills a count's sentence: how many values the family has, and their labels.
	 */
	static Map<String, String> count(List<EntityValue> all, Figures figures) {
		return Map.of("count", String.valueOf(all.size()), "values",
				String.join(", ", all.stream().map(figures::label).toList()));
	}

}
