package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * What the document says of one value named with nothing to follow: "¿y el 28?" opening a
 * conversation, or after a greeting, gets the answer of the one intent that describes
 * values of that family (its slot is the family and it gives a
 * {@value AnswerKinds#DESCRIPTION}: the day's agenda), never another family's figure.
 * When no intent, or more than one, describes the family, the bot asks what the asker
 * wants to know instead.
 */
final class ValueDescription {

	/** The confidence of such an answer: the question named the value, not the topic. */
	static final double CONFIDENCE = 0.5;

	private final Corpus corpus;

	/** Per intent, the values its examples name by name, as "family:id". */
	private final Map<String, Set<String>> examplesNamed;

	/**
	 * @param examplesNamed per intent, the values its examples name by name, as
	 * "family:id"
	 */
	ValueDescription(Corpus corpus, Map<String, Set<String>> examplesNamed) {
		this.corpus = corpus;
		this.examplesNamed = Map.copyOf(examplesNamed);
	}

	/**
	 * The decision to describe the values {@code selected} names, all of one family;
	 * empty when they are of several families or no single intent describes theirs.
	 */
	Optional<Decision> of(Map<String, List<EntityValue>> selected) {
		if (selected.size() != 1) {
			return Optional.empty();
		}
		Map.Entry<String, List<EntityValue>> named = selected.entrySet().iterator().next();
		List<Intent> describing = corpus.intents()
			.stream()
			.filter(i -> i.answersFromTheDocument() && i.slot().filter(named.getKey()::equals).isPresent()
					&& i.answers().contains(AnswerKinds.DESCRIPTION))
			.toList();
		if (describing.size() != 1 || named.getValue().isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<String>> remember = new HashMap<>();
		remember.put(named.getKey(), named.getValue().stream().map(EntityValue::id).toList());
		return Optional.of(Decision.answer(describing.get(0), selected, false, CONFIDENCE, remember,
				"a follow-up with no previous question to follow, naming " + remember.get(named.getKey()) + ": what "
						+ describing.get(0).name() + " says of it"));
	}

	/**
	 * "What does the document say about ceramics?": a question whose intro asks for a
	 * description ({@link Reading#introAsksFor}), asking no computation, naming one value
	 * and nothing else, which {@code top} would answer with a figure only (its
	 * {@link Intent#answers()} list no description), gets the one intent from the
	 * document that gives a description first, has no slot of the value's family and
	 * whose examples and answer name that value: what the document says of it (what was
	 * said about safety in ceramics), not the visitors to the workshop of that name.
	 * Empty when there is no such intent, or more than one.
	 */
	Optional<Decision> askedByIntro(Scored top, Reading reading, Map<String, List<EntityValue>> selected,
			DialogState previous) {
		if (reading.introAsksFor().filter(AnswerKinds.DESCRIPTION::equals).isEmpty() || reading.asksComputation()
				|| selected.size() != 1) {
			return Optional.empty();
		}
		Map.Entry<String, List<EntityValue>> named = selected.entrySet().iterator().next();
		boolean figureOnly = corpus.intent(top.name())
			.filter(i -> !i.answers().isEmpty() && !i.answers().contains(AnswerKinds.DESCRIPTION))
			.isPresent();
		if (!figureOnly || named.getValue().size() != 1) {
			return Optional.empty();
		}
		String value = named.getKey() + ":" + named.getValue().get(0).id();
		List<Intent> describing = corpus.intents()
			.stream()
			.filter(i -> i.answersFromTheDocument() && i.slot().filter(named.getKey()::equals).isEmpty()
					&& i.answers().stream().findFirst().filter(AnswerKinds.DESCRIPTION::equals).isPresent()
					&& examplesNamed.getOrDefault(i.name(), Set.of()).contains(value)
					&& says(i, named.getValue().get(0)))
			.toList();
		if (describing.size() != 1) {
			return Optional.empty();
		}
		Intent intent = describing.get(0);
		return Optional.of(Decision.answer(intent, selected, false, CONFIDENCE,
				SelectedValues.rememberedAfter(intent, previous, selected),
				"asks what the document says of " + value + ", which " + top.name() + " gives a figure of only: what "
						+ intent.name() + ", whose examples and answer name it, says"));
	}

	/** Whether {@code intent}'s answer names {@code value} by one of its names. */
	private static boolean says(Intent intent, EntityValue value) {
		Pattern names = Phrases.wholeWords(value.allNames().stream().map(Folding::fold).toList());
		return names != null
				&& intent.answer().texts().values().stream().map(Folding::fold).anyMatch(t -> names.matcher(t).find());
	}

}
