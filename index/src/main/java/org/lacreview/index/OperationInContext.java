package org.lacreview.index;

import java.util.Optional;

import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;

/**
 * The computation a question asks in its conversation, read once for the decision and the
 * reply: as written ({@link OperationReader}), else what it reads as after the turns
 * before — a whole the previous question named, a count or sum of what the last answer
 * listed ({@link ListedCount}), the duration or count the previous question asked of
 * other values, the total of a shared name ({@link NamedSetTotals}), days of the last
 * span ({@link DaysOfSpans}). Part of {@link QuestionAnswerer}.
 */
final class OperationInContext {

	private final OperationReader operations;

	private final ListedCount listedCount;

	private final Computations computations;

	private final DaysOfSpans daysOfSpans;

	OperationInContext(OperationReader operations, ListedCount listedCount, Computations computations,
			DaysOfSpans daysOfSpans) {
		this.operations = operations;
		this.listedCount = listedCount;
		this.computations = computations;
		this.daysOfSpans = daysOfSpans;
	}

	/**
	 * The computation {@code extraction} asks; empty for none.
	 * @param named the question's entities before the follow-up stage, whose computation
	 * as written is {@code askedAsWritten}: read again only when that stage rewrote the
	 * question
	 * @param bare whether the question is nothing but question words
	 * ({@link BareQuestions})
	 * @param asksFor the kind of answer the question asks for, if it says one
	 * @param previousIntent the intent of the previous turn, if any
	 */
	Optional<AskedOperation> read(Extraction extraction, Extraction named, Optional<AskedOperation> askedAsWritten,
			boolean bare, Optional<String> asksFor, Optional<Intent> previousIntent, DialogState previous,
			String lang) {
		return perValueOfFigureless(
				readWithContext(extraction, named, askedAsWritten, bare, asksFor, previousIntent, previous, lang),
				extraction, asksFor, lang);
	}

	private Optional<AskedOperation> readWithContext(Extraction extraction, Extraction named,
			Optional<AskedOperation> askedAsWritten, boolean bare, Optional<String> asksFor,
			Optional<Intent> previousIntent, DialogState previous, String lang) {
		// A comparison naming at most one value may set it against the whole the previous
		// question named.
		boolean namesFew = extraction.leansOnContext() || extraction.mentions().size() <= 1;
		return (extraction == named ? askedAsWritten : operations.asked(extraction, lang, previousIntent))
			.map(a -> namesFew ? operations.withWholeAskedBefore(a, previous.question(), lang) : a)
			.map(a -> changeAfterDifference(a, extraction, previous, lang))
			.map(a -> shareAfterComplement(a, extraction, previous, lang))
			.map(a -> listedCount.countForSum(a, bare, asksFor, previous, computations, lang))
			.or(() -> listedCount.asked(bare, asksFor, previous))
			.or(() -> durationAskedBefore(extraction, previous, lang))
			.or(() -> countAskedBefore(extraction, asksFor, previous, lang))
			.or(() -> NamedSetTotals.asked(extraction, asksFor))
			.or(() -> previous.question().flatMap(q -> operations.rankAfterRankAsked(extraction, q, lang)))
			.map(a -> daysOfSpans.ofTheLastSpan(a, extraction, previous, lang));
	}

	/**
	 * "¿cuántas personas por país hubo en la feria?": a number asked per value of a
	 * family without figures, where nothing else or only a count ("cuántas") was read, is
	 * an average over that family ({@link OperationReader#perValueOfFigureless});
	 * {@code asked} otherwise.
	 */
	private Optional<AskedOperation> perValueOfFigureless(Optional<AskedOperation> asked, Extraction extraction,
			Optional<String> asksFor, String lang) {
		// "¿cuántas personas por país?" reads as a count of countries too.
		boolean plainCount = asked.isEmpty() || asked.get().operation() == Operation.COUNT;
		if (!plainCount || asksFor.filter(AnswerKinds.NUMBER::equals).isEmpty()) {
			return asked;
		}
		return operations.perValueOfFigureless(extraction, lang).or(() -> asked);
	}

	/**
	 * A change in percent for a share naming nothing that leans on the turn before, right
	 * after a difference ("¿y en porcentaje?" after "¿cuántos menos el 28 que el 26?"):
	 * the difference in percent of the value compared with, not the share of the two
	 * values' sum. {@code asked} itself for any other question or conversation.
	 */
	private AskedOperation changeAfterDifference(AskedOperation asked, Extraction extraction, DialogState previous,
			String lang) {
		return shareAfter(Operation.DIFFERENCE, new AskedOperation(Operation.CHANGE, 0, Optional.empty()), asked,
				extraction, previous, lang);
	}

	/**
	 * A share naming nothing that leans on the turn before, right after a complement
	 * ("what percentage is that?" after "how many were not from that group?"): the share
	 * of those left, not of the values the complement left out. {@code asked} itself for
	 * any other question or conversation.
	 */
	private AskedOperation shareAfterComplement(AskedOperation asked, Extraction extraction, DialogState previous,
			String lang) {
		return shareAfter(Operation.COMPLEMENT, new AskedOperation(Operation.SHARE, 0, Optional.empty(),
				Optional.empty(), true, Optional.empty(), Optional.empty()), asked, extraction, previous, lang);
	}

	/**
	 * {@code instead} for a share ({@code asked}) naming nothing that leans on the turn
	 * before, when the previous question asked {@code before}; {@code asked} otherwise.
	 */
	private AskedOperation shareAfter(Operation before, AskedOperation instead, AskedOperation asked,
			Extraction extraction, DialogState previous, String lang) {
		if (asked.operation() != Operation.SHARE || asked.excluding() || !extraction.leansOnContext()
				|| !extraction.mentions().isEmpty() || previous.question().isEmpty()) {
			return asked;
		}
		return operations.asked(previous.question().get(), lang)
			.filter(a -> a.operation() == before)
			.map(a -> instead)
			.orElse(asked);
	}

	/**
	 * The duration the previous question asked, for a follow-up that names only values
	 * ("¿y la feria?" after "¿cuántos días duraron los talleres?"): the same question of
	 * them. Empty for any other question or conversation.
	 */
	private Optional<AskedOperation> durationAskedBefore(Extraction extraction, DialogState previous, String lang) {
		if (!extraction.followUp() || !extraction.isShort() || extraction.mentions().isEmpty()
				|| previous.question().isEmpty()) {
			return Optional.empty();
		}
		// Read from its phrases alone: extracting its values again would cost a second
		// extraction on every such follow-up.
		return operations.asked(previous.question().get(), lang).filter(a -> a.operation() == Operation.DURATION);
	}

	/**
	 * The count the previous question asked, for a short question that asks a number and
	 * names values but no noun of its own ("¿cuántos el lunes?" after "¿cuántos talleres
	 * hubo?"): the same count, of those values; when the previous question asked no
	 * computation, the count the one before it asked. Empty for any other question or
	 * conversation.
	 */
	private Optional<AskedOperation> countAskedBefore(Extraction extraction, Optional<String> asksFor,
			DialogState previous, String lang) {
		if (!extraction.isShort() || extraction.mentions().isEmpty() || previous.question().isEmpty()
				|| asksFor.filter(AnswerKinds.NUMBER::equals).isEmpty()) {
			return Optional.empty();
		}
		// "and how many on Tuesday?" after "how many on Monday?", itself after "how many
		// workshops…?": the count the turn before asked, when the last asked none.
		return operations.asked(previous.question().get(), lang)
			.or(() -> previous.earlierQuestion().flatMap(q -> operations.asked(q, lang)))
			.filter(a -> a.operation() == Operation.COUNT && a.counted().isPresent());
	}

}
