package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.entity.Extraction;

/**
 * Whether a computation is over how many values of one family each value named of another
 * has: "¿hubo más talleres el lunes que el martes?", "on average, how many workshops per
 * day on Monday and Tuesday?". The counted family is one whose values have no figures of
 * their own, so that its values can only be counted; the question says one of its
 * {@code order_words} within {@value #WORDS_AFTER_PHRASE} words of where one of the
 * language's operation phrases begins ("más talleres", "how many workshops", "qué
 * porcentaje de los talleres"), in its text with the values named masked (so that a
 * value's name, "el día de los talleres", is no count), and after its count phrase when
 * it has one. Read for a difference, ratio, sum, average, share or rank that names
 * values, none of the counted family, at least one of which values of it belong to
 * ({@link #belonging}); for a rank ("¿qué día tuvo más talleres?"), also one that names
 * none, when the counted values belong to values of one family ({@link #owners}).
 */
final class PerValueCounting {

	/**
	 * How many words from the start of an operation phrase the counted noun may begin:
	 * the phrase's first word and {@link CountedNouns#COUNT_GAP_WORDS} more ("qué
	 * porcentaje de los talleres").
	 */
	static final int WORDS_AFTER_PHRASE = CountedNouns.COUNT_GAP_WORDS + 1;

	private static final Set<Operation> OVER_COUNTS = Set.of(Operation.DIFFERENCE, Operation.RATIO, Operation.SUM,
			Operation.AVERAGE, Operation.SHARE, Operation.RANK_MOST, Operation.RANK_LEAST);

	private static final Pattern WORD_NEXT = Pattern.compile("[^\\p{L}\\p{N}]*\\p{L}");

	/**
	 * Per family whose values have no figures, its nouns after a phrase's first words.
	 */
	private final Map<String, Pattern> nouns = new HashMap<>();

	private final Map<String, EntityFamily> families;

	PerValueCounting(Corpus corpus) {
		this.families = corpus.familiesByName();
		for (EntityFamily family : corpus.familiesByName().values()) {
			boolean figureless = family.values().stream().noneMatch(Operands::hasFigures);
			if (figureless && !family.orderWords().isEmpty()) {
				nouns.put(family.name(), CountedNouns.nounWithin(family.orderWords(), 1, WORDS_AFTER_PHRASE));
			}
		}
	}

	/**
	 * {@code asked} over the counts of the family the question counts per value named
	 * ({@link AskedOperation#perValueOf}), or {@code asked} unchanged.
	 * @param phrases the question's language's operation phrases
	 */
	AskedOperation read(AskedOperation asked, Extraction question, Map<Operation, Pattern> phrases) {
		if (!OVER_COUNTS.contains(asked.operation()) || asked.perValue().isPresent()) {
			return asked;
		}
		List<EntityValue> values = question.mentions().stream().flatMap(m -> m.values().stream()).distinct().toList();
		Set<String> named = values.stream().map(EntityValue::family).collect(Collectors.toSet());
		if (named.isEmpty() && !asked.operation().isRank()) {
			return asked;
		}
		String masked = question.masked();
		Pattern count = phrases.get(Operation.COUNT);
		return nouns.entrySet()
			.stream()
			.filter(e -> !named.contains(e.getKey()))
			// Values with figures of the counted (countries by membership) are added
			// up as they are: only values the counted belong to are counted in.
			.filter(e -> values.isEmpty() ? owners(families, families.get(e.getKey())).isPresent()
					: values.stream().anyMatch(v -> !belonging(families.get(e.getKey()), v).isEmpty()))
			.filter(e -> phrases.values().stream().anyMatch(p -> countsAfter(p, e.getValue(), masked)))
			// "¿cuántas personas más hubo en los talleres del lunes?": the count's
			// phrase says what is counted, when the question has one.
			.filter(e -> count == null || !countsAWord(count, masked) || countsAfter(count, e.getValue(), masked))
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.map(asked::perValueOf)
			.orElse(asked);
	}

	/**
	 * Whether a count phrase of {@code masked} is followed by a word ("cuántas
	 * personas").
	 */
	private static boolean countsAWord(Pattern count, String masked) {
		Matcher matcher = count.matcher(masked);
		while (matcher.find()) {
			if (WORD_NEXT.matcher(masked).region(matcher.end(), masked.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	private static boolean countsAfter(Pattern phrase, Pattern noun, String masked) {
		Matcher matcher = phrase.matcher(masked);
		while (matcher.find()) {
			if (noun.matcher(" " + masked.substring(matcher.start())).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The one family the values of {@code counted} belong to ({@link #belonging}): what a
	 * rank of their counts naming no value ranks ("¿qué día tuvo más talleres?"); empty
	 * when they belong to none, or to values of two families.
	 */
	static Optional<EntityFamily> owners(Map<String, EntityFamily> families, EntityFamily counted) {
		List<EntityFamily> owning = families.values()
			.stream()
			.filter(f -> !f.name().equals(counted.name()))
			.filter(f -> f.values().stream().anyMatch(v -> !belonging(counted, v).isEmpty()))
			.toList();
		return owning.size() == 1 ? Optional.of(owning.get(0)) : Optional.empty();
	}

	/**
	 * The values of {@code counted} that belong to {@code owner}: those with a text
	 * attribute that is {@code owner}'s label in every language both give (a workshop
	 * whose {@code day} is "3 de marzo", the label of that day).
	 */
	static List<EntityValue> belonging(EntityFamily counted, EntityValue owner) {
		Map<String, String> label = owner.label().texts();
		return counted.values()
			.stream()
			.filter(EntityValue::inDocument)
			.filter(v -> v.attributes().values().stream().anyMatch(a -> sameTexts(a, label)))
			.toList();
	}

	private static boolean sameTexts(Object attribute, Map<String, String> label) {
		if (!(attribute instanceof Localized text) || text.texts().isEmpty()) {
			return false;
		}
		return text.texts().entrySet().stream().allMatch(e -> e.getValue().equals(label.get(e.getKey())));
	}

}
