package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * "¿cuántos eran?" after an answer that listed several values of one family (the three
 * people who opened the meeting): a count of the values that answer listed, of the family
 * it listed most of when that is one. Only for a question that is nothing but its
 * question words ({@link BareQuestions}) and asks for a number, in a conversation that
 * asked about no value itself; the count is made by an intent whose slot is that family
 * ({@link Computations}, the {@code count} sentence of {@code messages.yml}).
 */
final class ListedCount {

	private final Corpus corpus;

	ListedCount(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The count such a question asks, of the family the last answer listed; empty for any
	 * other question or conversation.
	 * @param bare whether the question is nothing but its question words
	 * @param asksFor the kind of answer it asks for ({@link AnswerKinds})
	 */
	Optional<AskedOperation> asked(boolean bare, Optional<String> asksFor, DialogState previous) {
		// After a figure of the values asked about, "¿cuántos fueron?" asks that figure
		// again; after what a value's text lists (the topics of the Monday), their count.
		boolean afterAFigure = !previous.values().isEmpty() && previous.intent()
			.flatMap(corpus::intent)
			.map(i -> AnswerKinds.gives(i, Optional.of(AnswerKinds.NUMBER)))
			.orElse(true);
		if (!bare || asksFor.filter(AnswerKinds.NUMBER::equals).isEmpty() || afterAFigure) {
			return Optional.empty();
		}
		// The family the answer listed most values of: the three who opened the meeting,
		// not the two organisations they head.
		int most = previous.listed().values().stream().mapToInt(List::size).max().orElse(0);
		List<String> longest = previous.listed()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().size() == most)
			.map(Map.Entry::getKey)
			.toList();
		return most >= 2 && longest.size() == 1 ? Optional.of(AskedOperation.countOfNamed(longest.get(0)))
				: Optional.empty();
	}

	/**
	 * "¿cuántas en total?" after a list of values none of whose figures a sum could add
	 * (the topics of the day's workshops): the count of them, as "¿cuántas fueron?" asks
	 * ({@link #asked}); {@code asked} itself for any other question, or when the sum adds
	 * up the values' figures.
	 * @param computations what tells whether the sum computes over the values listed
	 * @param language the question's language
	 */
	AskedOperation countForSum(AskedOperation asked, boolean bare, Optional<String> asksFor, DialogState previous,
			Computations computations, String language) {
		if (asked.operation() != Operation.SUM || asked.counted().isPresent()) {
			return asked;
		}
		return asked(bare, asksFor, previous).filter(count -> {
			String family = count.counted().orElseThrow();
			List<EntityValue> listed = LastTopic.listed(corpus, previous, family);
			return counting(family)
				.flatMap(intent -> computations.compute(asked, intent, Map.of(family, listed), List.of(language)))
				.isEmpty();
		}).orElse(asked);
	}

	/**
	 * The intent that counts the values listed of {@code family}: the first that answers
	 * from the document with that family as its slot.
	 */
	Optional<Intent> counting(String family) {
		return corpus.intents()
			.stream()
			.filter(i -> i.answersFromTheDocument() && i.slot().filter(family::equals).isPresent())
			.findFirst();
	}

}
