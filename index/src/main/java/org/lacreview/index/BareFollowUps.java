package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * What a bare question ({@link BareQuestions}: "¿cuáles?", "¿cuántos eran?", "and when?")
 * asks after answers about values. It is about the conversation's values: a count of the
 * values the last answer listed ({@link ListedCount}), or what the last intent or one
 * about a value the conversation named says; any other intent the classifier picks for
 * its lone word is refused. Part of the decision stage ({@link DialogResolver}).
 */
final class BareFollowUps {

	private final LastTopic lastTopic;

	private final ListedCount listedCount;

	BareFollowUps(Corpus corpus, LastTopic lastTopic) {
		this.lastTopic = lastTopic;
		this.listedCount = new ListedCount(corpus);
	}

	/**
	 * For "¿cuántos eran?" after a list (the count {@link ListedCount#asked} read), the
	 * intent that counts the values listed, which are put into {@code selected}; empty
	 * for any other question.
	 * @param selected the values the question selects, by family; filled here
	 */
	Optional<Intent> countOfListed(Reading reading, DialogState previous, Map<String, List<EntityValue>> selected) {
		if (!reading.bare() || !selected.isEmpty() || reading.operation().filter(Operation.COUNT::equals).isEmpty()) {
			return Optional.empty();
		}
		Optional<String> family = reading.counted().filter(previous.listed()::containsKey);
		Optional<Intent> counting = family.flatMap(listedCount::counting);
		counting.ifPresent(i -> selected.put(family.get(), lastTopic.listed(previous, family.get())));
		return counting;
	}

	/**
	 * The refusal of a bare question that {@code top}, the intent chosen for it, does not
	 * go on with ({@link LastTopic#goesOnWith}), after answers about values, or for a
	 * number after an answer that listed values; empty when it may answer.
	 */
	Optional<Decision> refusal(Scored top, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		boolean aboutValues = !previous.values().isEmpty()
				|| !previous.listed().isEmpty() && reading.asksFor().filter(AnswerKinds.NUMBER::equals).isPresent();
		// After a list, a bare question of when may still be about the document's
		// subject; one of how many is about what was listed.
		if (!reading.bare() || !selected.isEmpty() || !aboutValues || lastTopic.goesOnWith(top.name(), previous)) {
			return Optional.empty();
		}
		return Optional
			.of(Decision.fallback(true, "a bare question after answers about values " + top.name() + " is not about"));
	}

}
