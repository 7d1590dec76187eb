package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;

/**
 * The value a superlative question picked when its answer gives both ends of a family:
 * "¿qué taller tuvo menos inscritos?" answered "el de más fue cerámica (40); el de menos,
 * cocina (12)" asked about cocina, so "¿y cuántos fueron?" or "¿cuántos menos que
 * pintura?" next are about cocina. The answer names both; the conversation remembers the
 * one asked.
 */
final class SuperlativePick {

	private final Corpus corpus;

	SuperlativePick(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The value (family → one id) the asked superlative picks among the values of the
	 * family the answer's {@code max(…)} and {@code min(…)} placeholders rank; empty when
	 * the question says no end, the answer was computed or is not an intent's with both
	 * ends, or two values tie at that end.
	 * @param superlative the end the question's superlative says
	 * ({@link Operation#RANK_MOST} or {@link Operation#RANK_LEAST}), if any
	 */
	Optional<Map<String, List<String>>> picked(Optional<Operation> superlative, Answer answer) {
		if (superlative.filter(Operation::isRank).isEmpty() || !answer.answered() || ComputedReplies.computed(answer)) {
			return Optional.empty();
		}
		Optional<Intent> intent = corpus.intent(answer.intent());
		if (intent.isEmpty()) {
			return Optional.empty();
		}
		List<Placeholder> ends = AnswerAggregates.aggregatePlaceholders(intent.get().answer());
		Placeholder.Function wanted = superlative.get() == Operation.RANK_MOST ? Placeholder.Function.MAX
				: Placeholder.Function.MIN;
		boolean both = ends.stream().anyMatch(p -> p.function().filter(Placeholder.Function.MAX::equals).isPresent())
				&& ends.stream().anyMatch(p -> p.function().filter(Placeholder.Function.MIN::equals).isPresent());
		if (!both) {
			return Optional.empty();
		}
		return ends.stream()
			.filter(p -> p.function().filter(wanted::equals).isPresent() && p.attribute().isPresent())
			.findFirst()
			.flatMap(p -> corpus.family(p.family()).flatMap(f -> end(f, p.attribute().get(), wanted)));
	}

	/** The one value of {@code family} at the {@code end} of {@code attribute}. */
	private static Optional<Map<String, List<String>>> end(EntityFamily family, String attribute,
			Placeholder.Function end) {
		List<EntityValue> figured = family.values()
			.stream()
			.filter(v -> v.inDocument() && v.attributes().get(attribute) instanceof Number)
			.toList();
		if (figured.isEmpty()) {
			return Optional.empty();
		}
		double best = figured.stream()
			.mapToDouble(v -> ((Number) v.attributes().get(attribute)).doubleValue())
			.reduce(end == Placeholder.Function.MAX ? Math::max : Math::min)
			.getAsDouble();
		List<EntityValue> at = figured.stream()
			.filter(v -> ((Number) v.attributes().get(attribute)).doubleValue() == best)
			.toList();
		return at.size() == 1 ? Optional.of(Map.of(family.name(), List.of(at.get(0).id()))) : Optional.empty();
	}

}
