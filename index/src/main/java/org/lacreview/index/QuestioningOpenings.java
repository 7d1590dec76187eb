package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Whether a question asks nothing but with the opening that makes it a follow-up: "what
 * about the first day?", "how about the fair?" hold a question word only in one of the
 * language's {@code followup} phrases, and ask what the last question asked of the value
 * they name, like "and the first day?". A classifier reading "what about" as "what was it
 * about" would otherwise take the question for one of its own. Nothing of a language is
 * written here: the openings are the corpus's {@code followup} phrases that hold one of
 * its {@code question_words}. Part of the decision stage ({@link FollowedIntent}).
 */
final class QuestioningOpenings {

	/** Per language, its questioning openings at the start of a question. */
	private final Map<String, Pattern> openings = new HashMap<>();

	/** Per language, its question words as whole words. */
	private final Map<String, Pattern> questionWords = new HashMap<>();

	QuestioningOpenings(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Pattern words = Phrases.wholeWords(pack.phrasing().questionWords().stream().map(Folding::fold).toList());
			if (words == null) {
				return;
			}
			List<String> questioning = pack.followup()
				.stream()
				.map(Folding::fold)
				.filter(phrase -> words.matcher(phrase).find())
				.toList();
			if (!questioning.isEmpty()) {
				openings.put(language, Pattern
					.compile("^[\\p{Punct}¿¡\\s]*(?:" + Phrases.alternation(questioning) + ")(?![\\p{L}\\p{N}])"));
				questionWords.put(language, words);
			}
		});
	}

	/**
	 * Whether {@code folded} (a question, folded, in {@code language}) opens with a
	 * questioning follow-up phrase and has no question word after it.
	 */
	boolean asksOnlyInOpening(String folded, String language) {
		Pattern opening = openings.get(language);
		if (opening == null) {
			return false;
		}
		var matcher = opening.matcher(folded);
		return matcher.find() && !questionWords.get(language).matcher(folded.substring(matcher.end())).find();
	}

}
