package org.lacreview.index.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Phrasing;
import org.lacreview.index.folding.Folding;

/**
 * Marks, in a message as written (before folding), the questions that an interrogative
 * asking only with its accent opens after a part joiner ("¿A qué se comprometieron y qué
 * reafirmaron?"), where folding alone would leave "y que", which is also "and that"; and
 * tells a piece opened by "¿" and such an interrogative. The interrogatives are the
 * language's {@code accented_question_words}, with their informal spellings ("q") and,
 * for a writer who leaves every accent out, their unaccented forms. Part of
 * {@link QuestionSplitter}.
 */
final class AccentedQuestionMarker {

	/** A letter with a diacritic once decomposed: the message writes accents. */
	private static final Pattern DIACRITIC = Pattern.compile("\\p{M}");

	/** A question word of the language, as a whole word, folded. */
	private final Pattern questionWord;

	/**
	 * A part joiner, then an interrogative that asks only with its accent, both as
	 * written (not folded): where {@link #marked} marks a question. Null when the
	 * language has none.
	 */
	private final Pattern accentedAfterJoiner;

	/** An interrogative that asks only with its accent, as written. */
	private final Pattern accentedWord;

	/**
	 * As {@link #accentedAfterJoiner}, with the interrogatives written without their
	 * accent ("y que se trató"), or in an informal spelling of them ("y q…"): read so
	 * only in a message that writes no accent at all, whose writer leaves every accent
	 * out. Null when the language has no such words.
	 */
	private final Pattern unaccentedAfterJoiner;

	/**
	 * As {@link #accentedAfterJoiner}, or with an informal spelling of the interrogative
	 * ("y q…"), which has no accent to write: for a message that writes its accents.
	 */
	private final Pattern accentedOrInformalAfterJoiner;

	/**
	 * As {@link #accentedAfterJoiner}, written with its accent, without it or informally:
	 * for a message that writes accents but not on the interrogative opening it
	 * ({@link #accentDropped}).
	 */
	private final Pattern anyAfterJoiner;

	/**
	 * "¿" before an interrogative that asks only with its accent, folded or informally
	 * spelt, at the start of a piece, with at most a short word between ("¿de que…");
	 * null when the language has none.
	 */
	private final Pattern openedInterrogative;

	/**
	 * An interrogative that asks only with its accent opening the message, as written
	 * with its accent or, for a message that writes none, without it: marked too when a
	 * later one is ("qué talleres hubo y qué se dijo…" asks two things).
	 */
	private final Pattern accentedFirst;

	private final Pattern unaccentedFirst;

	/**
	 * The language's question words that are written with an accent, written without it
	 * ("cuantos" for "cuántos"), opening the message as written: a message so opened
	 * leaves the accents of its interrogatives out, whatever other accents it writes
	 * ("cuantos por zoom el 27 y que áreas se discutieron"). Only at the start, where
	 * such a word asks: elsewhere "como" or "cuando" are as often no interrogative. Null
	 * when none has an accent.
	 */
	private final Pattern accentDropped;

	/**
	 * @param questionWord the language's question words as whole words, folded: a message
	 * that has one before a joiner asked something before it
	 */
	AccentedQuestionMarker(Phrasing phrasing, Pattern questionWord) {
		this.questionWord = questionWord;
		List<String> joiners = phrasing.partJoiners();
		List<String> accented = phrasing.accentedQuestionWords();
		this.accentedAfterJoiner = joinerBefore(joiners, accented);
		List<String> unaccented = accented.stream()
			.map(Folding::fold)
			.filter(w -> !accented.contains(w))
			.collect(Collectors.toCollection(ArrayList::new));
		// And their informal spellings: "y q se trató".
		List<String> informal = new ArrayList<>();
		phrasing.spellings().forEach((spelling, standard) -> {
			if (unaccented.contains(standard)) {
				informal.add(spelling);
			}
		});
		unaccented.addAll(informal);
		this.unaccentedAfterJoiner = joinerBefore(joiners, unaccented);
		// An informal spelling has no accent to write: "y q mesas hubo" asks in a
		// message that writes its other accents ("cuántos").
		List<String> accentedOrInformal = new ArrayList<>(accented);
		accentedOrInformal.addAll(informal);
		this.accentedOrInformalAfterJoiner = joinerBefore(joiners, accentedOrInformal);
		List<String> any = new ArrayList<>(accentedOrInformal);
		any.addAll(unaccented);
		this.anyAfterJoiner = joinerBefore(joiners, any);
		List<String> opening = new ArrayList<>(informal);
		accented.forEach(w -> opening.add(Folding.fold(w)));
		this.openedInterrogative = openedBy(opening);
		this.accentedFirst = firstWord(accented);
		this.unaccentedFirst = firstWord(unaccented);
		this.accentDropped = withoutTheirAccents(phrasing.questionWords());
		this.accentedWord = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + quoted(accented) + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * "¿" (after any spaces) before one of {@code interrogatives} (folded), with at most
	 * a short word between ("¿de que…"); null for none. Shared with
	 * {@link QuestionReader}, which looks for it anywhere in a question.
	 */
	static Pattern openedBy(List<String> interrogatives) {
		return interrogatives.isEmpty() ? null : Pattern
			.compile("\\s*¿\\s*(?:\\p{L}{1,3}\\s+)?(?:" + Phrases.alternation(interrogatives) + ")(?![\\p{L}\\p{N}])");
	}

	/**
	 * Whether {@code piece} (folded) opens with "¿" and an interrogative that asks only
	 * with its accent, with at most a short word between ("¿de que…"): a question of its
	 * own, although "que" lost its accent.
	 */
	boolean opensWithInterrogative(String piece) {
		return openedInterrogative != null && openedInterrogative.matcher(piece).lookingAt();
	}

	/**
	 * {@code message} (as written, before folding) with "¿" before each interrogative
	 * that asks only with its accent when a part joiner comes right before it, or before
	 * a short word before it ("y de qué se habló": the "¿" then goes before that word),
	 * and the message asked something before that (a question mark, a question word or
	 * such an interrogative). When it marks one, an interrogative opening the message is
	 * marked too. The message itself when the language has no such interrogative.
	 */
	String marked(String message) {
		if (accentedAfterJoiner == null) {
			return message;
		}
		boolean writesAccents = message.contains("¿")
				|| DIACRITIC.matcher(Normalizer.normalize(message, Normalizer.Form.NFD)).find();
		boolean dropsTheirs = accentDropped != null && accentDropped.matcher(message).lookingAt();
		// A message that writes accents but not its opening interrogative's may write
		// the next one either way.
		Matcher joiner = (unaccentedAfterJoiner == null ? accentedAfterJoiner
				: !writesAccents ? unaccentedAfterJoiner : dropsTheirs ? anyAfterJoiner : accentedOrInformalAfterJoiner)
			.matcher(message);
		Pattern first = writesAccents || unaccentedFirst == null ? accentedFirst : unaccentedFirst;
		StringBuilder marked = new StringBuilder();
		int copied = 0;
		while (joiner.find()) {
			String before = message.substring(0, joiner.start());
			if (before.contains("?") || before.contains("¿") || questionWord.matcher(Folding.fold(before)).find()
					|| accentedWord.matcher(before).find() || first != null && first.matcher(before).lookingAt()) {
				marked.append(message, copied, joiner.end()).append('¿');
				copied = joiner.end();
			}
		}
		marked.append(message.substring(copied));
		if (copied > 0 && first != null && first.matcher(message).lookingAt() && message.indexOf('¿') < 0) {
			// The first question asks with its accent alone too: marked, so that it
			// is read as a question and not as a preamble to the second.
			return "¿" + marked.toString().stripLeading();
		}
		return marked.toString();
	}

	/**
	 * Those of {@code questionWords} written with an accent, without it, opening a
	 * message ({@link #firstWord}); null when none has an accent.
	 */
	private static Pattern withoutTheirAccents(Collection<String> questionWords) {
		return firstWord(questionWords.stream()
			.filter(w -> DIACRITIC.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).find())
			.map(Folding::fold)
			.toList());
	}

	/** One of {@code words} opening a message, after any spaces or opening marks. */
	private static Pattern firstWord(List<String> words) {
		return words.isEmpty() ? null : Pattern.compile("^[\\s¡¿\"'«“]*(?:" + quoted(words) + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * A part joiner, as written, where one of {@code words} follows it, right after or
	 * after a short word ("y de qué"); null when either list is empty.
	 */
	private static Pattern joinerBefore(List<String> joiners, List<String> words) {
		return words.isEmpty()
				|| joiners.isEmpty()
						? null
						: Pattern.compile(
								"(?<![\\p{L}\\p{N}])(?:" + quoted(joiners) + ")\\s+(?=(?:\\p{L}{1,3}\\s+)?(?:"
										+ quoted(words) + ")(?![\\p{L}\\p{N}]))",
								Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String quoted(List<String> phrases) {
		return String.join("|", phrases.stream().map(Pattern::quote).toList());
	}

}
