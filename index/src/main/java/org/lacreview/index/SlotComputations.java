package org.lacreview.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * The computation over the figures (or dates) of an intent's slot: the values of that
 * family the question names, or all of them ({@link FigureFills},
 * {@link DateComputations}); empty when the question names things the intent is not
 * about, or a figure another value gives the one named. Part of {@link Computations}.
 */
final class SlotComputations {

	/**
	 * How far, as a share of the values' total, a number "exactly" said may be from that
	 * total to be the total checked rather than a bound of each value: a document that
	 * rounds its total ("more than 500" of 503) is checked against the rounded figure.
	 */
	static final double CHECKED_TOTAL_MARGIN = 0.1;

	private final Corpus corpus;

	private final FiguresInTexts figuresInTexts;

	private final Map<String, Set<String>> mentioned;

	private final Set<String> datedFamilies;

	private final ComputedSentences sentences;

	/**
	 * @param mentioned per intent, the families its examples name values of
	 * @param datedFamilies the families whose values have dates (a date names values of
	 * each of them)
	 * @param figuresInTexts the figures values' texts give other values
	 */
	SlotComputations(Corpus corpus, Map<String, Set<String>> mentioned, Set<String> datedFamilies,
			FiguresInTexts figuresInTexts, ComputedSentences sentences) {
		this.corpus = corpus;
		this.figuresInTexts = figuresInTexts;
		this.mentioned = Map.copyOf(mentioned);
		this.datedFamilies = Set.copyOf(datedFamilies);
		this.sentences = sentences;
	}

	/** The computation over the figures (or dates) of the intent's slot. */
	Optional<String> compute(AskedOperation asked, Intent intent, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		Optional<EntityFamily> family = intent.slot().flatMap(corpus::family);
		if (family.isEmpty() || namesOtherThings(intent, family.get().name(), selected)) {
			return Optional.empty();
		}
		List<EntityValue> all = family.get().values().stream().filter(EntityValue::inDocument).toList();
		List<EntityValue> named = selected.getOrDefault(family.get().name(), List.of());
		if (!asked.operation().overDates() && withinAnother(named, selected)) {
			// "What percentage of the people at the April 12 consultation were from UN
			// agencies?": the consultation gives the agencies a figure of its own, so the
			// family's figures and whole are not what is asked about.
			return Optional.empty();
		}
		if (asked.operation() == Operation.AVERAGE && named.size() < 2
				&& (family.get().orderWords().isEmpty() || asked.perAnotherThan(family.get().name()))) {
			// An average over a whole family is one per value of it, which a question can
			// only ask with the family's noun: with none ("¿cuántos por país en
			// promedio?" of a family of two kinds of membership), or with another
			// family's noun ("¿cuántos inscritos por país en promedio?" of the categories
			// of
			// registrants), it asks something else.
			return Optional.empty();
		}
		Optional<Map<String, String>> fill;
		String key = asked.operation().key();
		if (asked.operation().overDates()) {
			fill = DateComputations.fill(asked.operation(), datedNamed(family.get().name(), named, selected),
					new Figures("", languages), asked.points(), asked.unit(), asked.ofNamed());
		}
		else if (asked.operation() == Operation.COUNT) {
			// The values an answer listed are counted themselves (ListedCount).
			List<EntityValue> counted = asked.ofNamed() ? named : all;
			// "¿Cuántos talleres superaron al de los lunes?": a bound said against the
			// one value named, which is not counted itself. Said before no value of the
			// family ("over April 27"), it bounds nothing.
			Optional<CountBounds.Bound> bound = asked.bound().filter(b -> !b.ofNamedValue() || named.size() == 1);
			boolean againstNamed = bound.filter(CountBounds.Bound::ofNamedValue).isPresent();
			fill = asked.counted()
				.filter(family.get().name()::equals)
				.filter(f -> againstNamed ? named.size() == 1 : asked.ofNamed() ? named.size() >= 2 : named.isEmpty())
				.flatMap(f -> bound.isEmpty() ? Optional.of(FigureFills.count(counted, new Figures("", languages)))
						: FigureFills.boundedCount(intent, f, all, named, bound.get(), languages));
		}
		else {
			Optional<String> attribute = Computations.figure(intent, family.get().name(), all);
			if (attribute.isEmpty()) {
				return Optional.empty();
			}
			Figures figures = new Figures(attribute.get(), languages);
			// "Si sumo todas las categorías con menos de 20…": a sum naming no value is
			// over the values of the kind it names, within its bound.
			boolean overKind = asked.operation() == Operation.SUM && named.isEmpty()
					&& asked.counted().filter(family.get().name()::equals).isPresent();
			// "¿Cuántos Estados, contando los miembros asociados?": the one value named
			// with the rest of its family (IncludedValues).
			boolean withTheRest = asked.operation() == Operation.SUM && named.size() == 1
					&& asked.familyWhole().filter(family.get().name()::equals).isPresent();
			List<EntityValue> operands = overKind ? boundedOrAll(asked, all, figures) : withTheRest ? all : named;
			fill = FigureFills.overFigures(asked, operands, all, figures);
		}
		return fill.flatMap(f -> sentences.sentence(key, f, languages));
	}

	/**
	 * The values of {@code all} within the sum's bound. A number said as exactly that no
	 * value's figure is, and that is within {@value #CHECKED_TOTAL_MARGIN} of their total
	 * ("Si sumo todas las categorías, ¿me da exactamente 500?" of 503), is the total the
	 * asker checks, not a bound: all the values are added up. One far from it ("las
	 * categorías con exactamente 300") still bounds them, and none is within.
	 */
	private static List<EntityValue> boundedOrAll(AskedOperation asked, List<EntityValue> all, Figures figures) {
		List<EntityValue> bounded = all.stream()
			.filter(v -> asked.bound().map(b -> b.admits(figures.of(v))).orElse(true))
			.toList();
		double total = all.stream().mapToDouble(figures::of).sum();
		boolean checksTotal = bounded.isEmpty() && asked.bound()
			.filter(b -> b.kind() == CountBounds.Kind.EQUAL_TO
					&& Math.abs(b.number() - total) <= CHECKED_TOTAL_MARGIN * total)
			.isPresent();
		return checksTotal ? all : bounded;
	}

	/**
	 * Whether a value of another family {@code selected} names gives one of {@code named}
	 * a figure in its texts ({@link FiguresInTexts}) other than any of its own: an
	 * organisation's text repeating a value's own figure says the same fact.
	 */
	private boolean withinAnother(List<EntityValue> named, Map<String, List<EntityValue>> selected) {
		return named.stream()
			.anyMatch(value -> selected.values()
				.stream()
				.flatMap(List::stream)
				.filter(other -> !other.family().equals(value.family()) && value.date().isEmpty())
				.anyMatch(other -> figuresInTexts.inTextsOf(other, value)
					.filter(figure -> value.attributes()
						.values()
						.stream()
						.noneMatch(a -> a instanceof Number n && n.doubleValue() == figure))
					.isPresent()));
	}

	/**
	 * The values a count of days is over: the slot's values named and, beside them, the
	 * named values of the other dated families ("¿cuántos días entre la sesión
	 * informativa y el cierre de la reunión?" names an activity of the timeline and a day
	 * of the meeting).
	 */
	private List<EntityValue> datedNamed(String slot, List<EntityValue> named,
			Map<String, List<EntityValue>> selected) {
		List<EntityValue> all = new ArrayList<>(named);
		selected.forEach((family, values) -> {
			if (!family.equals(slot) && datedFamilies.contains(family)) {
				values.stream().filter(v -> !all.contains(v)).forEach(all::add);
			}
		});
		return all;
	}

	/**
	 * Whether the question names values of a family the intent's examples never name,
	 * beside its slot's: "¿qué porcentaje de los que siguieron por YouTube eran de la
	 * sociedad civil?" asks a share of YouTube viewers, which the registrations by group
	 * cannot give. Families named by a date are left out: a date names the values of
	 * every dated family it falls in; so are values without figures, which can only say
	 * whose the figures are ("los miembros de la CEPAL").
	 */
	private boolean namesOtherThings(Intent intent, String slot, Map<String, List<EntityValue>> selected) {
		Set<String> known = mentioned.getOrDefault(intent.name(), Set.of());
		return selected.entrySet()
			.stream()
			.anyMatch(
					e -> !e.getKey().equals(slot) && !datedFamilies.contains(e.getKey()) && !known.contains(e.getKey())
							&& e.getValue().stream().anyMatch(v -> v.inDocument() && Operands.hasFigures(v)));
	}

}
