package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * The operation a question asks once the values it names are seen: a sum of two or more
 * named values where a count was read, a duration of named values dated by days, a change
 * relative to the value compared with, a difference between two groups of values, a
 * change said as a share. Each method returns the operation it is given when its rule
 * does not apply. Part of reading the operation ({@link OperationReader}).
 */
final class NamedValueOperations {

	private final OperationPhrases phrases;

	private final FamilyWholes familyWholes;

	private final GroupedValues grouped;

	private final WholeOfShare wholeOfShare;

	NamedValueOperations(OperationPhrases phrases, FamilyWholes familyWholes, GroupedValues grouped,
			WholeOfShare wholeOfShare) {
		this.wholeOfShare = wholeOfShare;
		this.phrases = phrases;
		this.familyWholes = familyWholes;
		this.grouped = grouped;
	}

	/**
	 * "¿Cuántos países en total, sumando Estados miembros y miembros asociados?": a count
	 * with no bound, in a question that says a sum and names two or more values with
	 * figures of a family other than the one counted (by name, not by date), adds up
	 * those values.
	 */
	AskedOperation sumOfTheNamed(AskedOperation asked, Extraction question, String language) {
		if (asked.operation() != Operation.COUNT || asked.bound().isPresent() || !saysASum(question, language)) {
			return asked;
		}
		// Not values named by a date: "combien d'aires les 27 et 28 avril" counts the
		// areas of those days.
		Map<String, Long> withFigures = question.mentions()
			.stream()
			.filter(m -> !m.isDate())
			.flatMap(m -> m.values().stream())
			.filter(Operands::hasFigures)
			.distinct()
			.collect(Collectors.groupingBy(EntityValue::family, Collectors.counting()));
		boolean twoOfAnother = withFigures.entrySet()
			.stream()
			.anyMatch(e -> e.getValue() >= 2 && !asked.counted().equals(Optional.of(e.getKey())));
		return twoOfAnother ? new AskedOperation(Operation.SUM, 0, Optional.empty()) : asked;
	}

	/**
	 * "¿Cuántos días sumaron en total los talleres y la feria?": a duration, or a count
	 * of the values of a family (the days) with no bound, in a question that says a sum
	 * and names two or more values of another family by name, each dated by whole days,
	 * adds up how long each lasted: a duration of all of them.
	 */
	AskedOperation daysOfTheNamed(AskedOperation asked, Extraction question, String language) {
		boolean countOfAFamily = asked.operation() == Operation.COUNT && asked.counted().isPresent()
				&& asked.bound().isEmpty();
		if (!countOfAFamily && asked.operation() != Operation.DURATION || !saysASum(question, language)) {
			return asked;
		}
		List<EntityValue> dated = question.mentions()
			.stream()
			.filter(m -> !m.isDate())
			.flatMap(m -> m.values().stream())
			.filter(v -> !asked.counted().equals(Optional.of(v.family()))
					&& v.date().filter(DateSpan::exactDays).isPresent())
			.distinct()
			.toList();
		boolean oneFamily = dated.stream().map(EntityValue::family).distinct().count() == 1;
		return dated.size() >= 2 && oneFamily ? AskedOperation.durationOfNamed() : asked;
	}

	/** Whether the question has one of the language's sum phrases. */
	boolean saysASum(Extraction question, String language) {
		Pattern sum = phrases.in(language).get(Operation.SUM);
		return sum != null && sum.matcher(question.folded()).find();
	}

	/**
	 * "By what percentage was the fair bigger than the workshops?": a change in percent
	 * between the two values named, with a difference's phrase in two parts ("bigger …
	 * than") ending between them, is relative to the second; so is one between two values
	 * in no order after any difference's phrase or share base ending between them ("¿en
	 * qué porcentaje aumentó YouTube respecto a Zoom?"); {@code asked} itself otherwise
	 * ("par rapport au lundi, de combien … le mardi" is relative to the first).
	 */
	AskedOperation relativeToTheCompared(AskedOperation asked, Extraction question, String language) {
		Optional<Pattern> comparative = phrases.comparative(language);
		if (asked.operation() != Operation.CHANGE || comparative.isEmpty()) {
			return asked;
		}
		Pattern difference = comparative.get();
		// The two values of one family compared ("Zoom" may be named beside two days).
		Map<String, List<Mention>> byFamily = question.mentions()
			.stream()
			.filter(m -> m.values().size() == 1)
			.sorted(Comparator.comparingInt(Mention::start))
			.collect(Collectors.groupingBy(m -> m.values().get(0).family(), LinkedHashMap::new, Collectors.toList()));
		List<List<Mention>> pairs = byFamily.values().stream().filter(ms -> ms.size() == 2).toList();
		if (pairs.size() != 1 || pairs.get(0).get(0).values().get(0).equals(pairs.get(0).get(1).values().get(0))) {
			return asked;
		}
		List<Mention> named = pairs.get(0);
		int from = named.get(0).end();
		int to = named.get(1).start();
		List<Pattern> comparing = new ArrayList<>(List.of(difference));
		if (named.stream().allMatch(m -> m.values().get(0).order().isEmpty())) {
			// Of values in no order, the one after any difference's phrase or share base
			// is what the other is set against: "YouTube respecto a Zoom", "YouTube más
			// que Zoom". Days keep going from the earlier.
			Optional.ofNullable(phrases.in(language).get(Operation.DIFFERENCE)).ifPresent(comparing::add);
			wholeOfShare.bases(language).ifPresent(comparing::add);
		}
		boolean compared = comparing.stream()
			.flatMap(p -> GroupedValues.ends(p, question.folded()).stream())
			.anyMatch(end -> end > from && end <= to);
		return compared ? asked.relativeTo(named.get(1).values().get(0).id()) : asked;
	}

	/**
	 * "¿Hubo más talleres que charlas y ferias juntas?": a sum, difference or ratio over
	 * values named in two groups ({@link GroupedValues}) is a difference (or that ratio)
	 * between the groups' sums; {@code asked} itself otherwise.
	 */
	AskedOperation betweenGroups(AskedOperation asked, Extraction question, String language) {
		Operation operation = asked.operation();
		if (operation != Operation.SUM && operation != Operation.DIFFERENCE && operation != Operation.RATIO
				|| asked.bound().isPresent()) {
			return asked;
		}
		List<String> first = grouped.firstGroup(question, language, phrases.in(language));
		if (first.isEmpty()) {
			return asked;
		}
		return new AskedOperation(operation == Operation.RATIO ? operation : Operation.DIFFERENCE, 0, Optional.empty(),
				Optional.empty(), false, Optional.empty(), Optional.empty())
			.groupedBy(first);
	}

	/**
	 * "Among those who weren't at the workshops, what percent came to the fair?": a share
	 * of what a complement leaves out, where the complement's phrase and the values it
	 * names all come before the share's phrase and one or more values of the same family
	 * come after it, is the share of those after among the values not left out. The
	 * values left out are returned as the first group
	 * ({@link AskedOperation#firstGroup}); {@code asked} itself otherwise.
	 */
	AskedOperation amongTheRest(AskedOperation asked, Extraction question, String language) {
		Map<Operation, Pattern> byOperation = phrases.in(language);
		Pattern complement = byOperation.get(Operation.COMPLEMENT);
		Pattern share = byOperation.get(Operation.SHARE);
		if (asked.operation() != Operation.SHARE || !asked.excluding() || complement == null || share == null) {
			return asked;
		}
		Matcher left = complement.matcher(question.folded());
		Matcher shared = share.matcher(question.folded());
		if (!left.find() || !shared.find(left.end())) {
			return asked;
		}
		List<Mention> single = question.mentions().stream().filter(m -> m.values().size() == 1).toList();
		List<EntityValue> out = single.stream()
			.filter(m -> m.start() >= left.end() && m.end() <= shared.start())
			.map(m -> m.values().get(0))
			.distinct()
			.toList();
		List<EntityValue> parts = single.stream()
			.filter(m -> m.start() >= shared.end())
			.map(m -> m.values().get(0))
			.distinct()
			.toList();
		boolean oneFamily = Stream.concat(out.stream(), parts.stream())
			.map(EntityValue::family)
			.distinct()
			.count() == 1;
		boolean apart = parts.stream().noneMatch(out::contains);
		return !out.isEmpty() && !parts.isEmpty() && oneFamily && apart && single.size() == question.mentions().size()
				? asked.groupedBy(out.stream().map(EntityValue::id).toList()) : asked;
	}

	/**
	 * {@code folded} with every phrase of {@code pattern} blanked out: the "more than" of
	 * a share's "more than half" says no difference.
	 */
	private static String withoutPhrases(Pattern pattern, String folded) {
		return pattern == null ? folded : pattern.matcher(folded).replaceAll(m -> " ".repeat(m.group().length()));
	}

	/**
	 * "En porcentaje, ¿cuánto menos hubo el martes que el lunes?": a share that also says
	 * a difference within one clause ("los talleres más los cursos, ¿qué porcentaje…?"
	 * says none), between the two values the question names of one family (and of no
	 * whole it names), is the change from one to the other. A difference's phrase that is
	 * part of a share's base ("em relação ao 26" in "% do 28 em relação ao 26") says
	 * none.
	 */
	AskedOperation changeSaidAsShare(AskedOperation asked, Extraction question, String language) {
		Map<Operation, Pattern> byOperation = phrases.in(language);
		if (asked.operation() != Operation.SHARE || asked.excluding()
				|| !OperationPhrases.saysWithinClause(byOperation.get(Operation.DIFFERENCE),
						withoutPhrases(byOperation.get(Operation.SHARE),
								wholeOfShare.withoutBases(question.folded(), language)))
				|| familyWholes.named(question, language).isPresent()) {
			return asked;
		}
		// Each value once, whether named alone or in a range ("entre el 27 y el 28").
		Map<String, Long> named = question.mentions()
			.stream()
			.filter(Mention::isCovered)
			.flatMap(m -> m.values().stream())
			.distinct()
			.collect(Collectors.groupingBy(EntityValue::family, Collectors.counting()));
		return named.values().stream().filter(n -> n == 2).count() == 1
				? new AskedOperation(Operation.CHANGE, 0, Optional.empty()) : asked;
	}

}
