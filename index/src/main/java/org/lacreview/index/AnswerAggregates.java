package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;

/**
 * What an answer template says by its aggregate placeholders ({@code max(…)},
 * {@code min(…)}): which of a family's values it picks, and so from which end it ranks
 * them. Read from the corpus's templates, never from a rendered answer.
 */
final class AnswerAggregates {

	private AnswerAggregates() {
	}

	/**
	 * The end an intent's answer ranks its family from: {@link Operation#RANK_MOST} when
	 * its first aggregate placeholder (in its answer for all values, else its answer) is
	 * {@code max(…)}, {@link Operation#RANK_LEAST} for {@code min(…)}; empty for an
	 * answer that ranks nothing.
	 */
	static Optional<Operation> ranksFrom(Intent intent) {
		List<Placeholder.Function> ranking = picked(intent);
		return ranking.isEmpty() ? Optional.empty()
				: Optional.of(ranking.get(0) == Placeholder.Function.MAX ? Operation.RANK_MOST : Operation.RANK_LEAST);
	}

	/**
	 * Whether an intent's answer (for all values, else its answer) picks the end
	 * {@code superlative} ({@link Operation#RANK_MOST} or {@link Operation#RANK_LEAST})
	 * says, anywhere among its aggregates.
	 */
	static boolean picks(Intent intent, Operation superlative) {
		return picked(intent)
			.contains(superlative == Operation.RANK_MOST ? Placeholder.Function.MAX : Placeholder.Function.MIN);
	}

	/**
	 * The intent that gives, for one value, the figure {@code ranking}'s answer ranks its
	 * family by: an answerable intent among {@code intents} with the same slot whose
	 * answer names that figure of the value selected ({@code {day.zoom}} beside
	 * {@code max(day.zoom)}) and ranks nothing. Empty when {@code ranking} ranks nothing
	 * or no one intent gives its figure.
	 */
	static Optional<Intent> perValueOf(Intent ranking, List<Intent> intents) {
		List<Placeholder> ranked = aggregatePlaceholders(ranking.answer());
		if (ranked.isEmpty() || ranking.slot().isEmpty()) {
			return Optional.empty();
		}
		Placeholder by = ranked.get(0);
		List<Intent> giving = intents.stream()
			.filter(i -> !i.unanswerable() && i.slot().equals(ranking.slot()) && aggregates(i.answer()).isEmpty())
			.filter(i -> i.answer()
				.texts()
				.values()
				.stream()
				.flatMap(t -> Placeholder.parse(t).stream())
				.anyMatch(
						p -> p.isSelected() && p.family().equals(by.family()) && p.attribute().equals(by.attribute())))
			.toList();
		return giving.size() == 1 ? Optional.of(giving.get(0)) : Optional.empty();
	}

	/**
	 * Whether {@code intent}'s answer ranks its family ({@code max(…)}, {@code min(…)})
	 * for a question that names one value of its slot and asks neither a superlative nor
	 * a computation: a ranking of one value ranks nothing, and the question asks that
	 * value's figure ("¿y la feria?" after the workshop with the most; "¿cómo fue la
	 * participación de la feria entre los inscritos?"), which {@link #perValueOf} gives.
	 * @param selected the values named, by family
	 */
	static boolean ranksOneValue(Intent intent, Map<String, List<EntityValue>> selected, Reading reading) {
		return !aggregates(intent.answer()).isEmpty() && !reading.asksComputation() && reading.superlative().isEmpty()
				&& intent.slot().filter(slot -> selected.getOrDefault(slot, List.of()).size() == 1).isPresent();
	}

	/**
	 * The intent giving the figure of the one value of {@code ranking}'s slot that the
	 * question names ({@link #perValueOf}), when {@code ranking} {@link #ranksOneValue}
	 * and gives the kind of answer asked: "¿cómo fue la participación de la feria entre
	 * los inscritos?" asks the fair's figure. Empty when the conversation is already
	 * about that value ("¿cuáles talleres eran?" after their count asks who they were).
	 * @param selected the values named, by family
	 * @param intents the corpus's intents
	 */
	static Optional<Intent> valueFigureInstead(Intent ranking, Map<String, List<EntityValue>> selected, Reading reading,
			DialogState previous, List<Intent> intents) {
		return Optional.of(ranking)
			.filter(i -> ranksOneValue(i, selected, reading))
			.filter(i -> selected.get(i.slot().get())
				.stream()
				.noneMatch(v -> previous.values().getOrDefault(v.family(), List.of()).contains(v.id())))
			.flatMap(i -> perValueOf(i, intents))
			.filter(i -> AnswerKinds.gives(i, reading.asksFor()));
	}

	/** The aggregates of an intent's answer for all values, else of its answer. */
	private static List<Placeholder.Function> picked(Intent intent) {
		List<Placeholder.Function> all = aggregates(intent.answerAll());
		return all.isEmpty() ? aggregates(intent.answer()) : all;
	}

	/**
	 * The largest-or-smallest functions ({@code max(…)}, {@code min(…)}) of an answer's
	 * placeholders, in order.
	 */
	static List<Placeholder.Function> aggregates(Localized answer) {
		return aggregatePlaceholders(answer).stream().map(p -> p.function().orElseThrow()).toList();
	}

	/**
	 * The placeholders of an answer that pick the largest or the smallest value
	 * ({@code max(group.count)}, {@code min(day.zoom)}), in order.
	 */
	static List<Placeholder> aggregatePlaceholders(Localized answer) {
		return answer.texts()
			.values()
			.stream()
			.flatMap(t -> Placeholder.parse(t).stream())
			.filter(p -> p.function()
				.filter(f -> f == Placeholder.Function.MAX || f == Placeholder.Function.MIN)
				.isPresent())
			.toList();
	}

}
