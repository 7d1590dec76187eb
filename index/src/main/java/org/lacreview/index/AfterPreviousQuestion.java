package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * A second reading of a follow-up no intent scored enough for: the previous question and
 * it read as one question ("¿De qué trata el área 2?" then "¿qué día se vio?" is "¿De qué
 * trata el área 2? ¿qué día se vio?"), taken through the stages again with no
 * conversation behind it. Its reply is used only when it says more than the previous
 * question alone and keeps to what was asked:
 * <ul>
 * <li>the refusal was for a score under the threshold, with every word of the follow-up
 * known to the corpus (a word it does not know, "¿cuántos años tiene?", is what was
 * asked, and no reading answers it);</li>
 * <li>the previous turn was answered by an intent answering from the document (not small
 * talk), and its question, read alone, is answered (it did not itself lean on the turn
 * before it);</li>
 * <li>the reply differs from the previous question's alone: it is not the last answer
 * again;</li>
 * <li>it is computed when the follow-up asks a computation, and it gives the kind of
 * answer the follow-up asks for ({@link AnswerKinds});</li>
 * <li>it is about every value the follow-up names, and about a value of every family the
 * conversation named ("¿y cuántas sesiones hubo?" after the consultations is not answered
 * with the registrations' total).</li>
 * </ul>
 */
final class AfterPreviousQuestion {

	private final Corpus corpus;

	AfterPreviousQuestion(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The decision on an unanswered question as {@link #reply} weighs it: a computation
	 * the chosen intent could not make over nothing the question names, every word of
	 * which the corpus knows, counts as refused ("as a share of registrants?" after
	 * YouTube's audience: the intent of the whole it names has nothing named to take a
	 * share of); any other decision stands as it is.
	 * @param everyWordKnown whether the corpus knows every word of the question
	 */
	static Decision refusal(Decision decision, Extraction extraction, Optional<AskedOperation> asked,
			boolean everyWordKnown) {
		return decision.intent().isPresent() && asked.isPresent() && extraction.mentions().isEmpty() && everyWordKnown
				? Decision.unsupportedComputation(decision.reason(), true) : decision;
	}

	/**
	 * The reply to {@code question} read after the previous question, when the rules
	 * above allow it.
	 * @param refused the decision that refused {@code question} read alone
	 * @param extraction its values
	 * @param asked the computation it asks, if any
	 * @param asksFor the kind of answer it asks for, if any
	 * @param previous the conversation before it
	 * @param answering the stages from entities to the reply, for a question (folded
	 * text) and a conversation
	 * @return the reply, its trace saying it was read so; empty when a rule forbids it
	 */
	Optional<Reply> reply(String question, Decision refused, Extraction extraction, Optional<AskedOperation> asked,
			Optional<String> asksFor, DialogState previous, BiFunction<String, DialogState, Reply> answering) {
		boolean fromTheDocument = previous.intent()
			.flatMap(corpus::intent)
			.filter(Intent::answersFromTheDocument)
			.isPresent();
		if (refused.intent().isPresent() || !refused.everyWordKnown() || previous.question().isEmpty()
				|| !fromTheDocument) {
			return Optional.empty();
		}
		Reading after = new Reading(question, extraction, asked, asksFor, previous, answering);
		String last = previous.question().get();
		Optional<Reply> afterLast = after.readAfter(last, last, "; read after the previous question");
		if (afterLast.isPresent() || asked.isEmpty() || previous.earlierQuestion().isEmpty()) {
			return afterLast;
		}
		// "¿diferencia?" after "¿cuántos en la feria?" and "¿y en los talleres?": the
		// two figures are in the two questions, and only a computation is taken from
		// them.
		String earlier = previous.earlierQuestion().get();
		return after.readAfter(earlier + " " + last, earlier, "; read after the two previous questions");
	}

	/** One follow-up and what it reads after. */
	private final class Reading {

		private final String question;

		private final Extraction extraction;

		private final Optional<AskedOperation> asked;

		private final Optional<String> asksFor;

		private final DialogState previous;

		private final BiFunction<String, DialogState, Reply> answering;

		private final DialogState none;

		Reading(String question, Extraction extraction, Optional<AskedOperation> asked, Optional<String> asksFor,
				DialogState previous, BiFunction<String, DialogState, Reply> answering) {
			this.question = question;
			this.extraction = extraction;
			this.asked = asked;
			this.asksFor = asksFor;
			this.previous = previous;
			this.answering = answering;
			this.none = new DialogState(previous.language(), Optional.empty(), Optional.empty(), Map.of());
		}

		/**
		 * The reply to the question read after {@code before}, when the rules allow it.
		 * @param before the earlier questions, folded and joined
		 * @param first the first of them, which must be answered alone
		 * @param mark what the trace adds
		 */
		Optional<Reply> readAfter(String before, String first, String mark) {
			Reply together = answering.apply(before + " " + question, none);
			if (!together.answer().answered()) {
				return Optional.empty();
			}
			Reply alone = answering.apply(first, none);
			boolean computed = ComputedReplies.computed(together.answer());
			boolean saysMore = alone.answer().answered() && !together.answer().text().equals(alone.answer().text());
			boolean asAsked = asked.isEmpty() ? givesKind(together.answer(), asksFor) : computed;
			Map<String, List<String>> about = together.state().values();
			boolean namedKept = extraction.mentions()
				.stream()
				.filter(Mention::isCovered)
				.flatMap(m -> m.values().stream())
				.allMatch(v -> about.getOrDefault(v.family(), List.of()).contains(v.id()));
			boolean familiesKept = previous.values()
				.keySet()
				.stream()
				.allMatch(f -> !about.getOrDefault(f, List.of()).isEmpty());
			if (!saysMore || !asAsked || !namedKept || !familiesKept) {
				return Optional.empty();
			}
			Answer answer = together.answer();
			Trace trace = answer.trace();
			Trace readSo = trace.withDecision(trace.decision() + mark);
			return Optional.of(new Reply(new Answer(answer.text(), true, answer.intent(), answer.confidence(),
					answer.language(), answer.sources(), answer.suggestions(), readSo), together.state()));
		}

	}

	private boolean givesKind(Answer answer, Optional<String> asksFor) {
		return ComputedReplies.computed(answer)
				|| corpus.intent(answer.intent()).filter(i -> AnswerKinds.gives(i, asksFor)).isPresent();
	}

}
