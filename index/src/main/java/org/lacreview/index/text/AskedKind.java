package org.lacreview.index.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * The kind of answer a question asks for, read from its leading interrogative with the
 * language's {@code asks_for} phrases ({@link Phrasing#asksFor()}): "¿dónde…?" asks for a
 * place, "¿cuántos años…?" for a number. This is the expected answer type of open-domain
 * question answering (Li and Roth, "Learning Question Classifiers", COLING 2002), read
 * from phrases a corpus lists rather than learnt. A question whose first interrogative is
 * no such phrase ("¿qué dijeron…?") asks for no particular kind.
 */
public final class AskedKind {

	/** The spaces between words. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A number between two words, with the space before it. */
	private static final Pattern QUOTED_FIGURE = Pattern.compile("(?<=\\p{L})\\s+\\d+(?=\\s+\\p{L})");

	/** The phrases of every kind, longest first; null when the language lists none. */
	private final Pattern phrases;

	/** The language's interrogatives; null when it lists none. */
	private final Pattern questionWords;

	/**
	 * An interrogative that asks only with its accent
	 * ({@link Phrasing#accentedQuestionWords}) opening the question, after at most one
	 * short word ("¿de qué…", "¿en qué…"): there it asks whatever its accent; null when
	 * the language lists none.
	 */
	private final Pattern openingInterrogative;

	/**
	 * The most words a phrase's "…" stands for: a value's name ("was the fair's craft
	 * workshop described").
	 */
	private static final int GAP_WORDS = 8;

	/** The phrases with a gap ("was … described"), each with its kind. */
	private final Map<Pattern, String> gapped = new LinkedHashMap<>();

	/** Each folded phrase's kind (the first kind listing it, in file order). */
	private final Map<String, String> kinds = new HashMap<>();

	/**
	 * The phrases of the kinds no answer gives, anywhere in a question; null when there
	 * are none.
	 */
	private final Pattern ungiven;

	/** An asked kind over the language's phrases, every kind given by some answer. */
	public AskedKind(Phrasing phrasing) {
		this(phrasing, phrasing.asksFor().keySet());
	}

	/**
	 * @param given the kinds some answer gives (the intents' {@code answers}): a phrase
	 * of any other kind asks for what no answer gives wherever the question says it
	 * ("¿cuántos Estados no participaron?" asks about those absent, which no figure
	 * counts)
	 */
	public AskedKind(Phrasing phrasing, Set<String> given) {
		// In file order, so that of two phrases with a gap matching alike the first
		// listed
		// counts.
		phrasing.asksFor().forEach((kind, list) -> list.forEach(phrase -> {
			String folded = Folding.fold(phrase);
			if (kinds.putIfAbsent(folded, kind) == null && Phrases.hasGap(folded)) {
				gapped.put(
						Pattern
							.compile("(?<![\\p{L}\\p{N}])" + Phrases.gapped(folded, GAP_WORDS) + "(?![\\p{L}\\p{N}])"),
						kind);
			}
		}));
		this.phrases = Phrases.wholeWords(kinds.keySet().stream().filter(phrase -> !Phrases.hasGap(phrase)).toList());
		this.questionWords = Phrases.wholeWords(phrasing.questionWords());
		List<String> accented = phrasing.accentedQuestionWords().stream().map(Folding::fold).toList();
		this.openingInterrogative = accented.isEmpty() ? null : Pattern.compile(
				"^[\\p{Punct}¿¡\\s]*(?:\\p{L}{1,3}\\s+)?(?:" + Phrases.alternation(accented) + ")(?![\\p{L}\\p{N}])");
		this.ungiven = Phrases.wholeWords(kinds.entrySet()
			.stream()
			.filter(e -> !given.contains(e.getValue()) && !Phrases.hasGap(e.getKey()))
			.map(Map.Entry::getKey)
			.toList());
	}

	/**
	 * The first {@code asks_for} phrase without a gap in {@code folded} (a question,
	 * folded), of any kind: how the question asks ("qué dijeron sobre", "how many"), not
	 * what it asks about (a gap holds that); empty when it has none.
	 */
	public Optional<String> phraseIn(String folded) {
		if (phrases == null) {
			return Optional.empty();
		}
		Matcher phrase = phrases.matcher(withoutQuotedFigures(folded));
		return phrase.find() ? Optional.of(phrase.group()) : Optional.empty();
	}

	/**
	 * The kind of the first {@code asks_for} phrase in {@code folded}, with or without a
	 * gap, whatever interrogative comes before it: for a question intro ("o que o
	 * documento diz sobre"), whose interrogative is the phrase's own; empty when it has
	 * none.
	 */
	public Optional<String> ofPhraseIn(String folded) {
		return firstPhrase(folded).map(Found::kind);
	}

	/** A phrase found in a question, where it starts and ends, and its kind. */
	private record Found(int start, int end, String kind) {
	}

	/**
	 * The first phrase in {@code folded}, with or without a gap; at one start, the
	 * longest match ("where was … discussed" before "where").
	 */
	private Optional<Found> firstPhrase(String folded) {
		String plain = withoutQuotedFigures(folded);
		Found first = null;
		if (phrases != null) {
			Matcher phrase = phrases.matcher(plain);
			if (phrase.find()) {
				first = new Found(phrase.start(), phrase.end(), kinds.get(phrase.group()));
			}
		}
		for (Map.Entry<Pattern, String> entry : gapped.entrySet()) {
			Matcher phrase = entry.getKey().matcher(plain);
			if (phrase.find() && (first == null || phrase.start() < first.start()
					|| phrase.start() == first.start() && phrase.end() > first.end())) {
				first = new Found(phrase.start(), phrase.end(), entry.getValue());
			}
		}
		return Optional.ofNullable(first);
	}

	/**
	 * {@code folded} without a figure standing between two words: "¿qué 29 países…?" asks
	 * what "¿qué países…?" asks, of 29 the asker already has.
	 */
	private static String withoutQuotedFigures(String folded) {
		return QUOTED_FIGURE.matcher(folded).replaceAll("");
	}

	/**
	 * The kind {@code folded} (a question, folded) asks for: that of a phrase of a kind
	 * no answer gives, wherever it stands; else that of the first {@code asks_for} phrase
	 * in it, unless an interrogative that is none comes before it by more than two words
	 * ("¿cuál es la página donde…?" asks for no place, nor "¿de qué trataba la mesa
	 * donde…?"; "¿cuál fue la fecha exacta…?" asks for a day); empty when it asks for
	 * none.
	 */
	public Optional<String> in(String folded) {
		Matcher notGiven = ungiven == null ? null : ungiven.matcher(withoutQuotedFigures(folded));
		if (notGiven != null && notGiven.find()) {
			return Optional.ofNullable(kinds.get(notGiven.group()));
		}
		Optional<Found> phrase = firstPhrase(folded);
		if (phrase.isEmpty()) {
			return Optional.empty();
		}
		if (questionWords != null) {
			String plain = withoutQuotedFigures(folded);
			Matcher word = questionWords.matcher(plain);
			// "¿cuál fue el día exacto…?": a bare interrogative with a verb and an
			// article before the phrase asks what the phrase asks.
			if (word.find() && word.start() < phrase.get().start() && (word.end() > phrase.get().start()
					|| SPACES.split(plain.substring(word.end(), phrase.get().start()).strip()).length > 2)) {
				return Optional.empty();
			}
		}
		if (openingInterrogative != null) {
			Matcher opening = openingInterrogative.matcher(withoutQuotedFigures(folded));
			if (opening.find() && opening.end() <= phrase.get().start()) {
				return Optional.empty();
			}
		}
		return Optional.ofNullable(phrase.get().kind());
	}

}
