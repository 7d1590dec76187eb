package org.lacreview.index;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.folding.Folding;

/**
 * Which of several values a pronoun stands for, by the pronouns each value's
 * {@code pronouns} attribute gives in the question's language (comma-separated: "she,
 * her" for a woman): "what's her position?" after the three people who opened the meeting
 * asks about the one woman among them. Part of {@link SlotFromContext}.
 */
final class ValuePronouns {

	/**
	 * The attribute of a value that lists, per language, the pronouns that refer to it.
	 */
	static final String ATTRIBUTE = "pronouns";

	private ValuePronouns() {
	}

	/**
	 * Of {@code values}, those one of whose pronouns the question ({@code folded}) says
	 * as a word; all of them when it says the pronouns of none or of every one.
	 */
	static List<EntityValue> referredTo(List<EntityValue> values, String folded, String language) {
		if (values.size() < 2) {
			return values;
		}
		Set<String> words = Set.copyOf(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
		List<EntityValue> referred = values.stream()
			.filter(v -> pronouns(v, language).stream().anyMatch(words::contains))
			.toList();
		return referred.isEmpty() || referred.size() == values.size() ? values : referred;
	}

	/**
	 * Whether the question ({@code folded}) says, as a word, a pronoun of one of
	 * {@code values}.
	 */
	static boolean saysAPronounOf(List<EntityValue> values, String folded, String language) {
		Set<String> words = Set.copyOf(Arrays.asList(folded.split("[^\\p{L}\\p{N}]+")));
		return values.stream().anyMatch(v -> pronouns(v, language).stream().anyMatch(words::contains));
	}

	private static Set<String> pronouns(EntityValue value, String language) {
		if (!(value.attributes().get(ATTRIBUTE) instanceof Localized localized)) {
			return Set.of();
		}
		return localized.in(language, List.of())
			.map(text -> Arrays.stream(text.split(","))
				.map(String::strip)
				.filter(w -> !w.isEmpty())
				.map(Folding::fold)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

}
