package org.lacreview.index;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * Whether a question asks about one part of a value the document gives only as a whole:
 * "¿cuántos asistieron al tercer taller?" when the corpus has one figure for six
 * workshops (the value's {@code parts}). An ordinal of any corpus language right before
 * the value's placeholder in the masked question says so; the answer about the whole
 * would be about something else.
 */
final class ValueParts {

	/** Every language's ordinals, then a value's placeholder: "tercer ent_event". */
	private final Pattern ordinalBefore;

	ValueParts(Corpus corpus) {
		Set<String> ordinals = new HashSet<>();
		corpus.languages().values().forEach(p -> p.ordinals().keySet().forEach(w -> ordinals.add(Folding.fold(w))));
		this.ordinalBefore = ordinals.isEmpty() ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(ordinals) + ")\\s+"
						+ Pattern.quote(LanguageAnalyzer.ENTITY_PREFIX) + "(\\p{L}+)");
	}

	/**
	 * The value of more than one part that {@code masked} asks one part of, if any.
	 * @param selected the values the question names, by family
	 */
	Optional<EntityValue> onePartAsked(Map<String, List<EntityValue>> selected, String masked) {
		if (ordinalBefore == null) {
			return Optional.empty();
		}
		return ordinalBefore.matcher(masked)
			.results()
			.map(m -> selected.getOrDefault(m.group(1), List.of()))
			.filter(values -> values.size() == 1)
			.map(values -> values.get(0))
			.filter(v -> v.parts().filter(n -> n > 1).isPresent())
			.findFirst();
	}

}
