package org.lacreview.index;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.entity.Extraction;

/**
 * What an asked operation is set against: the whole of a share the question names, a
 * family's whole asked the turn before, the average, the two ends of the last answer.
 * Each method returns the operation it is given when its rule does not apply. Part of
 * reading the operation ({@link OperationReader}).
 */
final class WholesAndEnds {

	private final OperationPhrases phrases;

	private final FamilyWholes familyWholes;

	private final WholeOfShare wholeOfShare;

	WholesAndEnds(OperationPhrases phrases, FamilyWholes familyWholes, WholeOfShare wholeOfShare) {
		this.phrases = phrases;
		this.familyWholes = familyWholes;
		this.wholeOfShare = wholeOfShare;
	}

	/**
	 * A difference or an average said together asks how far one value is from the average
	 * ("¿cuántos más que el promedio?", "la diferencia con la media"): a difference from
	 * it. Not one between the largest and the smallest.
	 */
	AskedOperation fromAverage(AskedOperation asked, String folded, String language) {
		boolean either = asked.operation() == Operation.AVERAGE
				|| asked.operation() == Operation.DIFFERENCE && !asked.extremes();
		return either
				&& OperationPhrases.saysBoth(phrases.in(language), Operation.DIFFERENCE, Operation.AVERAGE, folded)
						? AskedOperation.differenceFromAverage() : asked;
	}

	/**
	 * "¿cuántos menos vieron por YouTube?" after "¿y cuántos se registraron?": a
	 * difference or ratio that names no whole itself, asked right after a question naming
	 * a family's whole ({@link FamilyWholes}), sets that whole against what else the
	 * conversation compares.
	 * @param previousQuestion the previous question, folded, as the conversation kept it
	 */
	AskedOperation withWholeAskedBefore(AskedOperation asked, Optional<String> previousQuestion, String language) {
		if (asked.familyWhole().isPresent() || previousQuestion.isEmpty()
				|| asked.operation() != Operation.DIFFERENCE && asked.operation() != Operation.RATIO) {
			return asked;
		}
		return familyWholes.named(previousQuestion.get(), language)
			.map(f -> new AskedOperation(asked.operation(), asked.position(), asked.counted(), asked.bound(),
					asked.excluding(), asked.whole(), Optional.of(f), asked.extremes()))
			.orElse(asked);
	}

	/**
	 * "¿y cuántos más que el día con menos?": a count whose phrase begins a longer one of
	 * a difference, in a question that names no value, is that difference. A count of the
	 * family's values needs no comparison, and a difference of counts ("¿cuántos talleres
	 * más hubo el lunes que el martes?") names the values counted within.
	 */
	AskedOperation differenceNamingNothing(AskedOperation asked, Extraction question, String language) {
		Map<Operation, Pattern> byOperation = phrases.in(language);
		Pattern count = byOperation.get(Operation.COUNT);
		Pattern difference = byOperation.get(Operation.DIFFERENCE);
		if (asked.operation() != Operation.COUNT || asked.bound().isPresent() || !question.mentions().isEmpty()
				|| count == null || difference == null) {
			return asked;
		}
		Matcher counting = count.matcher(question.folded());
		Matcher differing = difference.matcher(question.folded());
		if (!counting.find() || !differing.find() || differing.start() != counting.start()
				|| differing.end() <= counting.end()) {
			return asked;
		}
		return OperationPhrases.differenceOrRatio(Operation.DIFFERENCE, byOperation, question.folded());
	}

	/**
	 * "by how much?" after an answer giving the largest and the smallest of a family: a
	 * difference or ratio that names nothing, leaning on that answer, is between its two
	 * ends ({@code extremes}).
	 */
	static AskedOperation betweenExtremesOf(AskedOperation asked, Extraction question, Optional<Intent> previous) {
		boolean bothEnds = previous.map(i -> AnswerAggregates.aggregates(i.answer()))
			.filter(f -> f.contains(Placeholder.Function.MAX) && f.contains(Placeholder.Function.MIN))
			.isPresent();
		if (!bothEnds || asked.extremes() || !question.mentions().isEmpty()
				|| asked.operation() != Operation.DIFFERENCE && asked.operation() != Operation.RATIO) {
			return asked;
		}
		return new AskedOperation(asked.operation(), asked.position(), asked.counted(), asked.bound(),
				asked.excluding(), asked.whole(), asked.familyWhole(), true);
	}

	/**
	 * A share with the value it is of, when the question names it ({@link WholeOfShare}).
	 */
	AskedOperation withWhole(AskedOperation asked, Extraction question, String language) {
		Pattern share = phrases.in(language).get(Operation.SHARE);
		if (asked.operation() != Operation.SHARE || asked.excluding() || share == null) {
			return asked;
		}
		return wholeOfShare.whole(question, language, share, phrases.of(Operation.SUM, language))
			.map(whole -> new AskedOperation(asked.operation(), asked.position(), asked.counted(), asked.bound(), false,
					Optional.of(whole)))
			.orElse(asked);
	}

}
