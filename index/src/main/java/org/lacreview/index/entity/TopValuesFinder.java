package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.folding.Folding;

/**
 * Finds values named as the largest or smallest few of a family by its figure: "los dos
 * grupos más grandes", "the three smallest groups", "les deux plus petits groupes" — a
 * count ({@link CountWords}), a family's {@code order_words}, and a superlative of any
 * language's {@code rank_most} or {@code rank_least} phrases (those without a gap), at
 * most {@value #GAP_WORDS} words apart, with OpenNLP's regex finder. Only for a family
 * whose values have one numeric attribute; nothing when the last one taken ties with the
 * next, since the document would not say which is in.
 */
final class TopValuesFinder {

	/** The most words between the count, the noun and the superlative. */
	static final int GAP_WORDS = 2;

	private record FamilyPattern(EntityFamily family, String attribute, Pattern pattern) {
	}

	private final Map<String, Integer> counts;

	/** Whether a text has a count word, as every pattern needs. */
	private final WordGate countGate;

	private final Set<String> most = new HashSet<>();

	private final List<FamilyPattern> patterns = new ArrayList<>();

	TopValuesFinder(Corpus corpus) {
		this.counts = CountWords.of(corpus);
		this.countGate = new WordGate(counts.keySet(), Character::isLetterOrDigit);
		Set<String> least = new HashSet<>();
		corpus.languages().values().forEach(pack -> {
			superlatives(pack.phrasing().operations().get(OperationName.RANK_MOST.key()), most);
			superlatives(pack.phrasing().operations().get(OperationName.RANK_LEAST.key()), least);
		});
		if (most.isEmpty() && least.isEmpty()) {
			return;
		}
		Set<String> both = new HashSet<>(most);
		both.addAll(least);
		String count = WordPatterns.alternation(counts.keySet());
		String superlative = WordPatterns.alternation(both);
		String gap = "(?:\\s+[\\p{L}\\p{N}]+){0," + GAP_WORDS + "}\\s+";
		for (EntityFamily family : corpus.families()) {
			Optional<String> attribute = family.onlyFigure();
			if (family.orderWords().isEmpty() || attribute.isEmpty()) {
				continue;
			}
			String noun = "(?:" + WordPatterns.alternation(family.orderWords()) + ")";
			// "los dos grupos más grandes", "os dois maiores grupos", "the top three
			// groups".
			patterns.add(new FamilyPattern(family, attribute.get(),
					Pattern.compile("(?<![\\p{L}\\p{N}])(?:(" + count + ")(?:" + gap + noun + gap + "(" + superlative
							+ ")|\\s+(" + superlative + ")" + gap + noun + ")|(" + superlative + ")\\s+(" + count + ")"
							+ gap + noun + ")(?![\\p{L}\\p{N}])")));
		}
	}

	private static void superlatives(List<String> phrases, Set<String> into) {
		if (phrases != null) {
			phrases.stream().filter(p -> !p.contains("…")).map(Folding::fold).forEach(into::add);
		}
	}

	/** Mentions of the largest or smallest few of a family {@code folded} names. */
	List<Mention> find(String folded) {
		List<Mention> found = new ArrayList<>();
		if (!countGate.opens(folded)) {
			// Most questions have no count: the patterns are not run for them.
			return found;
		}
		for (FamilyPattern family : patterns) {
			WordPatterns.find(folded, family.pattern(), family.family().name(), m -> {
				int n = counts.get(m.group(1) != null ? m.group(1) : m.group(5));
				String superlative = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
				return top(family, n, most.contains(superlative));
			}, found);
		}
		return found;
	}

	private static List<EntityValue> top(FamilyPattern family, int n, boolean largest) {
		List<EntityValue> ranked = family.family().rankedBy(family.attribute(), largest);
		if (ranked.size() == n) {
			// "the three days, from most to least": as many as the family has are all of
			// it.
			return ranked;
		}
		if (ranked.size() < n || figure(ranked.get(n - 1), family) == figure(ranked.get(n), family)) {
			return List.of();
		}
		return ranked.subList(0, n);
	}

	private static double figure(EntityValue value, FamilyPattern family) {
		return ((Number) value.attributes().get(family.attribute())).doubleValue();
	}

}
