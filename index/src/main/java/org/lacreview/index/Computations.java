package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.text.Phrases;

/**
 * Computed answers: the result of the {@link Operation} a question asks for
 * ({@link OperationReader}) over the values it names, with the figures it used, in the
 * corpus's {@code computed} sentence (messages.yml). The figure is the numeric attribute
 * the intent's answer shows for its slot ({@code {group.count}} → count), so any family
 * with numbers computes alike; durations and days between are computed over the values'
 * dates. Difference and ratio: two values, the larger first. Change: from the first value
 * (the earlier, when both have an order) to the second, in percent of the first. Sum: two
 * or more. Share: the values named over the sum of the whole family. Complement: the
 * whole family but the values named. Rank: the value at the position asked. Average: of
 * the values named, else of the whole family, or over the parts of the one value named
 * (its {@code parts}). Count: the family's values. Results are rounded half up to one
 * decimal.
 */
final class Computations {

	/**
	 * The suffix of a rank's sentence among the values a question leaves out
	 * ({@code rank_most_without}).
	 */
	static final String WITHOUT = "_without";

	/** The suffix of a difference's sentence for a value above its family's average. */
	private static final String ABOVE_AVERAGE = "_from_average_above";

	/** The suffix of a difference's sentence for a value below its family's average. */
	private static final String BELOW_AVERAGE = "_from_average_below";

	/** The suffix of a sentence's key for a result of one. */
	private static final String SINGULAR = "_singular";

	/** A number the question writes in digits. */
	private static final Pattern QUOTED_NUMBER = Pattern.compile("\\d");

	private final Corpus corpus;

	private final FiguresInTexts figuresInTexts;

	private final Map<String, Set<String>> mentioned;

	private final Set<String> datedFamilies;

	/**
	 * Every family's whole: per numeric attribute all its values the document covers
	 * have, their sum ("de un total de 500").
	 */
	private final Set<Double> wholes = new HashSet<>();

	/**
	 * Every corpus language's month names, as whole words: numbers beside them are dates.
	 */
	private final Pattern months;

	/**
	 * @param mentioned per intent, the families its examples name values of
	 * @param datedFamilies the families whose values have dates (a date names values of
	 * each of them)
	 * @param figuresInTexts the figures values' texts give other values (operands across
	 * families)
	 */
	Computations(Corpus corpus, Map<String, Set<String>> mentioned, Set<String> datedFamilies,
			FiguresInTexts figuresInTexts) {
		this.corpus = corpus;
		this.figuresInTexts = figuresInTexts;
		this.mentioned = Map.copyOf(mentioned);
		this.datedFamilies = Set.copyOf(datedFamilies);
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
	 * The sentence giving the result of the computation asked over the values of
	 * {@code intent}'s slot in {@code selected}; empty when the intent has no slot with
	 * figures (or dates), the values named do not fit the operation, or the corpus has no
	 * sentence for it.
	 * @param languages the reply's language, then those to fall back to
	 */
	Optional<String> compute(AskedOperation asked, Intent intent, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		if (asked.perValue().isPresent()) {
			// "¿Hubo más talleres el lunes que el martes?": how many workshops each day
			// has, never the days' own figures.
			return perValue(asked, intent, selected, languages);
		}
		if (asked.operation() == Operation.SHARE
				&& asked.familyWhole().filter(f -> selected.getOrDefault(f, List.of()).isEmpty()).isPresent()) {
			// "What fraction of the registered showed up on Zoom on April 26?": a share
			// of the whole the question names, not of the slot's family.
			return acrossFamilies(asked, selected, languages);
		}
		if (asked.fromAverage()) {
			// "YouTube per day on average, compared with Zoom?": an average no figure
			// gives, not the difference between the two.
			return overSlot(asked, intent, selected, languages);
		}
		return overSlot(asked, intent, selected, languages).or(() -> acrossFamilies(asked, selected, languages))
			.or(() -> perPart(asked, selected, languages));
	}

	/**
	 * The sentence saying that the values named all have the same figure
	 * ({@code difference_equal}), for an intent whose answer picks the largest and the
	 * smallest of them ({@code max(group.count)}); empty when fewer than two are named,
	 * their figures differ, or the corpus has no such sentence.
	 * @param named the values of the intent's slot the question names or points back to
	 */
	Optional<String> tie(Intent intent, List<EntityValue> named, List<String> languages) {
		Optional<EntityFamily> family = intent.slot().flatMap(corpus::family);
		if (named.size() < 2 || family.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> all = family.get().values().stream().filter(EntityValue::inDocument).toList();
		return figure(intent, family.get().name(), all).flatMap(attribute -> {
			Figures figures = new Figures(attribute, languages);
			if (named.stream().mapToDouble(figures::of).distinct().count() != 1) {
				return Optional.empty();
			}
			return Operands.fill(Operation.DIFFERENCE,
					named.stream().map(v -> new Operands.Operand(figures.label(v), figures.of(v))).toList(), figures)
				.flatMap(fill -> sentence(Operation.DIFFERENCE.key(), fill, languages));
		});
	}

	/**
	 * The computation over how many values of the family {@link AskedOperation#perValue}
	 * names each value named has ({@link PerValueCounts}), by an intent whose slot is
	 * their family and that shows no figure of theirs; empty for another intent, or
	 * values of more than one family.
	 */
	private Optional<String> perValue(AskedOperation asked, Intent intent, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		Optional<EntityFamily> counted = asked.perValue().flatMap(corpus::family);
		List<String> families = selected.entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList();
		if (counted.isEmpty() || families.size() > 1) {
			return Optional.empty();
		}
		// A rank naming no value ranks all the values the counted belong to.
		Optional<EntityFamily> owners = families.isEmpty()
				? PerValueCounting.owners(corpus.familiesByName(), counted.get()) : corpus.family(families.get(0));
		if (owners.isEmpty() || !intent.slot().equals(Optional.of(owners.get().name()))) {
			return Optional.empty();
		}
		List<EntityValue> named = families.isEmpty() ? List.of()
				: selected.get(families.get(0)).stream().distinct().toList();
		return PerValueCounts.fill(asked, counted.get(), named, owners.get().values(), new Figures("", languages))
			.flatMap(fill -> sentence(asked.operation().key(), fill, languages));
	}

	/**
	 * An average over the parts of the one value named ("¿cuántos por taller en
	 * promedio?" of six workshops with one figure): its figure, its only numeric
	 * attribute, divided by its {@code parts}.
	 */
	private Optional<String> perPart(AskedOperation asked, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		List<EntityValue> named = selected.values()
			.stream()
			.flatMap(List::stream)
			.filter(EntityValue::inDocument)
			.distinct()
			.toList();
		if (asked.operation() != Operation.AVERAGE || named.size() != 1 || named.get(0).parts().isEmpty()) {
			return Optional.empty();
		}
		EntityValue value = named.get(0);
		Optional<String> figure = Operands.onlyFigure(value);
		if (figure.isEmpty()) {
			return Optional.empty();
		}
		Figures figures = new Figures(figure.get(), languages);
		int parts = value.parts().get();
		Map<String, String> fill = new HashMap<>();
		fill.put("values", figures.listed(List.of(value), ", "));
		fill.put("sum", figures.format(figures.of(value)));
		fill.put("count", String.valueOf(parts));
		fill.put("result", figures.format(figures.of(value) / parts));
		return sentence(asked.operation().key(), fill, languages);
	}

	/**
	 * A difference, ratio or sum over the figures of the values named when they are not
	 * all of the intent's slot ({@link Operands}): YouTube's audience against Zoom's on
	 * one day.
	 */
	private Optional<String> acrossFamilies(AskedOperation asked, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		Operation operation = asked.operation();
		boolean shareOfWhole = operation == Operation.SHARE && asked.familyWhole().isPresent();
		if (operation != Operation.DIFFERENCE && operation != Operation.RATIO && operation != Operation.SUM
				&& !shareOfWhole) {
			return Optional.empty();
		}
		// A family's whole is compared with, never added to: "¿cuántos en total se
		// registraron?" asks the whole itself.
		Optional<List<Operands.Operand>> operands = Operands.of(selected, languages, figuresInTexts,
				asked.familyWhole().flatMap(corpus::family));
		if (operands.isEmpty() || operation != Operation.SUM && operands.get().size() != 2) {
			return Optional.empty();
		}
		if (shareOfWhole) {
			// "¿Qué porcentaje de los registrados representan los de YouTube?": the one
			// figure named over the family's whole.
			return Shares.ofWhole(operands.get(), new Figures("", languages))
				.flatMap(fill -> sentence(operation.key(), fill, languages));
		}
		return Operands.fill(operation, operands.get(), new Figures("", languages))
			.flatMap(fill -> sentence(operation.key(), fill, languages));
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
	Optional<String> overQuoted(AskedOperation asked, String masked, String folded, String answer,
			List<String> languages) {
		Operation operation = asked.operation();
		if (operation == Operation.SHARE) {
			return QUOTED_NUMBER.matcher(masked).find() ? Optional.empty()
					: QuotedFigures.given(answer, months)
						.filter(given -> !partAndWhole(given))
						.flatMap(given -> QuotedFigures.namedBy(folded, given)
							.map(part -> shareOfGiven(part, given, new Figures("", languages))))
						.flatMap(fill -> sentence(operation.key(), fill, languages));
		}
		if (operation == Operation.AVERAGE) {
			return QuotedFigures.perQualifier(masked, answer)
				.filter(operands -> operands.get(1).figure() > 0)
				.flatMap(operands -> sentence(operation.key(), perQualifier(operands, new Figures("", languages)),
						languages));
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
									? QuotedFigures.given(answer, months)
										.filter(given -> !partAndWhole(given))
										.filter(given -> operation == Operation.SUM
												|| QuotedFigures.namesALabel(masked, given))
									: Optional.empty())
			.filter(operands -> operation == Operation.SUM || operands.size() == 2)
			.flatMap(operands -> Operands.fill(operation, operands, new Figures("", languages)))
			.flatMap(fill -> sentence(operation.key(), fill, languages));
	}

	/**
	 * A difference, ratio or sum over the values named when some take their figure from
	 * the question ({@link QuotedOperands}: "¿cuántos más en los talleres que en la feria
	 * (los 120)?"); empty for another operation, or when no value does.
	 * @param masked the question, its entity mentions masked
	 */
	Optional<String> overQuotedOperands(AskedOperation asked, Map<String, List<EntityValue>> selected, String masked,
			List<String> languages) {
		Operation operation = asked.operation();
		if (operation != Operation.DIFFERENCE && operation != Operation.RATIO && operation != Operation.SUM) {
			return Optional.empty();
		}
		Figures figures = new Figures("", languages);
		return QuotedOperands.of(selected, masked, figures)
			.filter(operands -> operation == Operation.SUM || operands.size() == 2)
			.flatMap(operands -> Operands.fill(operation, operands, figures))
			.flatMap(fill -> sentence(operation.key(), fill, languages));
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

	/**
	 * The corpus's sentence for {@code key} in the reply's language, filled; empty when
	 * the corpus has none.
	 */
	private Optional<String> sentence(String key, Map<String, String> fill, List<String> languages) {
		// "1 day", not "1 days": a result of one has its own sentence when the corpus
		// gives one (computed.days_between_singular).
		String suffix = fill.getOrDefault(Operands.SENTENCE_SUFFIX, "");
		// A rank among the values left out may be said as any rank: its sentence only
		// adds what was left out.
		String full = key
				+ (suffix.equals(WITHOUT) && !corpus.messages().computed().containsKey(key + suffix) ? "" : suffix);
		Localized one = "1".equals(fill.get("result")) ? corpus.messages().computed().get(full + SINGULAR) : null;
		Optional<String> sentence = Optional.ofNullable(one != null ? one : corpus.messages().computed().get(full))
			.flatMap(l -> l.in(languages.get(0), languages.subList(1, languages.size())));
		if (sentence.isEmpty()) {
			return Optional.empty();
		}
		String text = sentence.get();
		for (Map.Entry<String, String> entry : fill.entrySet()) {
			text = text.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		return Optional.of(text);
	}

	/**
	 * The difference sentence's values for one value against the average of all of its
	 * family: {@code value}, {@code value_figure}, {@code average_figure} ({@code sum} ÷
	 * {@code count}) and {@code result}, their difference, rounded as an average is;
	 * above or below the average by its sentence's suffix.
	 */
	private static Map<String, String> fromAverage(EntityValue value, List<EntityValue> all, Figures figures) {
		double average = figures.sum(all) / all.size();
		double figure = figures.of(value);
		Map<String, String> fill = new HashMap<>();
		fill.put("value", figures.label(value));
		fill.put("value_figure", figures.format(figure));
		fill.put("sum", figures.format(figures.sum(all)));
		fill.put("count", String.valueOf(all.size()));
		fill.put("average_figure", figures.format(average));
		fill.put("result", figures.format(Math.abs(figure - average)));
		fill.put(Operands.SENTENCE_SUFFIX, figure >= average ? ABOVE_AVERAGE : BELOW_AVERAGE);
		return fill;
	}

	/** The computation over the figures (or dates) of the intent's slot. */
	private Optional<String> overSlot(AskedOperation asked, Intent intent, Map<String, List<EntityValue>> selected,
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
				&& (family.get().orderWords().isEmpty() || asked.perFamily().isPresent())) {
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
				.flatMap(f -> bound.isEmpty() ? Optional.of(count(counted, new Figures("", languages)))
						: boundedCount(intent, f, all, named, bound.get(), languages));
		}
		else {
			Optional<String> attribute = figure(intent, family.get().name(), all);
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
			List<EntityValue> operands = overKind
					? all.stream().filter(v -> asked.bound().map(b -> b.admits(figures.of(v))).orElse(true)).toList()
					: withTheRest ? all : named;
			fill = overFigures(asked, operands, all, figures);
		}
		return fill.flatMap(f -> sentence(key, f, languages));
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

	/**
	 * A difference or ratio between the sums of two groups of the values named
	 * ({@link AskedOperation#firstGroup}), each group labelled by its values with their
	 * figures ("talleres (12) + charlas (8)"); empty when a group is empty.
	 */
	private static Optional<Map<String, String>> betweenGroups(AskedOperation asked, List<EntityValue> named,
			Figures figures) {
		List<Operands.Operand> first = new ArrayList<>();
		List<Operands.Operand> second = new ArrayList<>();
		for (EntityValue value : named) {
			(asked.firstGroup().contains(value.id()) ? first : second)
				.add(new Operands.Operand(figures.label(value), figures.of(value)));
		}
		if (first.isEmpty() || second.isEmpty()) {
			return Optional.empty();
		}
		return Operands.fill(asked.operation(), List.of(group(first, figures), group(second, figures)), figures);
	}

	private static Operands.Operand group(List<Operands.Operand> members, Figures figures) {
		return members.size() == 1 ? members.get(0) : new Operands.Operand(Operands.listed(members, " + ", figures),
				members.stream().mapToDouble(Operands.Operand::figure).sum());
	}

	/**
	 * What fills the sentence of an operation over figures; empty when the values named
	 * do not fit it.
	 */
	private static Optional<Map<String, String>> overFigures(AskedOperation asked, List<EntityValue> named,
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
					List<Operands.Operand> ends = Operands.extremes(named.isEmpty() ? all : named, figures);
					return ends.size() < 2 ? Optional.empty() : Operands.fill(asked.operation(), ends, figures);
				}
				if (!asked.firstGroup().isEmpty() && asked.operation() != Operation.SUM) {
					return betweenGroups(asked, named, figures);
				}
				if (asked.operation() == Operation.SUM ? named.size() < 2 : named.size() != 2) {
					return Optional.empty();
				}
				return Operands.fill(asked.operation(),
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
				if (ordered.size() != 2 || figures.of(ordered.get(0)) == figures.of(ordered.get(1))) {
					return Optional.empty();
				}
				double from = figures.of(ordered.get(0));
				double to = figures.of(ordered.get(1));
				if (from <= 0) {
					return Optional.empty();
				}
				fill.put("from", figures.label(ordered.get(0)));
				fill.put("to", figures.label(ordered.get(1)));
				fill.put("from_value", figures.format(from));
				fill.put("to_value", figures.format(to));
				fill.put("delta", figures.format(Math.abs(to - from)));
				fill.put("result", figures.format(100 * Math.abs(to - from) / from));
				fill.put(Operands.SENTENCE_SUFFIX, to < from ? "_fall" : "_rise");
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
				java.util.OptionalDouble next = above
						? all.stream().mapToDouble(figures::of).filter(f -> f > figure).min()
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
					fill.put(Operands.SENTENCE_SUFFIX, WITHOUT);
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
			default -> {
				return Optional.empty();
			}
		}
		return Optional.of(fill);
	}

	/**
	 * What fills a count's sentence for the values whose figure the bound admits ("más de
	 * 100", or more than the one value {@code named} for a bound said against it, which
	 * is not counted): how many, and their labels with their figures; empty when the
	 * intent shows no figure for the family, or no value is admitted.
	 */
	private static Optional<Map<String, String>> boundedCount(Intent intent, String family, List<EntityValue> all,
			List<EntityValue> named, CountBounds.Bound said, List<String> languages) {
		return figure(intent, family, all).flatMap(attribute -> {
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
	private static Map<String, String> count(List<EntityValue> all, Figures figures) {
		return Map.of("count", String.valueOf(all.size()), "values",
				String.join(", ", all.stream().map(figures::label).toList()));
	}

	/**
	 * The numeric attribute {@code intent}'s answers show for its slot's {@code family}
	 * ("{group.count}", "{max(day.zoom).label}"), when every value the document covers
	 * has it.
	 */
	static Optional<String> figure(Intent intent, String family, List<EntityValue> values) {
		List<Placeholder> placeholders = new ArrayList<>();
		for (Localized answer : List.of(intent.answer(), intent.answerAll())) {
			answer.texts().values().forEach(text -> placeholders.addAll(Placeholder.parse(text)));
		}
		return placeholders.stream()
			.filter(p -> p.family().equals(family))
			.map(Placeholder::attribute)
			.flatMap(Optional::stream)
			.filter(a -> !values.isEmpty() && values.stream().allMatch(v -> v.attributes().get(a) instanceof Number))
			.findFirst();
	}

}
