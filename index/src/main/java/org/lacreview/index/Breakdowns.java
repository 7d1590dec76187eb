package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.folding.Folding;

/**
 * Whether a question asks for a figure broken down by something the answer's figure is
 * not broken down by: "how many of the students came on the Monday?" when the document
 * gives the attendance per day and the enrolment per school year, but not the two
 * crossed. The answer would state the day's whole figure as if it were the school year's,
 * a confident wrong answer; the question is refused instead.
 *
 * <p>
 * A family breaks figures down when some answerable intent that gives a number has it as
 * its slot (one figure per value: the enrolment per school year, the attendance per day),
 * or when nearly every example of two such intents or more names one of its values (the
 * attendance by video call per day and in all: figures of the video call alone). The
 * question asks for a number and names some, not all, values of such a family that the
 * chosen intent neither has as its slot nor names in any of its examples. This is the
 * cross-tabulation a one-way table cannot answer; nothing about a given family or intent
 * is written here, so it holds for any corpus whose intents list their slots and the
 * kinds of answer they give.
 */
final class Breakdowns {

	/**
	 * Families with figures some answerable intent that gives a number has as its slot.
	 */
	private final Set<String> breakingDown;

	/** Per family, how many values it has. */
	private final Map<String, Integer> sizes;

	/** Per family, the sums of its values' figures, by attribute. */
	private final Map<String, Set<Double>> totals;

	/** Per intent, the families at least one of its examples names. */
	private final Map<String, Set<String>> mentioned;

	private final FiguresInTexts figuresInTexts;

	private final OwnFigureQuoted ownFigureQuoted;

	/** Per intent, the values its examples name by name, as "family:id". */
	private final Map<String, Set<String>> examplesNamed;

	/**
	 * @param defining per intent, the families nearly all its examples name (see
	 * {@link DefiningFamilies#byIntent()}): a figure given only for a value of such a
	 * family (the attendance by video call, not the enrolment) breaks the figures down by
	 * that family, as a slot does
	 * @param mentioned per intent, the families at least one of its examples names (see
	 * {@link DefiningFamilies#mentioned()})
	 * @param examplesNamed per intent, the values its examples name by name, as
	 * "family:id": a family its examples name only other values of is no breakdown it
	 * gives for the value asked (registrations by group given for the meeting, not the
	 * workshops)
	 * @param figuresInTexts the figures values' texts give other values
	 */
	Breakdowns(Corpus corpus, Map<String, Set<String>> defining, Map<String, Set<String>> mentioned,
			Map<String, Set<String>> examplesNamed, FiguresInTexts figuresInTexts) {
		this.figuresInTexts = figuresInTexts;
		this.examplesNamed = Map.copyOf(examplesNamed);
		this.totals = corpus.families()
			.stream()
			.collect(Collectors.toUnmodifiableMap(EntityFamily::name, Breakdowns::totals));
		Set<String> breaking = corpus.intents()
			.stream()
			.filter(i -> !i.unanswerable() && i.slot().isPresent() && i.answers().contains(AnswerKinds.NUMBER))
			.map(i -> i.slot().get())
			.filter(f -> !totals.getOrDefault(f, Set.of()).isEmpty())
			.collect(Collectors.toSet());
		// A family only one figure depends on names whose figure it is (the school's
		// enrolment), not a way of breaking figures down.
		corpus.intents()
			.stream()
			.filter(i -> !i.unanswerable() && i.answers().contains(AnswerKinds.NUMBER))
			.flatMap(i -> defining.getOrDefault(i.name(), Set.of()).stream())
			.collect(Collectors.groupingBy(f -> f, Collectors.counting()))
			.forEach((family, intents) -> {
				if (intents >= 2) {
					breaking.add(family);
				}
			});
		this.breakingDown = Set.copyOf(breaking);
		this.sizes = corpus.families()
			.stream()
			.collect(Collectors.toUnmodifiableMap(EntityFamily::name, f -> f.values().size()));
		this.mentioned = Map.copyOf(mentioned);
		this.ownFigureQuoted = new OwnFigureQuoted(corpus);
	}

	/**
	 * The family by which {@code selected} (the values the question names, by family)
	 * breaks down the figure {@code intent} gives, when that is not a breakdown the
	 * intent gives; empty when the question asks for no number, or asks a computation the
	 * intent computes (whose operands may come from several families).
	 * @param computes whether the intent computes what the question asks over
	 * {@code selected}; asked only of a comparison, since it runs the computation
	 */
	Optional<String> notGivenBy(Intent intent, Map<String, List<EntityValue>> selected, Reading reading,
			BooleanSupplier computes) {
		// A computation it does not compute is answered by its figure alone: "¿cuál fue
		// la diferencia entre los talleres y las charlas el lunes?" answered by the
		// Monday's attendance.
		// Only a comparison of figures: a share or a sum may be computed by another
		// intent than the one ranked first.
		// A sum or an average over a family named whole by its count ("sumando los tres
		// días") asks the figure of each of its values for what else is named: "¿cuántos
		// de la feria se conectaron por radio sumando los tres días?" asks the fair's
		// figure per day, not the fair's and the radio's added up.
		boolean overAWhole = reading.operation().filter(o -> o == Operation.SUM || o == Operation.AVERAGE).isPresent()
				&& !reading.wholeFamilies().isEmpty()
				&& reading.wholeFamilies().keySet().stream().noneMatch(selected::containsKey);
		boolean asksAFigure = reading.asksComputation()
				? reading.operation().filter(o -> o.comparesTwo() && !o.overDates()).isPresent()
						&& !computes.getAsBoolean() || overAWhole
				: reading.asksFor()
					.map(AnswerKinds.NUMBER::equals)
					// "What was the fair's radio audience?" asks no kind, and what an
					// intent that answers only figures says of it is its figure.
					// One that says what the document lacks answers it.
					.orElse(!intent.unanswerable() && intent.answers().equals(List.of(AnswerKinds.NUMBER)));
		if (!asksAFigure || !intent.answers().contains(AnswerKinds.NUMBER)) {
			return Optional.empty();
		}
		Set<String> named = mentioned.getOrDefault(intent.name(), Set.of());
		return selected.entrySet()
			.stream()
			.filter(e -> breakingDown.contains(e.getKey()))
			.filter(e -> !intent.slot().filter(e.getKey()::equals).isPresent()
					&& (!named.contains(e.getKey()) || namesOnlyOthers(intent, e.getKey(), e.getValue())
							|| !slotTextsName(intent, selected, e.getValue())))
			// Every value named is the whole family again ("from Monday to Friday"), not
			// a part of
			// it.
			.filter(e -> e.getValue().size() < sizes.getOrDefault(e.getKey(), 0))
			// The value whose figure the intent's figures add up to is what they break
			// down (the course whose enrolment is given per school year), not a part.
			.filter(e -> intent.slot().isEmpty()
					|| !e.getValue().stream().allMatch(v -> isWholeOf(v, intent.slot().get())))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * Whether {@code family} breaks figures down: some answerable intent giving a number
	 * has it as its slot, or it defines two such intents or more.
	 */
	boolean breaksDown(String family) {
		return breakingDown.contains(family);
	}

	/** See {@link OwnFigureQuoted#asked}. */
	boolean quotesItsFigure(Intent intent, Map<String, List<EntityValue>> selected, String masked, Reading reading) {
		return ownFigureQuoted.asked(intent, selected, masked, reading);
	}

	/**
	 * Whether the intent's examples name values of {@code family} by name, none of them
	 * one of {@code values}: "how many of them were students?" after the workshops'
	 * figure, where the examples of the registrations by group name only the fair.
	 */
	private boolean namesOnlyOthers(Intent intent, String family, List<EntityValue> values) {
		Set<String> named = examplesNamed.getOrDefault(intent.name(), Set.of());
		return named.stream().anyMatch(v -> v.startsWith(family + ":"))
				&& values.stream().noneMatch(v -> named.contains(family + ":" + v.id()));
	}

	/**
	 * Whether the texts the intent's answer shows for the slot values the question names
	 * give a figure of {@code values}, a number shortly before one of their names: the 12
	 * April consultation's text gives the UN agencies' figure; the civil society
	 * consultations' text ("30 participants per workshop") names no group, and a text
	 * that lists a group after the whole's figure gives none of its own. True when the
	 * answer shows no text of its slot's values (a figure such as {@code {day.zoom}}: its
	 * examples then say which breakdowns it gives) or the question names no slot value.
	 */
	private boolean slotTextsName(Intent intent, Map<String, List<EntityValue>> selected, List<EntityValue> values) {
		List<EntityValue> slotValues = intent.slot().map(s -> selected.getOrDefault(s, List.of())).orElse(List.of());
		Set<String> shown = intent.answer()
			.texts()
			.values()
			.stream()
			.flatMap(text -> Placeholder.parse(text).stream())
			.filter(p -> p.function().isEmpty() && intent.slot().filter(p.family()::equals).isPresent())
			.flatMap(p -> p.attribute().stream())
			.collect(Collectors.toSet());
		List<String> texts = slotValues.stream()
			.flatMap(v -> shown.stream().map(v.attributes()::get))
			.flatMap(ValueTexts::texts)
			.map(Folding::fold)
			.toList();
		if (texts.isEmpty()) {
			return true;
		}
		// A figure of its own: a number a few words before the name ("20 of the
		// schools"), not a name in a list after the whole's figure ("400 pupils from
		// schools, clubs, families and the town hall").
		return texts.stream().anyMatch(text -> values.stream().anyMatch(v -> figuresInTexts.of(v, text).isPresent()));
	}

	private boolean isWholeOf(EntityValue value, String family) {
		Set<Double> sums = totals.getOrDefault(family, Set.of());
		return numbers(value).anyMatch(sums::contains);
	}

	/** The sums, by numeric attribute, of the figures of a family's values. */
	private static Set<Double> totals(EntityFamily family) {
		Map<String, Double> sums = new HashMap<>();
		family.values().forEach(v -> v.attributes().forEach((key, figure) -> {
			if (figure instanceof Number n) {
				sums.merge(key, n.doubleValue(), Double::sum);
			}
		}));
		return Set.copyOf(sums.values());
	}

	static Stream<Double> numbers(EntityValue value) {
		return value.attributes()
			.values()
			.stream()
			.filter(Number.class::isInstance)
			.map(n -> ((Number) n).doubleValue());
	}

}
