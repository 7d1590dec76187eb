package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * "¿y en qué año?" after an answer about what the town will send to the fair: a short
 * question naming nothing that asks a kind of answer the last answer's intent does not
 * give is asked of a value the conversation named (the fair), by the one intent that
 * gives that kind first, takes no slot, and has examples naming that value; of several,
 * the one naming the value the fewest intents name, when it is alone in doing so. A value
 * of the last intent's slot is left out: that answer was about it and said what the
 * document has ("¿quiénes eran?" after a group's count). Otherwise the question is still
 * refused ({@link BareFollowUps#kindTheLastDoesNotGive}). Part of the decision stage
 * ({@link DialogResolver}).
 */
final class KindOfANamedValue {

	private final Corpus corpus;

	/** Per intent, the values its examples name by name, as "family:id". */
	private final Map<String, Set<String>> examplesNamed;

	/** Per value ("family:id"), how many intents' examples name it; counted once. */
	private final Map<String, Long> namingIntents = new HashMap<>();

	/**
	 * @param examplesNamed per intent, the values its examples name by name, as
	 * "family:id"
	 */
	KindOfANamedValue(Corpus corpus, Map<String, Set<String>> examplesNamed) {
		this.corpus = corpus;
		this.examplesNamed = Map.copyOf(examplesNamed);
		examplesNamed.values().forEach(values -> values.forEach(v -> namingIntents.merge(v, 1L, Long::sum)));
	}

	/**
	 * The intent answering {@code reading}'s kind of answer about a value of
	 * {@code previous} (the conversation so far); empty unless the question is short,
	 * names nothing, asks a kind and no computation, the last answer's intent does not
	 * give that kind, and exactly one intent fits.
	 * @param leans whether the question is short, names nothing and does not point back
	 * with a word of its own
	 */
	Optional<Intent> askedOf(boolean leans, Reading reading, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		Optional<Intent> last = previous.intent().flatMap(corpus::intent).filter(Intent::answersFromTheDocument);
		if (!leans || !selected.isEmpty() || reading.asksFor().isEmpty() || reading.asksComputation()
				|| previous.values().isEmpty() || last.isEmpty() || AnswerKinds.gives(last.get(), reading.asksFor())) {
			return Optional.empty();
		}
		String kind = reading.asksFor().get();
		// The value fewest intents speak of says most what the conversation is about:
		// the fair, not the town every answer names.
		Map<Intent, Long> byRarity = new HashMap<>();
		corpus.intents()
			.stream()
			.filter(i -> i.answersFromTheDocument() && i.slot().isEmpty() && !i.answers().isEmpty()
					&& i.answers().get(0).equals(kind))
			.forEach(i -> rarestNamed(i, previous, last.get().slot()).ifPresent(r -> byRarity.put(i, r)));
		long rarest = byRarity.values().stream().min(Long::compare).orElse(Long.MAX_VALUE);
		List<Intent> fitting = byRarity.entrySet()
			.stream()
			.filter(e -> e.getValue() == rarest)
			.map(Map.Entry::getKey)
			.toList();
		return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	/**
	 * Of the values of {@code previous} that {@code intent}'s examples name (those of the
	 * last answer's slot left out), the fewest intents any one of them is named by; empty
	 * when its examples name none.
	 */
	private Optional<Long> rarestNamed(Intent intent, DialogState previous, Optional<String> lastSlot) {
		Set<String> named = examplesNamed.getOrDefault(intent.name(), Set.of());
		return previous.values()
			.entrySet()
			.stream()
			// The value the last answer gave a figure or a text of has said what the
			// document has about it.
			.filter(e -> !lastSlot.filter(e.getKey()::equals).isPresent())
			.flatMap(e -> e.getValue().stream().map(id -> e.getKey() + ":" + id))
			.filter(named::contains)
			.map(namingIntents::get)
			.min(Long::compare);
	}

}
