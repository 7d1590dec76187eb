package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;

/**
 * Finds every value of a family named at once by their count: "los tres días", "all three
 * days", "les trois jours" of a family of three days — a count ({@link CountWords}) equal
 * to the number of the family's values the document covers, then at most one word, then
 * one of the family's {@code order_words}, with OpenNLP's regex finder. Read apart from
 * the other mentions and never masked ({@link EntityExtractor#wholeFamilies}).
 */
final class WholeFamilyFinder {

	private record FamilyPattern(EntityFamily family, List<EntityValue> values, Pattern pattern, Pattern bare) {
	}

	private final List<FamilyPattern> patterns = new ArrayList<>();

	private final WordGate countGate;

	WholeFamilyFinder(Corpus corpus) {
		Map<String, Integer> counts = CountWords.of(corpus);
		this.countGate = new WordGate(counts.keySet(), Character::isLetterOrDigit);
		for (EntityFamily family : corpus.families()) {
			List<EntityValue> covered = family.values().stream().filter(EntityValue::inDocument).toList();
			List<String> words = counts.entrySet()
				.stream()
				.filter(e -> e.getValue() == covered.size())
				.map(Map.Entry::getKey)
				.toList();
			if (family.orderWords().isEmpty() || words.isEmpty()) {
				continue;
			}
			String noun = WordPatterns.alternation(family.orderWords().stream().map(Folding::fold).toList());
			String count = "(?<![\\p{L}\\p{N}])(?:" + WordPatterns.alternation(words) + ")";
			patterns.add(new FamilyPattern(family, covered,
					Pattern.compile(count + "(?:\\s+[\\p{L}\\p{N}]+)?\\s+(?:" + noun + ")(?![\\p{L}\\p{N}])"),
					Pattern.compile(count + "(?![\\p{L}\\p{N}])")));
		}
	}

	/**
	 * The families whose count of values {@code folded} says without a noun ("¿promedio
	 * de los tres?"), with those values: which family it is only the conversation can
	 * tell. Asked only of a question that names no whole family with its noun
	 * ({@link #find} found none).
	 */
	Map<String, List<EntityValue>> findBare(String folded) {
		Map<String, List<EntityValue>> found = new HashMap<>();
		if (patterns.isEmpty() || !countGate.opens(folded)) {
			return found;
		}
		for (FamilyPattern family : patterns) {
			if (family.bare().matcher(folded).find()) {
				found.put(family.family().name(), family.values());
			}
		}
		return found;
	}

	/** Mentions of whole families {@code folded} (a folded question) names by count. */
	List<Mention> find(String folded) {
		List<Mention> found = new ArrayList<>();
		if (patterns.isEmpty() || !countGate.opens(folded)) {
			return found;
		}
		for (FamilyPattern family : patterns) {
			WordPatterns.find(folded, family.pattern(), family.family().name(), m -> family.values(), found);
		}
		return found;
	}

}
