package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * The values of the chosen intent's slot an answer is about: those the question names,
 * else those the conversation was about when the question leans on it ("¿y ese día?",
 * "¿cuántos más que el día anterior?"), else all of them; or a refusal when the question
 * names a date or a thing that is no value of the slot. Part of {@link DialogResolver}.
 */
final class SlotFromContext {

	private final Corpus corpus;

	private final LastTopic lastTopic;

	private final CountPointingBack countPointingBack;

	private final NamesHolding namesHolding;

	SlotFromContext(Corpus corpus, LastTopic lastTopic, CountPointingBack countPointingBack) {
		this.corpus = corpus;
		this.lastTopic = lastTopic;
		this.countPointingBack = countPointingBack;
		this.namesHolding = new NamesHolding(corpus);
	}

	/**
	 * The slot's values chosen, or the refusal.
	 *
	 * @param refusal the refusal, when there is one
	 * @param all whether the answer is about all the slot's values (its answer over all)
	 * @param reason the decision's reason, with how the values were chosen added
	 */
	record SlotFilling(Optional<Decision> refusal, boolean all, String reason) {

		static SlotFilling refused(Decision decision) {
			return new SlotFilling(Optional.of(decision), false, "");
		}

	}

	/**
	 * Puts into {@code selected} the values of {@code intent}'s slot the answer is about
	 * (unchanged when the question names them), and says whether it is about all of them;
	 * {@code intent} has a slot.
	 * @param followedFromContext whether {@code intent} was chosen as going on with the
	 * conversation's values (a computation over the values remembered, or a follow-up on
	 * its context)
	 * @param wholeAdded whether the whole of a family was added to what the question
	 * names
	 * @param acrossTurns whether the values computed over are those of the last two turns
	 * @param reason the decision's reason so far
	 */
	SlotFilling fill(Intent intent, Map<String, List<EntityValue>> selected, Extraction extraction, Reading reading,
			DialogState previous, boolean followedFromContext, boolean wholeAdded, boolean acrossTurns, String reason) {
		String slot = intent.slot().get();
		List<EntityValue> values = selected.getOrDefault(slot, List.of());
		if (values.isEmpty() && DateMentions.namesDateOutside(extraction, slot)) {
			return SlotFilling.refused(Decision.fallback(true, "the date named is not a value of " + slot));
		}
		if (values.isEmpty() && extraction.leansOnContext()) {
			// "and the one with the potters, when was that?": a value of another
			// family named as the one value of the slot whose name holds it is that one,
			// not the value the conversation was about.
			Optional<Map.Entry<Mention, EntityValue>> held = namesHolding.heldIn(extraction, slot, reading.language());
			if (held.isPresent()) {
				values = List.of(held.get().getValue());
				held.get().getKey().values().forEach(v -> selected.remove(v.family()));
				selected.put(slot, values);
				reason += "; " + slot + " whose name holds \u201c" + held.get().getKey().text() + "\u201d";
			}
		}
		// "¿y si le sumo los de la feria?" after the school's count: a follow-up adding
		// one value adds it to the one the conversation was about.
		boolean addsToTheLast = extraction.followUp() && reading.operation().filter(Operation.SUM::equals).isPresent();
		if (values.size() == 1 && (addsToTheLast || reading.operation().filter(Operation::comparesTwo).isPresent())) {
			// "¿y cuántos menos que el día anterior?" after the 28th: the value named
			// and the one the conversation was about are the two compared (or added).
			EntityValue named = values.get(0);
			Optional<EntityValue> other = lastTopic.remembered(previous, slot)
				.stream()
				.filter(v -> !v.equals(named))
				.findFirst();
			// Leaning on the conversation, or going on with the last turn's family:
			// "¿cuántos más tuvo el lunes?" after the Monday and the Tuesday, or
			// "¿cuántos más tiene el primero?" after the second of a ranking.
			if (other.isPresent() && (extraction.leansOnContext() || previous.intent()
				.flatMap(corpus::intent)
				.flatMap(Intent::slot)
				.filter(slot::equals)
				.isPresent())) {
				values = List.of(other.get(), named);
				selected.put(slot, values);
				reason += (addsToTheLast ? "; added to " : "; compared with ") + other.get().id()
						+ " from the previous turn";
			}
		}
		// Across turns, the values computed over are those of the two turns, not
		// what the last one listed.
		if (values.isEmpty() && !acrossTurns
				&& (extraction.leansOnContext() || reading.bare() || followedFromContext)) {
			// "¿y cuál tuvo menos?" after a list of the three largest groups asks
			// over all groups: an answer computed over its slot takes only the values
			// asked before, not those listed.
			values = intent.answerComputesOverSlot() && !reading.asksComputation() ? lastTopic.asked(previous, slot)
					: ValuePronouns.referredTo(lastTopic.remembered(previous, slot), extraction.folded(),
							reading.language());
			if (values.size() > 1 && reading.operation().filter(o -> o == Operation.SHARE).isPresent()
					&& lastTopic.asked(previous, slot).isEmpty()
					&& previous.intent().flatMap(corpus::intent).flatMap(AnswerAggregates::ranksFrom).isPresent()) {
				// "what percentage is that?" after the largest group, followed by the
				// next two: the share of the one the ranking picked, listed first.
				values = values.subList(0, 1);
			}
			// "¿y cuánto suman entre los dos?" after the two smallest and the next
			// two.
			Optional<Integer> first = reading.asksComputation()
					? countPointingBack.in(extraction.folded(), reading.language()) : Optional.empty();
			if (first.isPresent() && first.get() < values.size()) {
				values = values.subList(0, first.get());
			}
			if ((!reading.asksComputation() || reading.operation().filter(Operation.DURATION::equals).isPresent())
					&& values.size() > 1 && previous.intent().filter(intent.name()::equals).isPresent()
					&& !lastTopic.asked(previous, slot).isEmpty()) {
				// "¿y ese día?" after "¿y el 28?" means the 28th, the latest asked;
				// all of them only to compute, but for how long one lasted. Values the
				// last answer listed ("Son 2: A, B") are all meant by "¿cuáles?".
				values = values.subList(0, 1);
			}
			if (!values.isEmpty()) {
				selected.put(slot, values);
				reason += "; " + slot + " from the previous turn";
			}
		}
		// An average over no value named is over all of them ("the average daily
		// attendance across the days"): no value of another kind is asked.
		boolean overAll = reading.operation().filter(Operation.AVERAGE::equals).isPresent();
		if (values.isEmpty() && reading.foreignShare() > 0 && !reading.counted().equals(intent.slot()) && !overAll) {
			// "¿Cuántos de empresas privadas se registraron?": a value the family
			// does not have, by a name
			// the corpus does not know; listing every value would answer another
			// question. Any unknown word
			// counts: refusing "¿me das el desglose por grupo?" is the lesser harm
			// than a confident list.
			return SlotFilling.refused(Decision.fallback(true,
					"asks " + intent.name() + " about something that is not a value of " + slot));
		}
		// "¿y en los tres días?": the whole of the slot, as its answer over all says
		// it.
		return new SlotFilling(Optional.empty(), values.isEmpty() || wholeAdded && reading.operation().isEmpty(),
				reason);
	}

}
