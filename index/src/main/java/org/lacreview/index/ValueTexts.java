package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;

/**
 * The texts of entity values an intent's vocabulary is built from
 * ({@link IntentVocabulary}): all of a value's, or its names and the attributes an
 * intent's answers give.
 */
final class ValueTexts {

	private ValueTexts() {
	}

	/**
	 * The attributes of {@code family} that {@code intent}'s answers use, by their
	 * {@link Placeholder}s ("{family.attribute}", also inside a function:
	 * "{max(family.attribute)}").
	 */
	static Set<String> attributesGiven(Intent intent, String family) {
		Set<String> given = new HashSet<>();
		for (Localized answer : List.of(intent.answer(), intent.answerAll())) {
			answer.texts()
				.values()
				.stream()
				.flatMap(text -> Placeholder.parse(text).stream())
				.filter(p -> p.family().equals(family))
				.forEach(p -> p.attribute().ifPresent(given::add));
		}
		return given;
	}

	/**
	 * The texts of one attribute's value: every language's of a {@link Localized} text, a
	 * plain text itself, nothing for a figure, a date or a list.
	 */
	static Stream<String> texts(Object attribute) {
		return attribute instanceof Localized l ? l.texts().values().stream()
				: attribute instanceof String text ? Stream.of(text) : Stream.empty();
	}

	/** The names of {@code value} and its text attributes among {@code attributes}. */
	static List<String> given(EntityValue value, Set<String> attributes) {
		List<String> texts = new ArrayList<>(value.allNames());
		value.attributes()
			.entrySet()
			.stream()
			.filter(e -> attributes.contains(e.getKey()) && e.getValue() instanceof Localized)
			.forEach(e -> texts.addAll(((Localized) e.getValue()).texts().values()));
		return texts;
	}

	/**
	 * Names, labels and text attributes of those of the values that the document covers.
	 */
	static List<String> of(List<EntityValue> values) {
		List<String> texts = new ArrayList<>();
		values.stream().filter(EntityValue::inDocument).forEach(v -> {
			texts.addAll(v.allNames());
			v.attributes()
				.values()
				.stream()
				.filter(a -> a instanceof Localized)
				.map(a -> (Localized) a)
				.forEach(l -> texts.addAll(l.texts().values()));
		});
		return texts;
	}

}
