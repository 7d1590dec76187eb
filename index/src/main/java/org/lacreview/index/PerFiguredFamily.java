package org.lacreview.index;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * An average said per a value of a family whose values have figures: a word of the
 * language's {@code per_words} right before one of the family's nouns
 * ({@code order_words}), as in "average registrants per category" or "¿cuántos por grupo
 * en promedio se conectaron?". The average asked is then one per value of that family
 * ({@link AskedOperation#perFamily}), which an average over another family's values (the
 * days' figures) does not answer. Not when the question names a value whose figure is
 * spread over parts or given per a noun ("por sesión" of a value of several sessions):
 * that value's own average is asked. Families without figures are read by
 * {@link CountedNouns#averagePerFamily}. Part of reading the operation
 * ({@link OperationReader}).
 */
final class PerFiguredFamily {

	/** Per language, per family with figures and nouns, a per word before a noun. */
	private final Map<String, Map<String, Pattern>> byLanguage = new HashMap<>();

	PerFiguredFamily(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			List<String> per = pack.phrasing().perWords().stream().map(Folding::fold).toList();
			if (per.isEmpty()) {
				return;
			}
			Map<String, Pattern> families = new LinkedHashMap<>();
			for (EntityFamily family : corpus.familiesByName().values()) {
				if (family.orderWords().isEmpty() || family.values().stream().noneMatch(Operands::hasFigures)) {
					continue;
				}
				List<String> nouns = family.orderWords().stream().map(Folding::fold).toList();
				families.put(family.name(), BreakdownsNotGiven.perNoun(per, nouns));
			}
			byLanguage.put(language, Map.copyOf(families));
		});
	}

	/**
	 * {@code asked} said per the family whose noun follows a per word in
	 * {@code question}; {@code asked} itself for any other operation, one already said
	 * per a family, no such noun or nouns of two families.
	 */
	AskedOperation read(AskedOperation asked, Extraction question, String language) {
		if (asked.operation() != Operation.AVERAGE || asked.perFamily().isPresent()
				|| question.mentions().stream().map(Mention::values).flatMap(List::stream).anyMatch(this::spread)) {
			return asked;
		}
		List<String> families = byLanguage.getOrDefault(language, Map.of())
			.entrySet()
			.stream()
			.filter(e -> e.getValue().matcher(question.masked()).find())
			.map(Map.Entry::getKey)
			.toList();
		return families.size() == 1 ? asked.perFamilyOf(families.get(0)) : asked;
	}

	private boolean spread(EntityValue value) {
		return value.parts().isPresent() || !value.per().isEmpty();
	}

}
