package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;

/**
 * The operands of values named when some have no one figure of their own but the question
 * quotes one their texts give: "¿cuántos más en los talleres que en la feria (los 120)?"
 * of a fair whose text says "120 expositores y 35 visitantes" and has no figure attribute
 * sets the workshops' figure against 120. A value has the one number the question quotes
 * that one of its text attributes (in any language) gives as a whole number, and no other
 * value uses; one whose text gives no such number, or whose own figure (its one numeric
 * attribute) the question quotes, has its own figure. Used by {@link Computations} for a
 * difference, ratio or sum.
 */
final class QuotedOperands {

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?![\\p{L}\\p{N}]|[.,]\\d)");

	private QuotedOperands() {
	}

	/**
	 * The operands, in the order named; empty when a value has neither figure, or none of
	 * them takes its figure from the question.
	 * @param selected the values the question names, by family
	 * @param masked the question, its entity mentions masked (the numbers it quotes stay)
	 * @param figures labels and number formats of the reply's language
	 */
	static Optional<List<Operands.Operand>> of(Map<String, List<EntityValue>> selected, String masked,
			Figures figures) {
		Set<Double> quoted = numbers(masked);
		// "los 3 días": a number of the values named is how many there are, no figure.
		selected.values()
			.stream()
			.filter(values -> values.size() > 1)
			.forEach(values -> quoted.remove((double) values.size()));
		// "los representantes de las 11 entidades": how many parts a value's figure is
		// spread over, no figure either.
		selected.values()
			.forEach(values -> values.forEach(v -> v.parts().ifPresent(parts -> quoted.remove((double) parts))));
		if (quoted.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> named = new ArrayList<>();
		selected.values().forEach(values -> values.stream().filter(EntityValue::inDocument).forEach(v -> {
			if (!named.contains(v)) {
				named.add(v);
			}
		}));
		Set<Double> used = new HashSet<>();
		List<Operands.Operand> operands = new ArrayList<>();
		boolean anyQuoted = false;
		for (EntityValue value : named) {
			Optional<Double> own = Operands.onlyFigure(value)
				.map(attribute -> ((Number) value.attributes().get(attribute)).doubleValue());
			List<Double> given = new ArrayList<>(inTexts(value));
			given.retainAll(quoted);
			given.removeAll(used);
			own.ifPresent(given::remove);
			boolean quotesAnother = given.stream().distinct().count() == 1;
			// "… than the fair's visitors (the 35)": a figure its text gives besides its
			// own, when the question quotes that one and not its own.
			if (own.isPresent() && (!quotesAnother || quoted.contains(own.get()))) {
				operands.add(new Operands.Operand(figures.label(value), own.get()));
				continue;
			}
			if (!quotesAnother) {
				return Optional.empty();
			}
			used.add(given.get(0));
			anyQuoted = true;
			operands.add(new Operands.Operand(figures.label(value), given.get(0)));
		}
		return anyQuoted && operands.size() >= 2 ? Optional.of(operands) : Optional.empty();
	}

	/** The whole numbers the text attributes of {@code value} give, in every language. */
	static Set<Double> inTexts(EntityValue value) {
		Set<Double> numbers = new HashSet<>();
		value.attributes()
			.values()
			.stream()
			.filter(Localized.class::isInstance)
			.map(Localized.class::cast)
			.flatMap(l -> l.texts().values().stream())
			.forEach(text -> numbers.addAll(numbers(text)));
		return numbers;
	}

	/** The whole numbers {@code text} writes, in the order written. */
	static Set<Double> numbers(String text) {
		Set<Double> numbers = new LinkedHashSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(Double.parseDouble(matcher.group()));
		}
		return numbers;
	}

}
