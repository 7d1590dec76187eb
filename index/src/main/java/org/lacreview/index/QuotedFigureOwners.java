package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * The values a figure the question quotes belongs to: "¿De cuántos pueblos vinieron los
 * 120 expositores?" quotes the fair's 120 exhibitors, so an answer about the workshops,
 * which never speaks of the fair, answers another question. A figure is a whole number
 * that is a value's numeric attribute (not one named after its family, as a year's
 * {@code year:}) or that one of its texts gives, in any language
 * ({@link QuotedOperands#inTexts}), and that is larger than {@value #LARGEST_DAY}: a
 * smaller one may be a day the question writes in a shape not read as a date ("la primera
 * sesión del 3 de mayo", where the session is the value named) or a bound of a count
 * ("¿cuántos talleres tuvieron menos de 9?"). Built once per engine; used by
 * {@link BestIntentRefusals}.
 */
final class QuotedFigureOwners {

	/** The largest day of a month: numbers up to it are not read as figures. */
	static final int LARGEST_DAY = 31;

	/** Per figure, the families of the values that give it. */
	private final Map<Double, Set<String>> families = new HashMap<>();

	QuotedFigureOwners(Corpus corpus) {
		corpus.families().forEach(family -> family.values().stream().filter(EntityValue::inDocument).forEach(value -> {
			value.attributes().forEach((key, attribute) -> {
				if (attribute instanceof Number number && !key.equals(value.family())
						&& number.doubleValue() == Math.rint(number.doubleValue())) {
					add(number.doubleValue(), value.family());
				}
			});
			QuotedOperands.inTexts(value).forEach(figure -> add(figure, value.family()));
		}));
	}

	private void add(double figure, String family) {
		families.computeIfAbsent(figure, f -> new HashSet<>()).add(family);
	}

	/**
	 * The first figure {@code masked} quotes whose values are all of families
	 * {@code intent} neither has as its slot nor names in its examples, and the question
	 * names no value of, as "figure (families)"; empty when there is none.
	 * @param masked the question, its entity mentions masked (the numbers it quotes stay)
	 * @param mentioned per intent, the families any of its examples names
	 * @param named the families of the values the question names
	 */
	Optional<String> ofValuesNotSpokenOf(String masked, Intent intent, Map<String, Set<String>> mentioned,
			Set<String> named) {
		Set<String> spoken = new HashSet<>(mentioned.getOrDefault(intent.name(), Set.of()));
		spoken.addAll(named);
		intent.slot().ifPresent(spoken::add);
		for (double figure : QuotedOperands.numbers(masked)) {
			Set<String> owners = families.get(figure);
			if (figure > LARGEST_DAY && owners != null && owners.stream().noneMatch(spoken::contains)) {
				return Optional.of((long) figure + " (" + String.join(", ", owners) + ")");
			}
		}
		return Optional.empty();
	}

}
