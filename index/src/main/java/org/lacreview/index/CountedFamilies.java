package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Whether an intent can give a count of a family's values: "¿cuántos talleres hubo en
 * total?" is answered by an intent about the workshops (its slot is their family, its
 * examples name them, or its answer says one of the family's {@code order_words}: "cinco
 * talleres"), never by one about something else, such as the total of registrations; a
 * count of a numbered family's values that ranks such an intent first is counted by one
 * with that family as its slot ({@link #countingInstead}). Read for intents with one
 * fixed answer: a slot's values have texts of their own that may speak of the family.
 */
final class CountedFamilies {

	/** Per intent, the families any of its examples names. */
	private final Map<String, Set<String>> mentioned;

	/**
	 * Per family, its kind's words ("talleres") and its values' labels ("el lunes 3"),
	 * folded, as whole words; a family with neither is left out.
	 */
	private final Map<String, Pattern> speaking = new HashMap<>();

	private final Corpus corpus;

	CountedFamilies(Corpus corpus, Map<String, Set<String>> mentioned) {
		this.corpus = corpus;
		this.mentioned = mentioned;
		corpus.familiesByName().values().forEach(f -> {
			List<String> words = new ArrayList<>();
			f.orderWords().forEach(w -> words.add(Folding.fold(w)));
			f.values().forEach(v -> v.label().texts().values().forEach(l -> words.add(Folding.fold(l))));
			Pattern pattern = Phrases.wholeWords(words);
			if (pattern != null) {
				speaking.put(f.name(), pattern);
			}
		});
	}

	/**
	 * The intent to count with when the question counts the values of a family whose
	 * values have an order ("¿cuántos talleres hubo en total?") and {@code best}, an
	 * intent with one fixed answer, does not speak of them: the best-ranked intent with
	 * that family as its slot that computes the count (else the first in the corpus). An
	 * ordered family's values are all in the corpus, numbered, so their count is the
	 * family's; a family without an order ("países") may list only the values the
	 * document names, and its count is still refused. Not when the question names values
	 * ("¿cuántas personas vieron el taller 4?" counts something of one of them), nor with
	 * a word the corpus does not know ("¿cuántos talleres de cocina…?").
	 * @param selected the values the question names, by family
	 * @param ranked the intents by score, best first
	 * @param computes whether an intent, by name, computes the question's operation over
	 * the values given
	 */
	Optional<Intent> countingInstead(Intent best, Reading reading, Map<String, List<EntityValue>> selected,
			List<Scored> ranked, BiPredicate<String, Map<String, List<EntityValue>>> computes) {
		Optional<String> counted = reading.counted()
			.filter(f -> selected.isEmpty() && reading.foreignShare() == 0 && !reading.asksAboutUnknown())
			.filter(f -> reading.operation().filter(Operation.COUNT::equals).isPresent())
			.filter(f -> best.slot().isEmpty() && !speaksOf(best, f))
			.filter(f -> corpus.family(f).filter(EntityFamily::ordered).isPresent());
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		List<String> order = new ArrayList<>(ranked.stream().map(Scored::name).toList());
		corpus.intents().stream().map(Intent::name).filter(n -> !order.contains(n)).forEach(order::add);
		return order.stream()
			.map(corpus::intent)
			.flatMap(Optional::stream)
			.filter(i -> i.slot().equals(counted) && !i.unanswerable() && computes.test(i.name(), Map.of()))
			.findFirst();
	}

	/**
	 * "¿Cuántos días fueron?" right after an answer that says in words how many there
	 * were ("durante dos jornadas"): a count of a family that names no value goes on with
	 * the last intent when that intent has no slot and its answer speaks of the family by
	 * a word of its kind or a value's label; empty otherwise.
	 * @param selected the values the question names, by family
	 */
	Optional<Intent> spokenOfLast(Reading reading, Extraction question, DialogState previous,
			Map<String, List<EntityValue>> selected) {
		if (!question.mentions().isEmpty() || !selected.isEmpty()
				|| reading.operation().filter(Operation.COUNT::equals).isEmpty()) {
			return Optional.empty();
		}
		return previous.intent()
			.flatMap(corpus::intent)
			.filter(i -> i.slot().isEmpty() && i.answersFromTheDocument() && !i.unanswerable())
			.filter(i -> reading.counted().filter(f -> speaking.containsKey(f) && answerSpeaksOf(i, f)).isPresent());
	}

	/**
	 * Whether {@code intent} speaks of the values of {@code family}: by its slot, by its
	 * examples, or in its answer (in any language) by a word of the family's kind or a
	 * value's label.
	 */
	boolean speaksOf(Intent intent, String family) {
		if (intent.slot().filter(family::equals).isPresent()
				|| mentioned.getOrDefault(intent.name(), Set.of()).contains(family)) {
			return true;
		}
		return !speaking.containsKey(family) || answerSpeaksOf(intent, family);
	}

	/**
	 * Whether some of {@code values} (of an intent's slot) says, in its names or in the
	 * text of one of its attributes, in any language, a word of {@code family}'s kind or
	 * a label of one of its values: "45 visitors from 12 towns" speaks of towns, and so
	 * does a value named "partner towns". True when the family has no such words.
	 */
	boolean valuesSpeakOf(List<EntityValue> values, String family) {
		Pattern words = speaking.get(family);
		if (words == null) {
			return true;
		}
		return values.stream()
			.flatMap(v -> Stream.concat(v.allNames().stream(),
					v.attributes()
						.values()
						.stream()
						.filter(Localized.class::isInstance)
						.map(Localized.class::cast)
						.flatMap(l -> l.texts().values().stream())))
			.anyMatch(t -> words.matcher(Folding.fold(t)).find());
	}

	/**
	 * Whether {@code intent}'s answer, in any language, says a word of {@code family}'s
	 * kind or a value's label; the family must have such words.
	 */
	private boolean answerSpeaksOf(Intent intent, String family) {
		Pattern words = speaking.get(family);
		return intent.answer().texts().values().stream().anyMatch(t -> words.matcher(Folding.fold(t)).find());
	}

}
