package org.lacreview.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * The fraction of a whole a share question sets its result against: "¿los talleres eran
 * más o menos de la cuarta parte de las actividades?" asks the share and whether it is
 * above or below 25 %. The words are each language's {@code fraction_words}, to their
 * denominator ("cuarta parte: 4"). Part of reading the operation
 * ({@link OperationReader}).
 */
final class ShareFractions {

	/** Per language, its fraction words (folded) to their denominator. */
	private final Map<String, Map<String, Integer>> denominators = new HashMap<>();

	/** Per language, its fraction words as whole words. */
	private final Map<String, Pattern> patterns = new HashMap<>();

	ShareFractions(Corpus corpus) {
		corpus.languages().forEach((code, pack) -> {
			Map<String, Integer> folded = new HashMap<>();
			pack.fractionWords().forEach((words, denominator) -> folded.put(Folding.fold(words), denominator));
			Pattern pattern = Phrases.wholeWords(folded.keySet().stream().toList());
			if (pattern != null && folded.values().stream().allMatch(d -> d > 0)) {
				denominators.put(code, folded);
				patterns.put(code, pattern);
			}
		});
	}

	/**
	 * The first fraction {@code folded} (a folded question) names, in percent of the
	 * whole (25 for a quarter), as a bound of kind {@link CountBounds.Kind#FRACTION};
	 * empty for none.
	 */
	Optional<CountBounds.Bound> in(String folded, String language) {
		Pattern pattern = patterns.get(language);
		if (pattern == null) {
			return Optional.empty();
		}
		Matcher matcher = pattern.matcher(folded);
		if (!matcher.find()) {
			return Optional.empty();
		}
		Integer denominator = denominators.get(language).get(matcher.group().strip());
		return Optional.ofNullable(denominator).map(d -> new CountBounds.Bound(CountBounds.Kind.FRACTION, 100.0 / d));
	}

}
