package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

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

	ValueDescription(Corpus corpus) {
		this.corpus = corpus;
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

}
