package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * "¿Cuántos talleres hubo el lunes?": a count of one family's values asked about a value
 * of another family, when the document gives the first only inside the answer about the
 * second (the Monday's agenda names its workshops). The values counted are those of the
 * counted family that the answer of an intent whose slot is the other family names for
 * the values asked about ({@link AnswerListing}); an intent whose slot is the counted
 * family counts them ({@link ListedCount#counting}, the {@code count} sentence of
 * {@code messages.yml}). Part of the decision stage.
 */
final class CountedInAnswer {

	/**
	 * What to count and with which intent.
	 *
	 * @param counting the intent whose slot is the counted family
	 * @param values the counted family → the values the other intent's answer names
	 * @param asked the count of those values
	 * @param source the intent whose answer names them
	 */
	record Counted(Intent counting, Map<String, List<EntityValue>> values, AskedOperation asked, String source) {
	}

	private final Corpus corpus;

	private final AnswerComposer composer;

	private final AnswerListing listing;

	private final ListedCount listedCount;

	CountedInAnswer(Corpus corpus, AnswerComposer composer, AnswerListing listing) {
		this.corpus = corpus;
		this.composer = composer;
		this.listing = listing;
		this.listedCount = new ListedCount(corpus);
	}

	/**
	 * The count {@code operation} asks over an answer, or empty when it is no count of a
	 * family none of whose values the question names, asked about values of exactly one
	 * other family, or when no intent about those values gives two or more of the counted
	 * family.
	 * @param selected family → the values the question names
	 * @param ranked the intents by score, best first: the first whose answer names the
	 * counted values is their source (then the others, in the corpus's order)
	 */
	Optional<Counted> of(Optional<AskedOperation> operation, Map<String, List<EntityValue>> selected,
			List<Scored> ranked, String lang) {
		Optional<String> counted = operation.filter(a -> a.operation() == Operation.COUNT && a.bound().isEmpty())
			.flatMap(AskedOperation::counted);
		// Values of one family only: "combien de participants en ligne par atelier lundi
		// ?"
		// asks the online figures, not how many workshops there were.
		if (counted.isEmpty() || selected.size() != 1 || selected.containsKey(counted.get())) {
			return Optional.empty();
		}
		Optional<Intent> counting = listedCount.counting(counted.get());
		if (counting.isEmpty()) {
			return Optional.empty();
		}
		List<Intent> candidates = Stream
			.concat(ranked.stream().map(Scored::name).map(corpus::intent).flatMap(Optional::stream),
					corpus.intents().stream())
			.distinct()
			.filter(i -> i.answersFromTheDocument()
					&& i.slot().filter(s -> !s.equals(counted.get()) && selected.containsKey(s)).isPresent())
			.toList();
		for (Intent intent : candidates) {
			String about = intent.slot().orElseThrow();
			List<EntityValue> named = composer.compose(intent, Map.of(about, selected.get(about)), false, List.of(lang))
				.map(text -> listing.listedIn(text, lang).getOrDefault(counted.get(), List.of()))
				.orElse(List.of())
				.stream()
				.map(id -> corpus.family(counted.get()).flatMap(f -> f.value(id)))
				.flatMap(Optional::stream)
				.toList();
			if (named.size() >= 2) {
				return Optional.of(new Counted(counting.get(), Map.of(counted.get(), named),
						AskedOperation.countOfNamed(counted.get()), intent.name()));
			}
		}
		return Optional.empty();
	}

}
