package org.lacreview.index.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.text.Phrases;

/**
 * The words of one language by which a question leans on the previous turn: a follow-up
 * opening ("¿y …?", "and …?", from {@code followup}) and words pointing back ("ese día",
 * "su", "that day", from {@code anaphora}, unless within a phrase of
 * {@code not_anaphora}: "is there" points at no place), and those asking about the other
 * of two values ("the other", from {@code other_words}).
 */
final class ConversationCues {

	/** Null when the language lists no follow-up openings. */
	private final Pattern followUp;

	/** Null when the language lists no words pointing back. */
	private final Pattern anaphora;

	/**
	 * Null when the language lists no phrases in which a pointing word points nowhere.
	 */
	private final Pattern notAnaphora;

	/** Null when the language lists no words for the other of two values. */
	private final Pattern otherWords;

	/** Null when the language lists no words for "other" before a noun. */
	private final Pattern anotherKind;

	/** Null when the language lists no companions ("besides", "aparte de"). */
	private final Pattern companions;

	/** The language's stop words, folded: no word of content. */
	private final Set<String> stopwords;

	ConversationCues(LanguagePack pack) {
		this.anotherKind = pack.phrasing().anotherKindWords().isEmpty() ? null
				: Pattern.compile("(?:" + WordPatterns.alternation(pack.phrasing().anotherKindWords()) + ")");
		this.stopwords = pack.foldedStopwords();
		this.companions = wholeWords(pack.phrasing().companions());
		this.followUp = pack.followup().isEmpty() ? null : Pattern
			.compile("^[\\p{Punct}¿¡\\s]*(?:" + WordPatterns.alternation(pack.followup()) + ")(?![\\p{L}])");
		this.anaphora = wholeWords(pack.anaphora());
		this.notAnaphora = wholeWords(pack.phrasing().notAnaphora());
		this.otherWords = wholeWords(pack.phrasing().otherWords());
	}

	/** Any of {@code words} standing as whole words; null for none. */
	private static Pattern wholeWords(List<String> words) {
		return words.isEmpty() ? null
				: Pattern.compile("(?<![\\p{L}])(?:" + WordPatterns.alternation(words) + ")(?![\\p{L}])");
	}

	/** Whether the folded question opens like a follow-up ("¿y por YouTube?"). */
	boolean startsWithFollowUp(String folded) {
		return followUp != null && followUp.matcher(folded).find();
	}

	/**
	 * Whether the folded question points back at what was said before ("¿qué pasó ese
	 * día?").
	 */
	boolean refersBack(String folded) {
		return anaphora != null && anaphora.matcher(folded).results().anyMatch(m -> points(folded, m));
	}

	/**
	 * {@code folded} with its first word pointing back replaced by {@code replacement};
	 * empty when none points.
	 */
	Optional<String> replacingFirstPointer(String folded, String replacement) {
		if (anaphora == null) {
			return Optional.empty();
		}
		return anaphora.matcher(folded)
			.results()
			.filter(m -> points(folded, m))
			.findFirst()
			.map(m -> folded.substring(0, m.start()) + replacement + folded.substring(m.end()));
	}

	/**
	 * Whether the words from {@code start} to {@code end} of the folded question lie
	 * within one of the language's words for the other of two values
	 * ({@code other_words}: "the other"), which ask about a value and name none.
	 */
	boolean withinOtherWords(String folded, int start, int end) {
		return otherWords != null && Phrases.within(otherWords, folded, start, end);
	}

	/**
	 * Whether the words from {@code start} to {@code end} of the folded question are one
	 * of the language's words for "other" before a noun ({@code another_kind_words})
	 * followed, after spaces only, by a word of content (no stop word), in a question
	 * that names something as a companion ({@code companions}): "besides the talks, which
	 * other activities?" asks about more activities, and "other" names no value there.
	 * Without a companion, "¿cuántos otros registrados?" may well ask about the value.
	 */
	boolean anotherKindOfNext(String folded, int start, int end) {
		// The mention's own words first: most mentions are no word for "other", and that
		// check reads a few characters, not the whole question.
		if (anotherKind == null || companions == null || !anotherKind.matcher(folded.substring(start, end)).matches()
				|| !companions.matcher(folded).find()) {
			return false;
		}
		Matcher next = NEXT_WORD.matcher(folded).region(end, folded.length());
		// "others besides the exhibitors": the companion after it says what "others"
		// leaves out.
		return next.lookingAt() && !stopwords.contains(next.group(1))
				&& !companions.matcher(folded).region(next.start(1), folded.length()).lookingAt();
	}

	/**
	 * Whether the words from {@code start} to {@code end} of the folded question lie
	 * within one of the language's {@code companions} ("other than"): they say what the
	 * value after them is, and name none themselves.
	 */
	boolean withinCompanions(String folded, int start, int end) {
		return companions != null && Phrases.within(companions, folded, start, end);
	}

	/** Spaces, then a word of letters ending at no digit. */
	private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)(?![\\p{N}])");

	/**
	 * {@code text} with each word pointing back replaced by {@code replacement}, spaced;
	 * the text itself when the language lists none.
	 */
	String replacingPointers(String text, String replacement) {
		return anaphora == null ? text : anaphora.matcher(text)
			.replaceAll(m -> Matcher.quoteReplacement(points(text, m) ? " " + replacement + " " : m.group()));
	}

	/**
	 * Whether a match of a pointing word lies outside every phrase where it points
	 * nowhere.
	 */
	private boolean points(String text, MatchResult pointer) {
		return notAnaphora == null || !Phrases.within(notAnaphora, text, pointer.start(), pointer.end());
	}

}
