package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;

/**
 * The intent a question goes on with from the conversation, whatever it ranks first: an
 * elliptical follow-up of the last intent ("¿y el martes?"), a computation over the
 * values remembered ("¿y juntos?") or over the last two answers' values ("¿cuál es la
 * diferencia?"), a follow-up on the context, between the last answer's ends, or a sum of
 * the figures the last answer's text gives. Part of {@link DialogResolver}.
 */
final class FollowedIntent {

	private final Corpus corpus;

	private final LastTopic lastTopic;

	private final FirstChoice firstChoice;

	private final ContextFollowUps contextFollowUps;

	private final AgainstLastAnswer againstLastAnswer;

	private final QuestioningOpenings openings;

	FollowedIntent(Corpus corpus, LastTopic lastTopic, FirstChoice firstChoice, ContextFollowUps contextFollowUps) {
		this.corpus = corpus;
		this.lastTopic = lastTopic;
		this.firstChoice = firstChoice;
		this.contextFollowUps = contextFollowUps;
		this.againstLastAnswer = new AgainstLastAnswer(lastTopic);
		this.openings = new QuestioningOpenings(corpus);
	}

	/**
	 * The intent followed, if any.
	 *
	 * @param intent the intent the question goes on with
	 * @param acrossTurns whether it computes over the values of the last two turns (put
	 * into the values selected)
	 * @param fromContext whether it computes over the values remembered or goes on with
	 * the context, so that its slot takes the conversation's values
	 */
	record Following(Optional<Intent> intent, boolean acrossTurns, boolean fromContext) {
	}

	/**
	 * The intent {@code extraction} goes on with; {@code selected} (the values named, by
	 * family) gets the values of the last two turns when it computes across them.
	 * @param ranked the intents by score, best first
	 * @param wholeAdded whether the whole of a family was added to the values named
	 * @param coverage the share of the question an intent knows, by intent name
	 * @param computer whether an intent, by name, computes what the question asks over
	 * the values given
	 * @param overItsText whether an intent's answer over the values given has figures in
	 * its text that the question's computation adds
	 */
	Following of(Extraction extraction, Map<String, List<EntityValue>> selected, DialogState previous, Reading reading,
			List<Scored> ranked, boolean wholeAdded, ToDoubleFunction<String> coverage,
			BiPredicate<String, Map<String, List<EntityValue>>> computer,
			BiPredicate<String, Map<String, List<EntityValue>>> overItsText) {
		// "¿Cuándo fue el taller?" after a count of another event asks a
		// date: not the same question about another value.
		// Nor is "and how many from the press?" after the workshop with the fewest the
		// ranking's question again: an answer that ranks its family answers no question
		// of its own about one of its values ("¿y el último?" still goes on with it).
		Optional<Intent> elliptical = lastTopic.ellipticalFollowUp(extraction, selected, previous)
			.filter(i -> AnswerKinds.gives(i, reading.asksFor()))
			// "¿y la feria?" after the workshop with the most: a ranking of one value
			// ranks nothing; the question asks that value's figure.
			.flatMap(i -> AnswerAggregates.ranksOneValue(i, selected, reading)
					? AnswerAggregates.perValueOf(i, corpus.intents()) : Optional.of(i))
			.filter(i -> goesOnWith(i, extraction, reading, ranked, coverage));
		// A comparison only when it computes over them: a difference over the many
		// values a listing gave is none, and may be across turns instead.
		Optional<Intent> overRemembered = elliptical.isPresent() ? Optional.empty()
				: lastTopic.computationOverRemembered(extraction, selected, previous, reading.operation())
					.filter(i -> reading.operation().filter(Operation::comparesTwo).isEmpty() || i.slot()
						.map(slot -> computer.test(i.name(), Map.of(slot, lastTopic.remembered(previous, slot))))
						.orElse(true));
		Optional<Intent> followed = elliptical.or(() -> overRemembered);
		boolean acrossTurns = false;
		if (followed.isEmpty() && reading.asksComputation()) {
			// "¿cuál es la diferencia?" after answers about values of two families: the
			// last intent computes over both turns' values.
			Optional<Map<String, List<EntityValue>>> across = lastTopic
				.acrossAnswers(extraction, selected, previous, reading.operation(), reading.namesAWhole())
				.or(() -> againstLastAnswer.values(extraction, selected, previous, reading.operation()));
			// The last intent, or when it cannot (a listing by group, set against
			// another family's figure), the best-ranked one that can.
			Optional<Intent> computing = across.flatMap(values -> previous.intent()
				.filter(last -> computer.test(last, values))
				.or(() -> ranked.stream().map(Scored::name).filter(i -> computer.test(i, values)).findFirst())
				.flatMap(corpus::intent));
			if (computing.isPresent()) {
				selected.putAll(across.get());
				followed = computing;
				acrossTurns = true;
			}
		}
		Optional<Intent> onContext = followed.isPresent() ? Optional.empty() : contextFollowUps
			.goingOn(wholeAdded, extraction, reading, previous, selected)
			.or(() -> contextFollowUps.pronounOfTheLastValue(extraction, reading, previous, selected)
				// "and her organisation's website?" asks the best intent about a
				// value of its own slot; "his email?", a word the corpus does not
				// know, what no answer gives.
				.filter(i -> reading.foreignShare() == 0
						&& (ranked.isEmpty() || corpus.intent(ranked.get(0).name()).flatMap(Intent::slot).isEmpty())));
		if (onContext.isPresent()) {
			followed = onContext;
		}
		if (followed.isEmpty()) {
			followed = contextFollowUps.betweenLastEnds(extraction, reading, previous, selected, computer);
		}
		if (followed.isEmpty()) {
			followed = contextFollowUps.sumOverLastText(extraction, reading, previous, selected, overItsText);
		}
		return new Following(followed, acrossTurns, overRemembered.isPresent() || onContext.isPresent());
	}

	/**
	 * Whether an elliptical follow-up goes on with the last intent {@code last} rather
	 * than asking its own question of another intent about the same value
	 * ({@link FirstChoice#asksItsOwn}).
	 */
	private boolean goesOnWith(Intent last, Extraction extraction, Reading reading, List<Scored> ranked,
			ToDoubleFunction<String> coverage) {
		if (openings.asksOnlyInOpening(extraction.folded(), reading.language())) {
			// "what about the first day?" asks what "and the first day?" asks.
			return true;
		}
		boolean asksItsOwn = firstChoice.asksItsOwn(ranked, last, reading.asksFor());
		if (reading.asksComputation()) {
			// "consultas con sociedad civil: cuándo fueron y cuántos por sesión": the
			// second part names the value again and asks a number per session, which
			// the intent giving its participants answers, not the one giving its dates.
			return !asksItsOwn;
		}
		if (reading.asks()) {
			return AnswerAggregates.aggregates(last.answer()).isEmpty() && !asksItsOwn;
		}
		// "¿y la web de la feria?" after what the fair is: a word of the question only
		// another intent about the value knows asks that one.
		return !(asksItsOwn && coverage.applyAsDouble(ranked.get(0).name()) > coverage.applyAsDouble(last.name()));
	}

}
