package org.lacreview.index;

import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.LanguagePack;

/**
 * The fraction of a whole a share question sets its result against: "¿los talleres eran
 * más o menos de la cuarta parte de las actividades?" asks the share and whether it is
 * above or below 25 %. The words are each language's {@code fraction_words}, to their
 * denominator ("cuarta parte: 4"). Part of reading the operation
 * ({@link OperationReader}).
 */
final class ShareFractions {

	private final WordNumbers denominators;

	ShareFractions(Corpus corpus) {
		this.denominators = new WordNumbers(corpus, LanguagePack::fractionWords);
	}

	/**
	 * The first fraction {@code folded} (a folded question) names, in percent of the
	 * whole (25 for a quarter), as a bound of kind {@link CountBounds.Kind#FRACTION};
	 * empty for none.
	 */
	Optional<CountBounds.Bound> in(String folded, String language) {
		return denominators.in(folded, language)
			.stream()
			.filter(d -> d > 0)
			.findFirst()
			.map(d -> new CountBounds.Bound(CountBounds.Kind.FRACTION, 100.0 / d));
	}

}
