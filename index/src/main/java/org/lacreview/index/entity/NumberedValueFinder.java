package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.namefind.RegexNameFinder;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;

/**
 * Finds values named by number or by order: "área 5", "area nº 5" (a family's
 * {@code number_words}, the number signs of every language, and a value's {@code number})
 * and "el último día", "the second day" (the ordinals of every language, a family's
 * {@code order_words}, and a value's {@code order}), with OpenNLP's
 * {@link RegexNameFinder}.
 */
final class NumberedValueFinder {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/**
	 * The digits and number words a run's count may be ({@link CountWords}), to the
	 * count.
	 */
	private final Map<String, Integer> counts;

	/** Every language's ordinals, folded, to their position (-1 for the last). */
	private final Map<String, Integer> ordinals = new HashMap<>();

	/** Whether a text has an ordinal, as the ordinal and pair patterns need. */
	private final WordGate ordinalGate;

	private final List<FamilyPatterns> familyPatterns;

	NumberedValueFinder(Corpus corpus) {
		corpus.languages().values().forEach(p -> p.ordinals().forEach((w, n) -> ordinals.put(Folding.fold(w), n)));
		this.counts = CountWords.of(corpus);
		this.familyPatterns = familyPatterns(corpus, ordinals, counts);
		// The ordinal patterns bound an ordinal by anything but a letter or a digit
		// ("1st" is one word).
		this.ordinalGate = new WordGate(ordinals.keySet(), Character::isLetterOrDigit);
	}

	/**
	 * One family's patterns, compiled once; any may be null when the corpus gives no
	 * words for it. {@code pair} finds two ordinals joined by a range word around one
	 * order word: "del primer al último día", "the first and the last day", "el primer
	 * día y el último". {@code run} finds a count beside the first or the last ordinal
	 * before an order word: "los dos primeros días", "the last three days".
	 */
	private record FamilyPatterns(EntityFamily family, Pattern number, Pattern ordinal, Pattern pair, Pattern run) {
	}

	private static List<FamilyPatterns> familyPatterns(Corpus corpus, Map<String, Integer> ordinals,
			Map<String, Integer> counts) {
		List<FamilyPatterns> patterns = new ArrayList<>();
		// "área nº 5", "area no. 5": the signs of every language, from their
		// number_signs.
		Set<String> numberSigns = new HashSet<>();
		corpus.languages().values().forEach(p -> numberSigns.addAll(p.numberSigns()));
		String signs = numberSigns.isEmpty() ? "(?!)" : "(?:" + WordPatterns.alternation(numberSigns) + ")";
		// "áreas 4 y 5", "areas 1, 2 and 3": more numbers joined by a comma or a one-word
		// part joiner of any language.
		Set<String> joiners = new HashSet<>();
		corpus.languages()
			.values()
			.forEach(p -> p.phrasing().partJoiners().stream().filter(j -> !j.contains(" ")).forEach(joiners::add));
		String joiner = "(?:,|" + (joiners.isEmpty() ? "(?!)" : WordPatterns.alternation(joiners)) + ")";
		Set<String> rangeWords = new HashSet<>();
		corpus.languages().values().forEach(p -> p.dates().rangeWords().forEach(w -> rangeWords.add(Folding.fold(w))));
		// A range word, and an article of up to three letters: "al", "y el", "and the",
		// "au".
		String range = rangeWords.isEmpty() ? "(?!)"
				: "(?:" + WordPatterns.alternation(rangeWords) + ")(?:\\s+\\p{L}{1,3})?";
		// The first and the last ("primeros", "last"), and how many of them a run has: a
		// digit or a number word of any language from 2 to 9.
		Set<String> ends = new HashSet<>();
		ordinals.forEach((word, position) -> {
			if (Math.abs(position) == 1) {
				ends.add(word);
			}
		});
		for (EntityFamily family : corpus.families()) {
			// Only the family's own numbers after a joiner: "área 2 y 27 de abril" leaves
			// the date alone.
			Set<String> own = new HashSet<>();
			family.values().forEach(v -> v.number().ifPresent(n -> own.add(String.valueOf(n))));
			String joined = own.isEmpty() ? ""
					: "(?:\\s*" + joiner + "\\s*(?:" + WordPatterns.alternation(own) + ")(?![\\p{N}]))*";
			Pattern number = family.numberWords().isEmpty() ? null
					: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + WordPatterns.alternation(family.numberWords())
							+ ")\\s*(?:" + signs + "\\s*)?(\\d{1,3}(?![\\p{N}])" + joined + ")");
			// "second-day participants": an ordinal joined to its noun by a hyphen.
			Pattern ordinal = family.orderWords().isEmpty() || !family.ordered() || ordinals.isEmpty() ? null
					: Pattern.compile("(?<![\\p{L}\\p{N}])(" + WordPatterns.alternation(ordinals.keySet())
							+ ")(?:\\s+|-)(?:" + WordPatterns.alternation(family.orderWords()) + ")(?![\\p{L}])");
			Pattern pair = ordinal == null ? null : pair(WordPatterns.alternation(ordinals.keySet()),
					WordPatterns.alternation(family.orderWords()), range);
			Pattern run = ordinal == null || ends.isEmpty() || counts.isEmpty() ? null
					: run(WordPatterns.alternation(ends), WordPatterns.alternation(counts.keySet()),
							WordPatterns.alternation(family.orderWords()));
			if (number != null || ordinal != null) {
				patterns.add(new FamilyPatterns(family, number, ordinal, pair, run));
			}
		}
		return patterns;
	}

	/** A count and an end in either order, then an order word. */
	private static Pattern run(String end, String count, String orderWord) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:(" + count + ")\\s+(" + end + ")|(" + end + ")\\s+(" + count
				+ "))\\s+(?:" + orderWord + ")(?![\\p{L}])");
	}

	/**
	 * Ordinal, range word, ordinal, order word; or ordinal, order word, range word,
	 * ordinal.
	 */
	private static Pattern pair(String ordinal, String orderWord, String range) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:(" + ordinal + ")\\s+" + range + "\\s+(" + ordinal + ")\\s+(?:"
				+ orderWord + ")|(" + ordinal + ")\\s+(?:" + orderWord + ")\\s+" + range + "\\s+(" + ordinal
				+ "))(?![\\p{L}])");
	}

	/** Mentions of the values {@code folded} names by number or by order. */
	List<Mention> find(String folded) {
		List<Mention> found = new ArrayList<>();
		// Most questions have no digit and no ordinal: the patterns that need one are not
		// run for them.
		boolean hasDigit = folded.chars().anyMatch(Character::isDigit);
		boolean hasOrdinal = ordinalGate.opens(folded);
		for (FamilyPatterns patterns : familyPatterns) {
			EntityFamily family = patterns.family();
			if (patterns.number() != null && hasDigit) {
				WordPatterns.find(folded, patterns.number(), family.name(), m -> {
					List<Integer> numbers = DIGITS.matcher(m.group(1))
						.results()
						.map(r -> Integer.parseInt(r.group()))
						.toList();
					return family.values()
						.stream()
						.filter(v -> v.number().map(numbers::contains).orElse(false))
						.toList();
				}, found);
			}
			if (patterns.ordinal() != null && hasOrdinal) {
				WordPatterns.find(folded, patterns.ordinal(), family.name(),
						m -> byOrder(family, ordinals.get(m.group(1))), found);
				if (patterns.run() != null) {
					WordPatterns.find(folded, patterns.run(), family.name(), m -> {
						int count = counts.get(m.group(1) != null ? m.group(1) : m.group(4));
						int end = ordinals.get(m.group(2) != null ? m.group(2) : m.group(3));
						List<EntityValue> run = new ArrayList<>();
						for (int i = 1; i <= count; i++) {
							byOrder(family, end * i).stream().filter(v -> !run.contains(v)).forEach(run::add);
						}
						// In the family's order, whichever end it counts from.
						run.sort(Comparator.comparing(v -> v.order().get()));
						return run.size() == count ? run : List.of();
					}, found);
				}
				WordPatterns.find(folded, patterns.pair(), family.name(), m -> {
					List<EntityValue> both = new ArrayList<>(
							byOrder(family, ordinals.get(m.group(1) != null ? m.group(1) : m.group(3))));
					byOrder(family, ordinals.get(m.group(2) != null ? m.group(2) : m.group(4))).stream()
						.filter(v -> !both.contains(v))
						.forEach(both::add);
					return both;
				}, found);
			}
		}
		return found;
	}

	private static List<EntityValue> byOrder(EntityFamily family, int position) {
		List<EntityValue> ordered = family.values()
			.stream()
			.filter(v -> v.order().isPresent())
			.sorted(Comparator.comparing(v -> v.order().get()))
			.toList();
		if (ordered.isEmpty() || Math.abs(position) > ordered.size() || position == 0) {
			return List.of();
		}
		return List.of(position > 0 ? ordered.get(position - 1) : ordered.get(ordered.size() + position));
	}

}
