package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * Requests listed without a question word: "fecha del taller y número de inscritos",
 * "dates of the fair, number of visitors": a part joiner, a comma or a plus sign right
 * before a key cue or a phrase asking a count that has no question word of its own
 * ({@code key_cues} and {@code operations: count}, such as "número de") starts a request
 * of its own. Not in a message that asks a computation other than a count ("la diferencia
 * entre el lunes y número de…" compares), and only where each side has at least
 * {@value #MIN_PART_WORDS} words.
 */
final class RequestList {

	/** The fewest words on each side of a split. */
	static final int MIN_PART_WORDS = 2;

	/** Where a request starts; null when the language has no such cue. */
	private final Pattern requestStart;

	/** A phrase asking a computation other than a count; null for none. */
	private final Pattern computing;

	RequestList(Phrasing phrasing) {
		List<String> questionWords = phrasing.questionWords().stream().map(Folding::fold).toList();
		Pattern questionWord = Phrases.wholeWords(questionWords);
		List<String> cues = Stream
			.concat(phrasing.keyCues().stream(),
					phrasing.operations().getOrDefault(OperationName.COUNT.key(), List.of()).stream())
			.map(Folding::fold)
			.filter(cue -> questionWord == null || !questionWord.matcher(cue).find())
			.toList();
		List<String> joiners = phrasing.partJoiners().stream().map(Folding::fold).toList();
		String joiner = "(?:" + Phrases.alternation(joiners) + ")";
		String cueAhead = "(?=(?:" + Phrases.alternation(cues) + ")" + Phrases.PHRASE_END + ")";
		this.requestStart = cues.isEmpty() ? null : Pattern
			.compile("\\s*,\\s*(?:" + joiner + "\\s+)?" + cueAhead + "|\\s+(?:" + joiner + "|\\+)\\s+" + cueAhead);
		this.computing = QuestionSplitter.computingPhrases(phrasing,
				operation -> !operation.equals(OperationName.COUNT.key()));
	}

	/**
	 * {@code parts} (folded) with each split where a listed request starts; unchanged in
	 * a message ({@code folded}) asking a computation other than a count.
	 */
	List<String> split(List<String> parts, String folded) {
		if (requestStart == null || computing != null && computing.matcher(folded).find()) {
			return parts;
		}
		List<String> split = new ArrayList<>();
		for (String part : parts) {
			Matcher start = requestStart.matcher(part);
			int from = 0;
			while (start.find()) {
				if (QuestionSplitter.words(part.substring(from, start.start())) >= MIN_PART_WORDS
						&& QuestionSplitter.words(part.substring(start.end())) >= MIN_PART_WORDS) {
					split.add(part.substring(from, start.start()));
					from = start.end();
				}
			}
			split.add(part.substring(from));
		}
		return split;
	}

}
