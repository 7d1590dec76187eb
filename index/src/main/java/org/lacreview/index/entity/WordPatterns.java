package org.lacreview.index.entity;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.util.Span;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.text.Phrases;

/**
 * Regular expressions made of a corpus's words, and OpenNLP's regex finder run over a
 * folded question.
 */
final class WordPatterns {

	private WordPatterns() {
	}

	/**
	 * {@link Phrases#factored} where a space in a phrase matches any run of spaces.
	 */
	static String alternation(Collection<String> words) {
		return Phrases.factored(words, w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
	}

	/**
	 * Runs one pattern with OpenNLP's regex finder, then reads the groups of each span it
	 * found.
	 */
	static void find(String folded, Pattern pattern, String tag, Function<Matcher, List<EntityValue>> values,
			List<Mention> into) {
		RegexNameFinder finder = new RegexNameFinder(new Pattern[] { pattern }, tag);
		for (Span span : finder.find(folded)) {
			Matcher m = pattern.matcher(folded);
			m.region(span.getStart(), folded.length());
			if (m.lookingAt()) {
				into.add(Mention.of(tag, values.apply(m), span.getStart(), span.getEnd(),
						folded.substring(span.getStart(), span.getEnd())));
			}
		}
	}

}
