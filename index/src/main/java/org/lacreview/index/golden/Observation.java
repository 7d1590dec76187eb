package org.lacreview.index.golden;

import java.util.Optional;

import org.lacreview.index.Answer;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;

/**
 * One question asked during calibration, answered once at threshold 0: what should have
 * happened and what did. At a higher threshold the same question is refused when its
 * confidence is below it, which is how the engine decides ({@code DialogResolver}); so
 * one run gives the outcome at every threshold.
 *
 * @param truth the intent that should answer it, or {@code out_of_scope} when it must be
 * refused
 * @param answered the intent that answered it at threshold 0; empty when it was refused
 * (it is then refused at every threshold)
 * @param confidence the answer's confidence, 0…1; the question is refused at thresholds
 * above it
 * @param right whether the answer, when given, is the right one (the intent, and for
 * golden turns the content)
 */
public record Observation(String truth, Optional<String> answered, double confidence, boolean right) {

	/**
	 * Asks {@code question} as a user would open a conversation (language detected) of an
	 * engine built at threshold 0; the answer is right when its intent is {@code truth}.
	 */
	public static Observation ask(AnswerEngine engine, String question, String truth) {
		Answer answer = engine.answer(question, Optional.empty(), DialogState.EMPTY).answer();
		Optional<String> answered = answer.answered() ? Optional.of(answer.intent()) : Optional.empty();
		return new Observation(truth, answered, answer.confidence(), answered.map(truth::equals).orElse(false));
	}

	/** The intent that answers at {@code threshold}, or empty when the bot refuses. */
	public Optional<String> at(double threshold) {
		return answered.filter(a -> confidence >= threshold);
	}
}
