package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;

/**
 * "¿Qué taller quedó justo por encima del de cocina?", "which workshop had the most after
 * the pottery one?": the value next to the one named in the order of their figures
 * ({@link Operation#NEXT_ABOVE}, {@link Operation#NEXT_BELOW}). Their phrases ("justo por
 * encima de", "after") are read only right before the name of the one value with figures
 * the question names (an article may stand between), in a question that also says a noun
 * of that value's family ("grupo") or a rank's phrase ("the most"): "¿qué pasó después de
 * la feria?" asks no rank. Never of a value with a date: what comes after a day is the
 * next day, not the next figure. Part of reading the operation ({@link OperationReader});
 * {@link Computations} then finds the neighbour.
 */
final class NeighbourRanks {

	/**
	 * At most two short words (a preposition, an article: "de la", "dos") between the
	 * phrase and the value's name.
	 */
	private static final Pattern BEFORE_NAME = Pattern.compile("[^\\p{L}\\p{N}]*(?:\\p{L}{1,3}[^\\p{L}\\p{N}]+){0,2}");

	private static final List<Operation> NEIGHBOURS = List.of(Operation.NEXT_ABOVE, Operation.NEXT_BELOW);

	/** Per family whose values have figures, its nouns as whole words. */
	private final Map<String, Pattern> familyNouns;

	/**
	 * @param familyNouns per family whose values have figures and that has order words,
	 * those as whole words
	 */
	NeighbourRanks(Map<String, Pattern> familyNouns) {
		this.familyNouns = familyNouns;
	}

	/**
	 * The neighbour the question asks of the value named right after a neighbour's
	 * phrase; empty when it asks none.
	 * @param phrases the question's language's operation phrases
	 */
	Optional<AskedOperation> asked(Extraction question, Map<Operation, Pattern> phrases) {
		String folded = question.folded();
		long withFigures = question.mentions()
			.stream()
			.flatMap(m -> m.values().stream())
			.filter(Operands::hasFigures)
			.distinct()
			.count();
		if (withFigures != 1) {
			// "Après les ateliers et la foire, quel groupe…?" leaves out two: a
			// rank among the rest, not a neighbour.
			return Optional.empty();
		}
		for (Operation operation : NEIGHBOURS) {
			Pattern phrase = phrases.get(operation);
			Matcher matcher = phrase == null ? null : phrase.matcher(folded);
			while (matcher != null && matcher.find()) {
				int end = matcher.end();
				Optional<Mention> named = question.mentions()
					.stream()
					.filter(m -> !m.isDate() && m.values().size() == 1 && Operands.hasFigures(m.values().get(0))
							&& m.values().get(0).date().isEmpty())
					.filter(m -> m.start() >= end && BEFORE_NAME.matcher(folded.substring(end, m.start())).matches())
					.findFirst();
				if (named.isPresent() && ranks(folded, named.get().values().get(0).family(), phrases)) {
					return Optional.of(new AskedOperation(operation, 0, Optional.empty()));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the question says a noun of {@code family} or a rank's phrase. */
	private boolean ranks(String folded, String family, Map<Operation, Pattern> phrases) {
		Pattern nouns = familyNouns.get(family);
		return nouns != null && nouns.matcher(folded).find() || List.of(Operation.RANK_MOST, Operation.RANK_LEAST)
			.stream()
			.map(phrases::get)
			.anyMatch(p -> p != null && p.matcher(folded).find());
	}

}
