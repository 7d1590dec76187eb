package org.lacreview.index;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * Whether a question asks about one part of a value the document gives only as a whole:
 * "¿cuántos asistieron al tercer taller?" when the corpus has one figure for six
 * workshops (the value's {@code parts}). An ordinal of any corpus language right before
 * the value's placeholder in the masked question says so, and so do a distributive word a
 * little before it ("cada uno de los cuatro talleres") and a month right around it ("el
 * taller de marzo"); the answer about the whole would be about something else.
 */
final class ValueParts {

	/** Every language's ordinals, then a value's placeholder: "tercer ent_event". */
	private final Pattern ordinalBefore;

	/**
	 * Every language's distributive words, then at most {@value #DISTRIBUTIVE_GAP_WORDS}
	 * words, then a value's placeholder: "cada uno de los cuatro ent_event".
	 */
	private final Pattern distributiveBefore;

	/**
	 * Every language's distributive words, then at most one word, at the question's end:
	 * "¿y el tema de cada uno?", "of each one?".
	 */
	private final Pattern distributiveAtEnd;

	private final Corpus corpus;

	/**
	 * A month of any corpus language within two words after a value's placeholder, or
	 * right before it: "el ent_event de marzo", "the March ent_event". The placeholder's
	 * family is group 1 or group 2.
	 */
	private final Pattern monthAround;

	/** A month's name in any corpus language, as a whole word. */
	private final Pattern oneMonth;

	/** The most words between a distributive word and the value it distributes. */
	static final int DISTRIBUTIVE_GAP_WORDS = 4;

	ValueParts(Corpus corpus) {
		Set<String> distributive = new HashSet<>();
		corpus.languages()
			.values()
			.forEach(p -> p.phrasing().distributiveWords().forEach(w -> distributive.add(Folding.fold(w))));
		this.distributiveBefore = distributive.isEmpty() ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(distributive)
						+ ")(?:\\s+[\\p{L}\\p{N}]+){0," + DISTRIBUTIVE_GAP_WORDS + "}\\s+"
						+ Pattern.quote(LanguageAnalyzer.ENTITY_PREFIX) + "(\\p{L}+)");
		this.distributiveAtEnd = distributive.isEmpty() ? null : Pattern.compile(
				"(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(distributive) + ")(?:\\s+[\\p{L}\\p{N}]+)?[\\s?!.]*$");
		this.corpus = corpus;
		Set<String> months = new HashSet<>();
		corpus.languages().values().forEach(p -> p.months().forEach(m -> months.add(Folding.fold(m))));
		String month = "(?:" + Phrases.alternation(months) + ")";
		this.oneMonth = months.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])" + month + "(?![\\p{L}\\p{N}])");
		String placeholder = Pattern.quote(LanguageAnalyzer.ENTITY_PREFIX) + "(\\p{L}+)";
		this.monthAround = months.isEmpty() ? null
				: Pattern
					.compile(placeholder + "(?:\\s+\\p{L}+){0,1}\\s+" + month + "(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])"
							+ month + "\\s+" + Pattern.quote(LanguageAnalyzer.ENTITY_PREFIX) + "(\\p{L}+)");
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
		return partsAsked(ordinalBefore, selected, masked);
	}

	/**
	 * The value of more than one part whose parts {@code masked} asks about one by one
	 * ("¿cuántos asistieron a cada uno de los cuatro talleres?"), if any.
	 * @param selected the values the question names, by family
	 */
	Optional<EntityValue> eachPartAsked(Map<String, List<EntityValue>> selected, String masked) {
		return partsAsked(distributiveBefore, selected, masked);
	}

	/**
	 * The one value of more than one part the last answer was about, when {@code masked}
	 * ends asking about parts one by one and names no such value itself ("¿y cuál fue el
	 * tema de cada uno?" after the six webinars): the document gives it as a whole. Empty
	 * otherwise.
	 * @param selected the values the question names, by family
	 * @param lastValues the last answer's values, by family, as ids
	 */
	Optional<EntityValue> eachPartOfTheLastAsked(Map<String, List<EntityValue>> selected, String masked,
			Map<String, List<String>> lastValues) {
		if (distributiveAtEnd == null || !distributiveAtEnd.matcher(masked).find()
				|| selected.values()
					.stream()
					.flatMap(List::stream)
					.anyMatch(v -> v.parts().filter(n -> n > 1).isPresent())) {
			return Optional.empty();
		}
		List<EntityValue> withParts = lastValues.entrySet()
			.stream()
			.flatMap(e -> e.getValue()
				.stream()
				.map(id -> corpus.family(e.getKey()).flatMap(f -> f.value(id)))
				.flatMap(Optional::stream))
			.filter(v -> v.parts().filter(n -> n > 1).isPresent())
			.toList();
		return withParts.size() == 1 ? Optional.of(withParts.get(0)) : Optional.empty();
	}

	/**
	 * The value of more than one part that a superlative ranks the parts of: the one
	 * value the question names ("¿cuál de los cuatro talleres tuvo más público?"), if it
	 * has more than one part.
	 * @param selected the values the question names, by family
	 */
	static Optional<EntityValue> partsRanked(Map<String, List<EntityValue>> selected) {
		List<EntityValue> named = selected.values().stream().flatMap(List::stream).distinct().toList();
		return named.size() == 1 && named.get(0).parts().filter(n -> n > 1).isPresent() ? Optional.of(named.get(0))
				: Optional.empty();
	}

	/**
	 * The value of more than one part one of whose parts {@code masked} names by its
	 * month ("¿cuántos asistieron al taller de marzo?"), if any.
	 * @param selected the values the question names, by family
	 */
	Optional<EntityValue> partOfAMonthAsked(Map<String, List<EntityValue>> selected, String masked) {
		return partsAsked(monthAround, selected, masked);
	}

	/**
	 * The value of more than one part, over several months, that a date of the question
	 * naming one month selects ("¿cuántos talleres hubo en marzo?" of workshops from
	 * February to May): that month holds some of its parts, which the document does not
	 * tell apart. The month is no longer in the masked text, so the mention's own text is
	 * read.
	 */
	Optional<EntityValue> partInAMonthNamedByDate(List<Mention> mentions) {
		if (oneMonth == null) {
			return Optional.empty();
		}
		return mentions.stream()
			.filter(m -> m.isDate() && oneMonth.matcher(Folding.fold(m.text())).results().count() == 1)
			.flatMap(m -> m.values().stream())
			.filter(v -> v.parts().filter(n -> n > 1).isPresent())
			.filter(v -> v.date().filter(d -> !YearMonth.from(d.from()).equals(YearMonth.from(d.to()))).isPresent())
			.findFirst();
	}

	private static Optional<EntityValue> partsAsked(Pattern before, Map<String, List<EntityValue>> selected,
			String masked) {
		if (before == null) {
			return Optional.empty();
		}
		return before.matcher(masked)
			.results()
			.map(m -> selected.getOrDefault(m.group(1) != null ? m.group(1) : m.group(m.groupCount()), List.of()))
			.filter(values -> values.size() == 1)
			.map(values -> values.get(0))
			.filter(v -> v.parts().filter(n -> n > 1).isPresent())
			.findFirst();
	}

}
