package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Whether an intent can give a count of a family's values: "¿cuántos talleres hubo en
 * total?" is answered by an intent about the workshops (its slot is their family, its
 * examples name them, or its answer says one of the family's {@code order_words}: "cinco
 * talleres"), never by one about something else, such as the total of registrations. Read
 * for intents with one fixed answer: a slot's values have texts of their own that may
 * speak of the family.
 */
final class CountedFamilies {

	/** Per intent, the families any of its examples names. */
	private final Map<String, Set<String>> mentioned;

	/**
	 * Per family, its kind's words ("talleres") and its values' labels ("el lunes 3"),
	 * folded, as whole words; a family with neither is left out.
	 */
	private final Map<String, Pattern> speaking = new HashMap<>();

	CountedFamilies(Corpus corpus, Map<String, Set<String>> mentioned) {
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
	 * Whether {@code intent} speaks of the values of {@code family}: by its slot, by its
	 * examples, or in its answer (in any language) by a word of the family's kind or a
	 * value's label.
	 */
	boolean speaksOf(Intent intent, String family) {
		if (intent.slot().filter(family::equals).isPresent()
				|| mentioned.getOrDefault(intent.name(), Set.of()).contains(family)) {
			return true;
		}
		Pattern words = speaking.get(family);
		return words == null
				|| intent.answer().texts().values().stream().anyMatch(t -> words.matcher(Folding.fold(t)).find());
	}

}
