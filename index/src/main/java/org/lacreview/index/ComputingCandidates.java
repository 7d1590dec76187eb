package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;

/**
 * The intents, in the order tried, that may compute what a question asks once one has
 * been chosen: the chosen one, then the next-ranked ones close to it, then those whose
 * slot the operation itself points to whatever they scored.
 */
final class ComputingCandidates {

	/**
	 * Next-ranked intents scored at least this share of the chosen one's score may
	 * compute what it cannot ("¿cuántos por Zoom en promedio?" ranks the total first, the
	 * daily figures next).
	 */
	static final double CANDIDATE_SHARE = 0.5;

	private ComputingCandidates() {
	}

	/**
	 * The candidates for {@code operation}: {@code chosen} first (unless the operation
	 * counts per value named), never an out-of-scope or unanswerable intent, none twice.
	 */
	static List<Intent> of(Corpus corpus, AskedOperation operation, Intent chosen, Decision decision,
			List<Scored> ranked) {
		List<Intent> candidates = new ArrayList<>();
		// "¿Hubo más talleres el lunes que el martes?": the workshops are counted per
		// day by an intent about the days, first one that shows no figure of theirs
		// (whose source is not that of the people at each).
		if (operation.perValue().isPresent()) {
			Set<String> owners = new HashSet<>(decision.selected().keySet());
			operation.perValue()
				.flatMap(corpus::family)
				.flatMap(f -> PerValueCounting.owners(corpus.familiesByName(), f))
				.ifPresent(f -> owners.add(f.name()));
			addAll(corpus, ranked, candidates, i -> i.slot()
				.filter(owners::contains)
				.filter(s -> corpus.family(s).filter(f -> Computations.figure(i, s, f.values()).isEmpty()).isPresent())
				.isPresent());
		}
		if (!candidates.contains(chosen)) {
			candidates.add(chosen);
		}
		ranked.stream()
			.filter(s -> s.score() >= decision.confidence() * CANDIDATE_SHARE)
			.limit(FallbackComposer.MAX_SUGGESTIONS)
			.map(s -> corpus.intent(s.name()))
			.flatMap(Optional::stream)
			.filter(i -> !i.isOutOfScope() && !i.unanswerable() && !candidates.contains(i))
			.forEach(candidates::add);
		// A bounded count of a family's values ("¿cuántas categorías tuvieron menos de
		// 20?") is the count of that family, whichever intent ranks first: those with it
		// as slot. Unbounded, the noun may be no count's ("¿cuántos por sesión?").
		operation.counted()
			.filter(family -> operation.bound().isPresent())
			.ifPresent(family -> addAll(corpus, ranked, candidates, i -> i.slot().filter(family::equals).isPresent()));
		// "The gap between the biggest and the smallest": over the family the chosen
		// intent picks the largest or smallest of, whose values those with it as slot
		// give one by one.
		if (operation.extremes()) {
			Set<String> ranking = AnswerAggregates.aggregatePlaceholders(chosen.answer())
				.stream()
				.map(Placeholder::family)
				.collect(Collectors.toSet());
			addAll(corpus, ranked, candidates, i -> i.slot().filter(ranking::contains).isPresent());
		}
		// An average is of figures one per value: when the chosen intent gives one
		// figure only ("¿cuántos en total?" ranked first for "¿cuál fue la media de los
		// tres días?"), those giving a figure per value of their slot may compute it, if
		// the question is theirs at all and names what it is of (a platform, an event):
		// with nothing named, an average per round table is no average per day. A share
		// of a value named, likewise, when the total ranks first: those giving a figure
		// per value of the named value's family. So too when the chosen intent gives no
		// figures at all and the question names two values of the slot ("¿qué porcentaje
		// de los del lunes vinieron el martes?" ranks the days' programme first); with
		// one
		// named, a share of the day's programme may be what is asked.
		boolean share = operation.operation() == Operation.SHARE;
		boolean givesNoFigure = !AnswerKinds.gives(chosen, Optional.of(AnswerKinds.NUMBER));
		if ((share || operation.operation() == Operation.AVERAGE || operation.operation() == Operation.MEDIAN)
				&& (chosen.slot().isEmpty() || givesNoFigure) && !decision.selected().isEmpty()
				|| changeWithoutFigures(operation, givesNoFigure)) {
			addAll(corpus, ranked.stream().filter(s -> s.score() > 0).toList(), candidates, i -> i.slot()
				.filter(slot -> !share || decision.selected().containsKey(slot))
				.filter(slot -> chosen.slot().isEmpty() || decision.selected().getOrDefault(slot, List.of()).size() > 1)
				.flatMap(corpus::family)
				.filter(f -> f.values().stream().anyMatch(Operands::hasFigures))
				.isPresent());
		}
		// Nothing named but a family's whole ("en média, quantas pessoas se registraram
		// por categoria?"): those giving a figure per value of that family.
		if (operation.operation() == Operation.AVERAGE && chosen.slot().isEmpty() && decision.selected().isEmpty()) {
			operation.familyWhole()
				.ifPresent(family -> addAll(corpus, ranked.stream().filter(s -> s.score() > 0).toList(), candidates,
						i -> i.slot().filter(family::equals).isPresent()));
		}
		// Days are counted over the dates of the values named, whichever intent ranks
		// first: those giving the dates of a family the question names.
		if (operation.operation().overDates()) {
			addAll(corpus, ranked, candidates, i -> AnswerKinds.gives(i, Optional.of(AnswerKinds.DATE))
					&& i.slot().filter(decision.selected()::containsKey).isPresent());
		}
		return candidates;
	}

	/**
	 * Whether the question asks a change or a ratio in percent, a computation only
	 * figures answer ("¿cuál fue la caída porcentual entre el 26 y el 27?"), of a chosen
	 * intent that gives none (the days' programme): those giving figures per value of the
	 * two named may answer it. Not a plain difference, which may be between two
	 * programmes.
	 */
	private static boolean changeWithoutFigures(AskedOperation operation, boolean givesNoFigure) {
		return givesNoFigure && (operation.operation() == Operation.CHANGE || operation.operation() == Operation.RATIO);
	}

	private static void addAll(Corpus corpus, List<Scored> ranked, List<Intent> candidates, Predicate<Intent> fits) {
		ranked.stream()
			.map(s -> corpus.intent(s.name()))
			.flatMap(Optional::stream)
			.filter(i -> i.answersFromTheDocument() && fits.test(i) && !candidates.contains(i))
			.forEach(candidates::add);
	}

}
