package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;

/**
 * Which intents can answer a question that asks for a kind of answer
 * ({@link org.lacreview.index.text.AskedKind}: a person, a date, a place, a number…):
 * those whose {@link Intent#answers()} list it, and those that list none. One that lists
 * other kinds answers another question ("¿en qué año…?" is not answered by a description,
 * "¿cuántos años tiene…?" not by a person's role), so the decision considers the next
 * that gives the kind, or none.
 */
final class AnswerKinds {

	/**
	 * The kinds the engine itself reasons about, as the language files' {@code asks_for}
	 * name them: a figure, a date, an explanation.
	 */
	static final String NUMBER = "number";

	static final String DATE = "date";

	static final String DESCRIPTION = "description";

	/** How many intents after a dropped best may take its score. */
	static final int SAME_SLOT_RUNNERS_UP = 2;

	private final Corpus corpus;

	AnswerKinds(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * {@code ranked} without the intents that do not give {@code kind}, in the same
	 * order; all of it when the question asks for no kind. When the best is dropped and
	 * the question says a {@code superlative}, the first of the next
	 * {@value #SAME_SLOT_RUNNERS_UP} about the same slot that gives the kind and whose
	 * answer picks that end ({@code max(…)} or {@code min(…)}) takes the best's score if
	 * higher: "¿qué día hubo más gente?" scored best for the intent giving each day's
	 * figure; the words chose the family, the kind and the superlative choose the intent
	 * about it.
	 */
	List<Scored> giving(List<Scored> ranked, Optional<String> kind, Optional<Operation> superlative) {
		if (kind.isEmpty()) {
			return ranked;
		}
		List<Scored> giving = new ArrayList<>(
				ranked.stream().filter(s -> corpus.intent(s.name()).map(i -> gives(i, kind)).orElse(true)).toList());
		Optional<String> droppedSlot = ranked.isEmpty() || superlative.isEmpty()
				|| !giving.isEmpty() && giving.get(0).equals(ranked.get(0)) ? Optional.empty()
						: corpus.intent(ranked.get(0).name()).flatMap(Intent::slot);
		if (droppedSlot.isEmpty()) {
			return giving;
		}
		Placeholder.Function end = superlative.get() == Operation.RANK_MOST ? Placeholder.Function.MAX
				: Placeholder.Function.MIN;
		List<Scored> runnersUp = ranked.subList(1, Math.min(ranked.size(), SAME_SLOT_RUNNERS_UP + 1));
		for (int i = 0; i < giving.size(); i++) {
			Scored s = giving.get(i);
			if (runnersUp.contains(s) && corpus.intent(s.name())
				.filter(heir -> heir.slot().equals(droppedSlot) && picks(heir, end))
				.isPresent()) {
				giving.set(i, new Scored(s.name(), Math.max(s.score(), ranked.get(0).score())));
				giving.sort(Comparator.comparingDouble(Scored::score).reversed());
				break;
			}
		}
		return giving;
	}

	/** Whether an intent's answer (for all values, else its answer) picks that end. */
	private static boolean picks(Intent intent, Placeholder.Function end) {
		List<Placeholder.Function> all = AnswerAggregates.aggregates(intent.answerAll());
		return (all.isEmpty() ? AnswerAggregates.aggregates(intent.answer()) : all).contains(end);
	}

	/**
	 * Whether {@code intent} gives {@code kind}: it lists it, or lists none, or no kind
	 * is asked.
	 */
	static boolean gives(Intent intent, Optional<String> kind) {
		return kind.isEmpty() || intent.answers().isEmpty() || intent.answers().contains(kind.get());
	}

}
