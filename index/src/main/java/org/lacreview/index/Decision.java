package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * What {@link DialogResolver} decided about a question: the intent to answer with (empty
 * for a fallback), the values selected by family, whether to use the intent's answer over
 * all the values of its slot, the confidence (0–1), the values the conversation remembers
 * after this turn (family → ids), whether the fallback is for a value the document has no
 * data on, the reason in words for the trace, whether no intent fitted (so a sentence of
 * the document may answer, {@link SentenceIndex}), whether the question was a follow-up
 * with nothing to follow (so the bot asks what it is about), and, when no intent fitted,
 * the best one, whose answer may still hold the question
 * ({@link UnderThreshold#nearest}), and, when no intent scored enough, whether the corpus
 * knows every word of the question (so a sentence sharing a rare word of it may answer,
 * {@link SentenceIndex#bestOnRareWord}, and a follow-up may be read after the previous
 * question).
 */
record Decision(Optional<Intent> intent, Map<String, List<EntityValue>> selected, boolean useAnswerAll,
		double confidence, Map<String, List<String>> remembered, boolean unknownValue, String reason,
		boolean noIntentFits, boolean nothingToFollow, Optional<Intent> nearest, boolean everyWordKnown) {

	/** An answer by {@code intent}. */
	static Decision answer(Intent intent, Map<String, List<EntityValue>> selected, boolean useAnswerAll,
			double confidence, Map<String, List<String>> remembered, String reason) {
		return new Decision(Optional.of(intent), selected, useAnswerAll, confidence, remembered, false, reason, false,
				false, Optional.empty(), false);
	}

	static Decision fallback(boolean unknownValue, String reason) {
		return new Decision(Optional.empty(), Map.of(), false, 0, Map.of(), unknownValue, reason, false, false,
				Optional.empty(), false);
	}

	/**
	 * A fallback for a question no intent scored enough for that leans on the
	 * conversation or asks for a kind of answer: no sentence of the document answers it
	 * alone, but read after the previous question it may be understood
	 * ({@link QuestionAnswerer}).
	 * @param everyWordKnown whether the corpus knows every word of the question
	 */
	static Decision belowThreshold(String reason, boolean everyWordKnown) {
		return new Decision(Optional.empty(), Map.of(), false, 0, Map.of(), false, reason, false, false,
				Optional.empty(), everyWordKnown);
	}

	/**
	 * A computation asked right after answers whose remembered values cannot support it
	 * ("¿diferencia?" after a total and an audience): refused, unless a second reading
	 * after the questions before it computes it ({@link AfterPreviousQuestion}).
	 */
	static Decision unsupportedComputation(String reason, boolean everyWordKnown) {
		return new Decision(Optional.empty(), Map.of(), false, 0, Map.of(), true, reason, false, false,
				Optional.empty(), everyWordKnown);
	}

	/**
	 * "¿Y el 3?" with no topic before it: the bot asks what the asker wants to know about
	 * it, with questions it can answer.
	 */
	static Decision nothingToFollow(String reason) {
		return new Decision(Optional.empty(), Map.of(), false, 0, Map.of(), false, reason, false, true,
				Optional.empty(), false);
	}

	/**
	 * No intent scores enough, and nothing in the question says it is about something the
	 * document lacks: a sentence of the document may still answer it
	 * ({@link SentenceIndex}), and so may the answer of {@code nearest}, the best intent
	 * under the threshold, when it holds enough of the question.
	 * @param everyWordKnown whether the corpus knows every word of the question
	 */
	static Decision noIntentFits(String reason, Optional<Intent> nearest, boolean everyWordKnown) {
		return new Decision(Optional.empty(), Map.of(), false, 0, Map.of(), false, reason, true, false, nearest,
				everyWordKnown);
	}
}
