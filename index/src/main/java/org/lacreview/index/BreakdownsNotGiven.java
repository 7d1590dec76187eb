package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Whether a question asks a figure for each value of a family whose values have no
 * figures: one of the language's {@code per_words} right before one of that family's
 * nouns (its {@code order_words}): "¿cuántos inscritos hubo por país?", "how many
 * participants from each country?". The document gives no such breakdown, and the whole's
 * figure would answer another question. Said of an average ("¿cuántas personas por país
 * en promedio?") the noun is what the figure is divided by instead: the caller leaves
 * averages out. Part of reading the operation ({@link OperationReader}).
 */
final class BreakdownsNotGiven {

	/** Per language, a per word followed by a noun of a family without figures. */
	private final Map<String, Pattern> byLanguage = new HashMap<>();

	/**
	 * Per language, the same with only the per words that hold none of its
	 * {@code distributive_words}: "por país" may ask an average, "de cada país" asks each
	 * country's figure.
	 */
	private final Map<String, Pattern> averageByLanguage = new HashMap<>();

	BreakdownsNotGiven(Corpus corpus) {
		List<String> nouns = new ArrayList<>();
		for (EntityFamily family : corpus.familiesByName().values()) {
			if (family.values().stream().noneMatch(Operands::hasFigures)) {
				family.orderWords().forEach(w -> nouns.add(Folding.fold(w)));
			}
		}
		if (nouns.isEmpty()) {
			return;
		}
		corpus.languages().forEach((language, pack) -> {
			List<String> per = pack.phrasing().perWords().stream().map(Folding::fold).toList();
			if (!per.isEmpty()) {
				byLanguage.put(language, perNoun(per, nouns));
			}
			Pattern distributive = Phrases
				.wholeWords(pack.phrasing().distributiveWords().stream().map(Folding::fold).toList());
			List<String> averaging = per.stream()
				.filter(w -> distributive == null || !distributive.matcher(w).find())
				.toList();
			if (!averaging.isEmpty()) {
				averageByLanguage.put(language, perNoun(averaging, nouns));
			}
		});
	}

	/**
	 * One of {@code per} (folded per words, "por") right before one of {@code nouns}
	 * (folded family nouns, "país"), each a whole word.
	 */
	static Pattern perNoun(List<String> per, List<String> nouns) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(per) + ")\\s+(?:"
				+ Phrases.alternation(nouns) + ")(?![\\p{L}\\p{N}])");
	}

	/**
	 * Whether {@code folded} (a folded question in {@code language}) asks such a
	 * breakdown.
	 */
	boolean asked(String folded, String language) {
		Pattern pattern = byLanguage.get(language);
		return pattern != null && pattern.matcher(folded).find();
	}

	/**
	 * Whether {@code folded} asks such a figure by a per word that may ask an average
	 * ("por país", not "de cada país").
	 */
	boolean averageMayBeAsked(String folded, String language) {
		Pattern pattern = averageByLanguage.get(language);
		return pattern != null && pattern.matcher(folded).find();
	}

}
