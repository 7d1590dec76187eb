package org.lacreview.index.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * The items of a list of requests written without question words between them ("dates of
 * the fair, who opened it, and the radio audience?"), split at each comma (not a decimal
 * one) or plus sign and a part joiner right after it: what to answer one by one when the
 * message read whole is refused. Not in a message that asks a computation, a count
 * included, whose operands the items are ("Counting the 12th, the 13th-15th and the
 * 26th-28th, how many days…?"). {@link RequestList} splits requests while the message is
 * read (before a count cue, "fecha y número de inscritos"); these items are tried only
 * once the message read whole is refused.
 */
final class ListSeparators {

	/**
	 * The fewest items of a list of requests: two are as often a topic and the question
	 * about it ("De los inscritos de la feria, ¿cuántos eran artesanos?").
	 */
	static final int MIN_LISTED = 3;

	/** The fewest words of an item. */
	static final int MIN_ITEM_WORDS = 2;

	/** A separator and the part joiner after it; null when the language has no joiner. */
	private final Pattern separator;

	/** A phrase asking any computation; null for none. */
	private final Pattern computing;

	ListSeparators(Phrasing phrasing) {
		List<String> joiners = phrasing.partJoiners().stream().map(Folding::fold).toList();
		this.separator = joiners.isEmpty() ? null
				: Pattern.compile("\\s*(?:(?<!\\d),(?!\\d)|\\+)\\s*(?:(?:" + Phrases.alternation(joiners) + ")\\s+)?");
		this.computing = QuestionSplitter.computingPhrases(phrasing, operation -> true);
	}

	/**
	 * The items of {@code folded}; a single element, the text itself, when it asks a
	 * computation or that gives fewer than {@value #MIN_LISTED} or more than
	 * {@value QuestionSplitter#MAX_PARTS} items or an item of fewer than
	 * {@value #MIN_ITEM_WORDS} words.
	 */
	List<String> items(String folded) {
		if (separator == null || computing != null && computing.matcher(folded).find()) {
			return List.of(folded);
		}
		List<String> items = Arrays.stream(separator.split(folded))
			.map(String::strip)
			.filter(p -> QuestionSplitter.words(p) > 0)
			.toList();
		if (items.size() < MIN_LISTED || items.size() > QuestionSplitter.MAX_PARTS
				|| items.stream().anyMatch(p -> QuestionSplitter.words(p) < MIN_ITEM_WORDS)) {
			return List.of(folded);
		}
		return items;
	}

}
