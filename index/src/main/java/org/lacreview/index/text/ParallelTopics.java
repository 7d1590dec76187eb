package org.lacreview.index.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * One question said once for two topics that each open with the same stop word: "¿cuántos
 * entraron por la puerta norte y por la sur?" asks "cuántos entraron por la puerta norte"
 * and "cuántos entraron por la sur"; "¿qué fechas para la feria y para los talleres?"
 * asks the date of each. The question starts with one of the language's question words or
 * {@code asks_for} phrases, at most {@value #MAX_WORDS_BEFORE_STOP_WORD} words follow it
 * before the stop word, and a part joiner followed by that same stop word comes after the
 * first topic. Not when the words before the first topic hold a joiner (a question
 * before), the second topic asks something itself ("y a qué hora") or opens with two stop
 * words ("la web del museo y la de la feria": an elided noun, not a topic). The caller
 * leaves out a message asking a computation, where the two topics are operands ("la
 * diferencia entre los de la puerta norte y los de la sur").
 */
final class ParallelTopics {

	/** The most words between the question word and the stop word opening the topic. */
	static final int MAX_WORDS_BEFORE_STOP_WORD = 3;

	/** The whole message; null when the language lacks joiners or stop words. */
	private final Pattern shape;

	/** A part joiner, as a whole word. */
	private final Pattern joiner;

	/** A question word or {@code asks_for} phrase, as whole words. */
	private final Pattern asks;

	/** The language's stop words, folded. */
	private final Set<String> stops;

	/**
	 * @param stopwords the language's stop words: the words a topic may open with
	 */
	ParallelTopics(Phrasing phrasing, Set<String> stopwords) {
		List<String> joiners = phrasing.partJoiners().stream().map(Folding::fold).toList();
		this.stops = stopwords.stream().map(Folding::fold).collect(Collectors.toSet());
		List<String> opening = stops.stream().filter(w -> !w.isBlank() && !joiners.contains(w)).toList();
		List<String> asking = new ArrayList<>();
		phrasing.questionWords().forEach(w -> asking.add(Folding.fold(w)));
		phrasing.asksFor().values().forEach(phrases -> phrases.forEach(p -> asking.add(Folding.fold(p))));
		this.joiner = Phrases.wholeWords(joiners);
		this.asks = Phrases.wholeWords(asking);
		if (joiners.isEmpty() || opening.isEmpty() || asking.isEmpty()) {
			this.shape = null;
			return;
		}
		this.shape = Pattern.compile("^(.*?(?<![\\p{L}\\p{N}])(?:" + Phrases.alternation(asking)
				+ ")(?![\\p{L}\\p{N}])(?:\\s+[\\p{L}\\p{N}]+){0," + MAX_WORDS_BEFORE_STOP_WORD + "}?)\\s+("
				+ Phrases.alternation(opening) + ")\\s+(.+?)[\\s,]+(?:" + Phrases.alternation(joiners)
				+ ")\\s+\\2\\s+(.+)$");
	}

	/**
	 * The two questions of {@code folded} (a message, folded) when it asks one question
	 * of two topics opened by the same stop word; empty when it does not.
	 */
	Optional<List<String>> distributed(String folded) {
		if (shape == null) {
			return Optional.empty();
		}
		Matcher message = shape.matcher(folded.strip());
		if (!message.matches()) {
			return Optional.empty();
		}
		String second = message.group(4);
		String[] words = second.split("[^\\p{L}\\p{N}]+", 3);
		boolean elided = words.length > 1 && stops.contains(words[0]) && stops.contains(words[1]);
		if (joiner.matcher(message.group(1)).find() || asks.matcher(second).find() || elided) {
			return Optional.empty();
		}
		String asking = message.group(1) + " " + message.group(2) + " ";
		return Optional.of(List.of(asking + message.group(3), asking + message.group(4)));
	}

}
