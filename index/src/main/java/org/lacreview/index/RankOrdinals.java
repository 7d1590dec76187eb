package org.lacreview.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * The places a question's ordinals give a rank, from each language's
 * {@code ranking_ordinals} ("segundo" → 2, "último" → -1, "penúltimo" → -2), and the rank
 * a bare follow-up with one asks after an answer that ranked ("¿y el segundo?"). Part of
 * reading the operation ({@link OperationReader}).
 */
final class RankOrdinals {

	/**
	 * Per language, its ordinals from the second on ("segundo" → 2) and from the end
	 * ("último" → -1), for ranks.
	 */
	private final Map<String, Map<String, Integer>> positions = new HashMap<>();

	/**
	 * Per language, its ordinals of a second place or later and of a place from the end,
	 * as whole words.
	 */
	private final Map<String, Pattern> ordinalPatterns = new HashMap<>();

	/**
	 * Per language, its ordinals of the first place ("primero", "first"): a rank only in
	 * a bare follow-up of a rank ({@link #rankAfter}), as elsewhere they name a first day
	 * or a first question far more often.
	 */
	private final Map<String, Pattern> firstPlaces = new HashMap<>();

	private final OperationPhrases phrases;

	RankOrdinals(Corpus corpus, OperationPhrases phrases) {
		this.phrases = phrases;
		corpus.languages().forEach((language, pack) -> {
			Map<String, Integer> ordinals = new HashMap<>();
			pack.rankingOrdinals().forEach((word, position) -> {
				if (position >= 2 || position < 0) {
					ordinals.put(Folding.fold(word), position);
				}
			});
			positions.put(language, ordinals);
			Pattern first = Phrases.wholeWords(pack.rankingOrdinals()
				.entrySet()
				.stream()
				.filter(e -> e.getValue() == 1)
				.map(e -> Folding.fold(e.getKey()))
				.toList());
			if (first != null) {
				firstPlaces.put(language, first);
			}
			Pattern ordinalWords = Phrases.wholeWords(ordinals.keySet());
			if (ordinalWords != null) {
				ordinalPatterns.put(language, ordinalWords);
			}
		});
	}

	/**
	 * "¿y el segundo?" (or "¿y el primero?" after the second) after an answer naming the
	 * value with the largest figure of a family ({@code max(group.count)} first among the
	 * placeholders of the previous intent's answer for all values, else of its answer): a
	 * rank from the largest at the ordinal's position; from the smallest after
	 * {@code min(…)}. Empty when the question has no ordinal of {@code language} or the
	 * previous intent ranks nothing.
	 */
	Optional<AskedOperation> rankAfter(String folded, String language, Intent previous) {
		return AnswerAggregates.ranksFrom(previous).flatMap(operation -> rankAfter(folded, language, operation));
	}

	/**
	 * The rank a bare follow-up with an ordinal asks after a question that asked the rank
	 * {@code operation} ({@link Operation#RANK_MOST} or {@link Operation#RANK_LEAST}):
	 * "and the third?" after "what was the second largest group?". As
	 * {@link #rankAfter(String, String, Intent)} otherwise.
	 */
	Optional<AskedOperation> rankAfter(String folded, String language, Operation operation) {
		Pattern first = firstPlaces.get(language);
		Optional<Integer> position = position(folded, language).or(() -> fromTheEnd(folded, language))
			.or(() -> first != null && first.matcher(folded).find() ? Optional.of(1) : Optional.empty());
		if (position.isEmpty()) {
			// "¿y el más chico?" after the largest: the first from the other end. Not
			// "and the next smallest?" after the smallest, which is no first.
			return phrases.superlative(folded, language)
				.filter(o -> o != operation)
				.map(o -> new AskedOperation(o, 1, Optional.empty()));
		}
		if (position.get() < 0) {
			// "¿y el último?" after the largest: the first from the other end.
			return Optional
				.of(new AskedOperation(operation == Operation.RANK_MOST ? Operation.RANK_LEAST : Operation.RANK_MOST,
						-position.get(), Optional.empty()));
		}
		return Optional.of(new AskedOperation(operation, position.get(), Optional.empty()));
	}

	/**
	 * The position the first ordinal of {@code language} from the second place on in
	 * {@code folded} gives ("segundo" → 2).
	 */
	Optional<Integer> position(String folded, String language) {
		// As phrases: an ordinal may be of several words ("runner-up").
		Pattern ordinals = ordinalPatterns.get(language);
		if (ordinals == null) {
			return Optional.empty();
		}
		Matcher matcher = ordinals.matcher(folded);
		while (matcher.find()) {
			Integer position = positions.get(language).get(matcher.group());
			if (position != null && position >= 2) {
				return Optional.of(position);
			}
		}
		return Optional.empty();
	}

	/**
	 * The place from the end the first ordinal of {@code language} counting from the end
	 * in {@code folded} gives ("último" → -1, "penúltimo" → -2).
	 */
	private Optional<Integer> fromTheEnd(String folded, String language) {
		return fromTheEndWithin(folded, language, 0, folded.length());
	}

	/**
	 * As {@link #fromTheEnd}, for an ordinal between {@code start} and {@code end} of
	 * {@code folded} only ("en último lugar" within a rank's phrase "en … lugar").
	 */
	Optional<Integer> fromTheEndWithin(String folded, String language, int start, int end) {
		Pattern ordinals = ordinalPatterns.get(language);
		return ordinals == null ? Optional.empty()
				: ordinals.matcher(folded)
					.results()
					.filter(r -> r.start() >= start && r.end() <= end)
					.map(r -> positions.get(language).get(r.group()))
					.filter(p -> p != null && p < 0)
					.findFirst();
	}

}
