package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * "¿Qué otros talleres hubo además del de cerámica?": a question that says one of its
 * language's {@code another_kind_words} and names the values of one family only as
 * companions ({@link Companions}: "además de", "besides") asks about that family's other
 * values in the document, not the ones it names. Not a computation or a count ("¿cuántos
 * más además de…?" adds to the value named): those read the value named as written. Part
 * of the decision stage, before the intent's slot is filled.
 */
final class OtherValuesAsked {

	private final Corpus corpus;

	private final Companions companions;

	/** Per language, its {@code another_kind_words} as whole words. */
	private final Map<String, Pattern> anotherKind = new HashMap<>();

	OtherValuesAsked(Corpus corpus, Companions companions) {
		this.corpus = corpus;
		this.companions = companions;
		corpus.languages().forEach((language, pack) -> {
			Pattern words = Phrases.wholeWords(pack.phrasing().anotherKindWords().stream().map(Folding::fold).toList());
			if (words != null) {
				anotherKind.put(language, words);
			}
		});
	}

	/**
	 * {@code extraction} with the one mention of a family named as a companion selecting
	 * that family's other values in the document instead; {@code extraction} itself when
	 * the question asks a computation or a number, says no word for "other", names values
	 * of that family otherwise or of more than one family as companions, or the family
	 * has no other value in the document.
	 * @param computes whether the question asks a computation or a count
	 */
	Extraction instead(Extraction extraction, String language, boolean computes) {
		Pattern other = anotherKind.get(language);
		if (computes || other == null || !other.matcher(extraction.folded()).find()) {
			return extraction;
		}
		Map<String, List<String>> named = companions.in(extraction, language);
		if (named.size() != 1) {
			return extraction;
		}
		String family = named.keySet().iterator().next();
		List<Mention> ofFamily = extraction.mentionsOf(family);
		if (ofFamily.size() != 1 || !ofFamily.get(0).isCovered()
				|| ofFamily.get(0).values().stream().anyMatch(v -> !v.family().equals(family))) {
			return extraction;
		}
		Mention mention = ofFamily.get(0);
		List<EntityValue> others = corpus.family(family)
			.map(f -> f.values().stream().filter(v -> v.inDocument() && !mention.values().contains(v)).toList())
			.orElse(List.of());
		if (others.isEmpty()) {
			return extraction;
		}
		List<Mention> mentions = new ArrayList<>(extraction.mentions());
		mentions.set(mentions.indexOf(mention),
				new Mention(mention.tag(), others, mention.covered(), mention.start(), mention.end(), mention.text()));
		return new Extraction(extraction.folded(), extraction.masked(), mentions, extraction.followUp(),
				extraction.refersBack());
	}

}
