package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * The figures a question compares when they are not those of one intent's slot: "¿hubo
 * más personas por YouTube o por Zoom el 26?" compares YouTube's one figure with the
 * 26th's figure for Zoom. Each value the question names gives one operand: the attribute
 * named after another value it names (the day's {@code zoom} when Zoom is named, which
 * then gives none of its own), else its only numeric attribute. A value that gives none,
 * or has several and nothing says which, means the question cannot be computed this way.
 * A date names the values of every dated family it falls in; only the narrowest of them
 * (the day, not the three-day meeting that contains it) is an operand.
 */
final class Operands {

	private Operands() {
	}

	/**
	 * One figure to compute with: what it is the figure of, the figure, whether it is a
	 * family's whole ({@link FamilyWholes}), and the ids of the values it was read from
	 * (a day's Zoom figure: the day's and Zoom's), none when it was not read from values.
	 */
	record Operand(String label, double figure, boolean whole, Set<String> sources) {

		Operand {
			sources = Set.copyOf(sources);
		}

		Operand(String label, double figure, boolean whole) {
			this(label, figure, whole, Set.of());
		}

		Operand(String label, double figure) {
			this(label, figure, false);
		}

	}

	/**
	 * The operands of the values named, in the order named; empty when one of them gives
	 * no single figure, or there are fewer than two.
	 * @param selected the values the question names, by family
	 * @param languages the reply's language, then those to fall back to for labels
	 * @param texts the figures values' texts give other values: a value named with
	 * another whose text gives its figure has that figure
	 * @param whole the family whose whole the question names ({@link FamilyWholes}): with
	 * one value of another family named, the sum of its values' one figure is the second
	 * operand
	 */
	static Optional<List<Operand>> of(Map<String, List<EntityValue>> selected, List<String> languages,
			FiguresInTexts texts, Optional<EntityFamily> whole) {
		List<EntityValue> named = new ArrayList<>();
		selected.values().forEach(values -> values.stream().filter(EntityValue::inDocument).forEach(named::add));
		named.removeIf(v -> containsAnother(v, named));
		Set<String> ids = new HashSet<>();
		named.forEach(v -> ids.add(v.id()));
		Set<String> qualifiers = new HashSet<>();
		named.forEach(v -> v.attributes().keySet().stream().filter(ids::contains).forEach(qualifiers::add));
		Figures labels = new Figures("", languages);
		List<Operand> operands = new ArrayList<>();
		for (EntityValue value : named) {
			Optional<Operand> inText = inTextOfAnother(value, named, labels, texts);
			if (inText.isPresent()) {
				operands.add(inText.get());
				continue;
			}
			Optional<String> qualifier = value.attributes().keySet().stream().filter(qualifiers::contains).findFirst();
			if (qualifier.isPresent()) {
				String by = named.stream()
					.filter(v -> v.id().equals(qualifier.get()))
					.map(labels::label)
					.findFirst()
					.orElseThrow();
				operands.add(new Operand(by + ", " + labels.label(value), number(value, qualifier.get()), false,
						Set.of(value.id(), qualifier.get())));
				continue;
			}
			if (qualifiers.contains(value.id())) {
				continue;
			}
			Optional<String> figure = onlyFigure(value);
			if (figure.isEmpty()) {
				return Optional.empty();
			}
			operands.add(new Operand(labels.label(value), number(value, figure.get()), false, Set.of(value.id())));
		}
		if (operands.size() == 1 && whole.isPresent()) {
			// A value whose figure is the whole's is the whole under another name (the
			// meeting's registrations): nothing to compare.
			wholeOperand(whole.get(), named, labels).filter(w -> w.figure() != operands.get(0).figure())
				.ifPresent(w -> operands.add(0, w));
		}
		return operands.size() >= 2 ? Optional.of(operands) : Optional.empty();
	}

	/**
	 * {@code operands} with a figure another value's text gives
	 * ({@link #inTextOfAnother}) added to that value's own operand, when there are more
	 * than two, both are there and their figures differ: "(47 + 20)" after the
	 * consultation's label, written as {@code figures} writes numbers. Otherwise
	 * {@code operands} itself.
	 */
	static List<Operand> withinMerged(List<Operand> operands, Figures figures) {
		if (operands.size() <= 2) {
			return operands;
		}
		for (Operand within : operands) {
			for (Operand own : operands) {
				if (own != within && isWithin(within, own)) {
					List<Operand> merged = new ArrayList<>(operands);
					merged.remove(within);
					merged.set(merged.indexOf(own), withIt(own, within, false, figures));
					return merged;
				}
			}
		}
		return operands;
	}

	/**
	 * Whether {@code within} is a figure {@code own}'s value's text gives another value
	 * ({@link #inTextOfAnother}: its sources are both) that differs from {@code own}'s. A
	 * figure the same as the value's own is the value's own people: "200 representantes
	 * de la sociedad civil…" is the briefing's 200.
	 */
	static boolean isWithin(Operand within, Operand own) {
		return own.sources().size() == 1 && within.sources().size() == 2 && within.sources().containsAll(own.sources())
				&& own.figure() != within.figure();
	}

	/**
	 * {@code own} and {@code within} added up, labelled "own (a + b)" as {@code figures}
	 * writes numbers; a family's whole when {@code whole}.
	 */
	static Operand withIt(Operand own, Operand within, boolean whole, Figures figures) {
		return new Operand(
				own.label() + " (" + figures.format(own.figure()) + " + " + figures.format(within.figure()) + ")",
				own.figure() + within.figure(), whole, within.sources());
	}

	/**
	 * The sum of the one figure of {@code family}'s values, labelled with its whole's
	 * label; empty when a value of it is named, or its values have no one figure.
	 */
	private static Optional<Operand> wholeOperand(EntityFamily family, List<EntityValue> named, Figures labels) {
		if (named.stream().anyMatch(v -> v.family().equals(family.name()))) {
			return Optional.empty();
		}
		List<EntityValue> values = family.values().stream().filter(EntityValue::inDocument).toList();
		List<Optional<String>> figures = values.stream().map(Operands::onlyFigure).distinct().toList();
		if (figures.size() != 1 || figures.get(0).isEmpty()) {
			return Optional.empty();
		}
		String figure = figures.get(0).get();
		double sum = values.stream().mapToDouble(v -> number(v, figure)).sum();
		return family.whole()
			.flatMap(w -> w.label()
				.in(labels.languages().get(0), labels.languages().subList(1, labels.languages().size())))
			.map(label -> new Operand(label, sum, true));
	}

	/**
	 * The figure another value named gives {@code value} in its own texts ("47
	 * representatives of 11 regional entities, and 20 of UN agencies" gives the UN
	 * agencies 20 within that consultation), labelled by both: within that other value,
	 * it is the figure asked, not {@code value}'s own.
	 */
	private static Optional<Operand> inTextOfAnother(EntityValue value, List<EntityValue> named, Figures labels,
			FiguresInTexts texts) {
		for (EntityValue other : named) {
			if (other.equals(value) || other.family().equals(value.family())) {
				continue;
			}
			Optional<Double> figure = texts.inTextsOf(other, value);
			if (figure.isPresent()) {
				return Optional.of(new Operand(labels.label(other) + ", " + labels.label(value), figure.get(), false,
						Set.of(value.id(), other.id())));
			}
		}
		return Optional.empty();
	}

	/**
	 * The name of a value's one numeric attribute, its figure; empty when it has none or
	 * several and nothing says which. An attribute named after the value's own family (a
	 * year's {@code year:}, its number) is what the value is, not a count of anything:
	 * "how many more registrations than in" a year has no figure for the year.
	 */
	static Optional<String> onlyFigure(EntityValue value) {
		List<String> numeric = value.attributes()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() instanceof Number && !e.getKey().equals(value.family()))
			.map(Map.Entry::getKey)
			.toList();
		return numeric.size() == 1 ? Optional.of(numeric.get(0)) : Optional.empty();
	}

	/** Whether {@code value} has a numeric attribute. */
	static boolean hasFigures(EntityValue value) {
		return value.attributes().values().stream().anyMatch(Number.class::isInstance);
	}

	private static double number(EntityValue value, String attribute) {
		return ((Number) value.attributes().get(attribute)).doubleValue();
	}

	/**
	 * Whether {@code value}'s dates strictly contain those of another value named: the
	 * meeting around its day.
	 */
	private static boolean containsAnother(EntityValue value, List<EntityValue> named) {
		if (value.date().isEmpty()) {
			return false;
		}
		DateSpan span = value.date().get();
		return named.stream()
			.filter(v -> v != value && v.date().isPresent())
			.map(v -> v.date().get())
			.anyMatch(other -> !other.equals(span) && !other.from().isBefore(span.from())
					&& !other.to().isAfter(span.to()));
	}

}
