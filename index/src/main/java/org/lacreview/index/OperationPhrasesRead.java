package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the computation a question's text asks for by the language's {@code operations}
 * phrases: the first {@link Operation}, in their order, whose phrase it says outside a
 * count's bound, a count giving way to an operation said before it, a rank needing an
 * ordinal, a count a family's noun after its phrase. Part of {@link OperationReader},
 * which then refines what is read by what the question names.
 */
final class OperationPhrasesRead {

	private final OperationPhrases phrases;

	private final RankOrdinals ordinals;

	private final CountedNouns nouns;

	private final CountBounds bounds;

	private final OrdersGivingWay ordersGivingWay;

	private final ShareFractions fractions;

	OperationPhrasesRead(OperationPhrases phrases, RankOrdinals ordinals, CountedNouns nouns, CountBounds bounds,
			OrdersGivingWay ordersGivingWay, ShareFractions fractions) {
		this.phrases = phrases;
		this.ordinals = ordinals;
		this.nouns = nouns;
		this.bounds = bounds;
		this.ordersGivingWay = ordersGivingWay;
		this.fractions = fractions;
	}

	/**
	 * The computation {@code folded} (a question as read) asks for, in {@code language};
	 * empty for none.
	 */
	Optional<AskedOperation> asked(String folded, String language) {
		Map<Operation, Pattern> byOperation = phrases.in(language);
		Optional<AskedOperation> which = nouns.whichWithBound(folded, language);
		if (which.isPresent()) {
			return which;
		}
		Optional<AskedOperation> count = Optional.empty();
		int countAt = Integer.MAX_VALUE;
		int countEnd = Integer.MAX_VALUE;
		for (Operation operation : Operation.values()) {
			Pattern pattern = byOperation.get(operation);
			Matcher matcher = pattern == null ? null : pattern.matcher(folded);
			if (matcher == null || operation.isNeighbour()
					|| !foundOutsideBounds(matcher, operation, folded, language)) {
				continue;
			}
			if (ordersGivingWay.givesWay(operation, matcher.start(), byOperation, folded, language)) {
				continue;
			}
			if (operation == Operation.COUNT) {
				String after = folded.substring(matcher.end());
				Optional<CountBounds.Bound> bound = bounds.in(after, language)
					.or(() -> bounds.againstAName(after, language));
				// "De las categorías, ¿cuántas tuvieron menos de 20?": a bounded count
				// whose noun came before it.
				Optional<String> counted = nouns.counted(after, language)
					.or(() -> bound.flatMap(b -> nouns.namedBefore(folded.substring(0, matcher.start()))));
				if (counted.isPresent()) {
					count = Optional.of(new AskedOperation(operation, 0, counted, bound));
					countAt = matcher.start();
					countEnd = matcher.end();
				}
				continue;
			}
			if (operation == Operation.SUM && count.isPresent()) {
				// "¿Cuántos inscritos suman los talleres con menos de 20?": a bounded
				// count
				// whose family's noun comes only after a sum's phrase adds up the figures
				// of the values within the bound.
				AskedOperation counting = count.get();
				if (matcher.start() >= countEnd && counting.bound().isPresent()
						&& counting.counted().equals(nouns.counted(folded.substring(matcher.end()), null))) {
					return Optional.of(new AskedOperation(operation, 0, counting.counted(), counting.bound()));
				}
				// "Au total, combien d'aires thématiques… ?" counts the areas: a total of
				// a family's values is their count, not a sum of other figures.
				continue;
			}
			boolean sharesCountWords = matcher.end() > countAt && matcher.end() <= countEnd;
			// "¿Cuántas áreas más hubo el 27 que el 28?": a difference whose phrase holds
			// the count's and says more compares how many each value has.
			boolean differenceHoldingCount = operation == Operation.DIFFERENCE && matcher.start() == countAt
					&& matcher.end() > countEnd;
			if ((matcher.start() >= countAt || sharesCountWords) && operation != Operation.AVERAGE
					&& !differenceHoldingCount) {
				// A count's phrase is the plain interrogative ("cuántos … días"): it
				// gives way only to an operation said before it ("em média, quantos …
				// por dia" asks an average, not how many days), or to an average said
				// after it ("¿cuántas personas por país en promedio?"). One ending within
				// the count's phrase is not said before it: "de combien de pays" counts
				// countries, where "de combien" alone asks by how much.
				continue;
			}
			if (operation == Operation.SUM) {
				// "Add up every category with fewer than 20": a sum over the values of a
				// family the question names by their kind, within a bound.
				String after = folded.substring(matcher.end());
				return Optional
					.of(new AskedOperation(operation, 0, nouns.counted(after, null), bounds.in(after, language)));
			}
			if (operation == Operation.SHARE) {
				// "¿Qué proporción no era de ese grupo?": a share of the complement.
				Pattern excluding = byOperation.get(Operation.COMPLEMENT);
				// "¿más o menos de la cuarta parte?": the fraction it is set against.
				return Optional.of(new AskedOperation(operation, 0, Optional.empty(), fractions.in(folded, language),
						excluding != null && excluding.matcher(folded).find()));
			}
			if (operation == Operation.RATIO && saysAnAverage(byOperation, folded)) {
				// "¿cuántas personas en promedio hubo por cada taller?": "hubo por cada"
				// is a ratio's phrase, but the question says it asks an average.
				continue;
			}
			if (operation == Operation.DIFFERENCE || operation == Operation.RATIO) {
				return Optional.of(OperationPhrases.differenceOrRatio(operation, byOperation, folded));
			}
			if (operation == Operation.COMPLEMENT) {
				// "Excluding the first, which had the most?" ranks the others: the
				// largest of the values not named, not the total without them.
				// Not a rank word within what is left out, which runs to the next mark
				// ("tirando os dois maiores grupos (…), quantos sobram?").
				Matcher clause = OperationPhrases.CLAUSE_MARK.matcher(folded);
				int clauseEnd = clause.find(matcher.end()) ? clause.start() : folded.length();
				for (Operation rank : List.of(Operation.RANK_MOST, Operation.RANK_LEAST)) {
					Pattern ranks = byOperation.get(rank);
					Matcher said = ranks == null ? null : ranks.matcher(folded);
					if (said != null && said.find()
							&& (said.start() < matcher.end() || said.start() >= clauseEnd || said.find(clauseEnd))) {
						return Optional.of(new AskedOperation(rank, ordinals.position(folded, language).orElse(1),
								Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty()));
					}
				}
			}
			if (!operation.isRank()) {
				return Optional.of(new AskedOperation(operation, 0, Optional.empty()));
			}
			Pattern difference = byOperation.get(Operation.DIFFERENCE);
			Matcher differing = difference == null ? null : difference.matcher(folded);
			if (differing != null && differing.find() && differing.start() < matcher.start()) {
				// "¿por cuántos superó al que quedó segundo?": a difference whose
				// operand a rank names, not the rank itself.
				continue;
			}
			Optional<Integer> position = ordinals.position(folded, language);
			if (position.isPresent()) {
				return Optional.of(new AskedOperation(operation, position.get(), Optional.empty()));
			}
			Optional<Integer> fromTheEnd = ordinals.fromTheEndWithin(folded, language, matcher.start(), matcher.end());
			if (fromTheEnd.isPresent()) {
				// "¿Qué categoría quedó en último lugar?": that place from the other end.
				// Only within the rank's phrase: "¿qué día tuvo más, el primero o el
				// último?" names a day.
				return Optional.of(new AskedOperation(
						operation == Operation.RANK_MOST ? Operation.RANK_LEAST : Operation.RANK_MOST,
						-fromTheEnd.get(), Optional.empty()));
			}
		}
		return count;
	}

	/** Whether {@code folded} says one of the language's average phrases. */
	private static boolean saysAnAverage(Map<Operation, Pattern> byOperation, String folded) {
		Pattern average = byOperation.get(Operation.AVERAGE);
		return average != null && average.matcher(folded).find();
	}

	/**
	 * Finds the operation's first phrase that is not part of a count's bound ("add up the
	 * groups with fewer than 20": "fewer than" is the bound's, not a difference's); a
	 * count's phrase is taken wherever it is.
	 */
	private boolean foundOutsideBounds(Matcher matcher, Operation operation, String folded, String language) {
		while (matcher.find()) {
			if (operation == Operation.COUNT || !bounds.covers(folded, language, matcher.start(), matcher.end())) {
				return true;
			}
		}
		return false;
	}

}
