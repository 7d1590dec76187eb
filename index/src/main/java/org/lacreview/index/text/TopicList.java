package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * A topic and a list of what is asked of it: "talleres: fecha, cuántas personas y de qué
 * países?" asks "talleres: fecha", "talleres: cuántas personas" and "talleres: de qué
 * países". The message is a topic with no question mark, a colon, and two or three items
 * of at most {@value #MAX_ITEM_WORDS} words each, parted by commas and, before the last,
 * by one of the language's {@code part_joiners}. A longer item is a sentence rather than
 * an item of a list, and the message is left to the other ways of splitting.
 */
final class TopicList {

	/** At most this many words in an item: "cuántos representantes" is one. */
	static final int MAX_ITEM_WORDS = 4;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/**
	 * What an item may start or end with besides its words: spaces and question marks.
	 */
	private static final Pattern ITEM_EDGES = Pattern.compile("^[\\s¿]+|[\\s?]+$");

	private final Pattern shape;

	private final Pattern itemSeparator;

	TopicList(Phrasing phrasing) {
		List<String> joiners = phrasing.partJoiners().stream().map(Folding::fold).toList();
		String joiner = joiners.isEmpty() ? "(?!)" : "(?:" + Phrases.alternation(joiners) + ")";
		this.shape = Pattern.compile("^([^:?¿]+):\\s*([^:]+?)[\\s?.!]*$");
		this.itemSeparator = Pattern.compile("\\s*,\\s*(?:" + joiner + "\\s+)?|\\s+" + joiner + "\\s+");
	}

	/**
	 * The questions of {@code folded} (a message, folded) when it is a topic and a list
	 * of two or three things asked of it; empty otherwise, as when an item before the
	 * last has a phrase of {@code operating} (may be null): "la feria: sumando los 20
	 * talleres y las 5 charlas, ¿cuántos?" lists operands, where "la feria: fechas y
	 * total de inscritos" lists questions.
	 */
	Optional<List<String>> distributed(String folded, Pattern operating) {
		Matcher message = shape.matcher(folded.strip());
		if (!message.matches()) {
			return Optional.empty();
		}
		String topic = message.group(1).strip();
		String[] items = itemSeparator.split(message.group(2).strip());
		if (items.length < 2 || items.length > QuestionSplitter.MAX_PARTS || words(topic) == 0) {
			return Optional.empty();
		}
		if (operating != null
				&& Arrays.stream(items, 0, items.length - 1).anyMatch(item -> operating.matcher(item).find())) {
			return Optional.empty();
		}
		List<String> questions = new ArrayList<>();
		for (String item : items) {
			String stripped = ITEM_EDGES.matcher(item).replaceAll("");
			long words = words(stripped);
			if (words == 0 || words > MAX_ITEM_WORDS) {
				return Optional.empty();
			}
			questions.add(topic + ": " + stripped + "?");
		}
		return Optional.of(questions);
	}

	private static long words(String text) {
		return WORD.matcher(text).results().count();
	}

}
