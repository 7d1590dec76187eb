package org.lacreview.index.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.folding.Folding;

/**
 * Regular expressions made of a corpus's words and phrases (spellings, fillers, question
 * words, operation phrases, entity names, date words): one alternation, built one way for
 * every stage.
 */
public final class Phrases {

	/**
	 * Where a phrase of {@link #wholeWords} may end: before no letter, digit or
	 * apostrophe, or right after an apostrophe it ends with ("combien d'" before
	 * "entreprises").
	 */
	static final String PHRASE_END = "(?:(?<=['’])|(?![\\p{L}\\p{N}'’]))";

	private Phrases() {
	}

	/**
	 * Each phrase matched exactly as written, longest first: {@link #factored} with
	 * {@link Pattern#quote}.
	 */
	public static String alternation(Collection<String> phrases) {
		return factored(phrases, Pattern::quote);
	}

	/**
	 * The phrases, folded, as one pattern factored by their common beginnings
	 * ({@link PhraseTrie}): the same matches as
	 * {@link #alternation(Collection, Function)}, longest first, at a fraction of the
	 * cost for long lists; {@code (?!)} for none. {@code quote} writes any piece of a
	 * phrase, and must write a text as the concatenation of what it writes for its parts.
	 */
	public static String factored(Collection<String> phrases, Function<String, String> quote) {
		if (phrases.isEmpty()) {
			return "(?!)";
		}
		return PhraseTrie.pattern(phrases.stream().map(Folding::fold).distinct().toList(), quote);
	}

	/**
	 * The phrases as one pattern, longest first, each matched as whole words; null for
	 * none. A phrase never ends before an apostrophe ("c" is not the "c" of "c'est"), but
	 * may start after an elided article or pronoun: "d'infos" and "l'OIM" are "de infos"
	 * and "le OIM" (one or two letters before the apostrophe: "d'", "qu'"); and a phrase
	 * that ends with one ("combien d'") goes on into the next word ("combien
	 * d'entreprises").
	 */
	public static Pattern wholeWords(Collection<String> phrases) {
		if (phrases.isEmpty()) {
			return null;
		}
		return Pattern.compile("(?:(?<![\\p{L}\\p{N}'’])|(?<=(?<![\\p{L}\\p{N}])\\p{L}{1,2}['’]))(?:"
				+ alternation(phrases) + ")" + PHRASE_END);
	}

	/**
	 * Whether the characters from {@code start} to {@code end} of {@code text} lie within
	 * one match of {@code pattern} ("fewer than" within "fewer than 20", "other" within
	 * "the other").
	 */
	public static boolean within(Pattern pattern, String text, int start, int end) {
		return pattern.matcher(text).results().anyMatch(r -> r.start() <= start && end <= r.end());
	}

	/**
	 * The phrases folded ({@link Folding}), without repeats, longest first (so "o sea" is
	 * tried before "o"), each written as a regex by {@code quote}, separated by
	 * {@code |}; {@code (?!)}, which never matches, for none.
	 * @param quote a phrase as a regex: {@link Pattern#quote}, or a quote that lets a
	 * space match more
	 */
	public static String alternation(Collection<String> phrases, Function<String, String> quote) {
		if (phrases.isEmpty()) {
			return "(?!)";
		}
		return phrases.stream()
			.map(Folding::fold)
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(quote)
			.collect(Collectors.joining("|"));
	}

	/** Whether a phrase has a gap ("…" or "..."), where any few words may stand. */
	public static boolean hasGap(String phrase) {
		return phrase.contains("…") || phrase.contains("...");
	}

	/**
	 * A phrase as a pattern: its words as written, and "…" (or "...", as folding writes
	 * it) for up to {@code gapWords} words in between ("más … que" finds "más se
	 * conectaron el 26 que").
	 */
	public static String gapped(String phrase, int gapWords) {
		String gap = "(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0," + gapWords + "}?[^\\p{L}\\p{N}]+";
		return String.join(gap, Arrays.stream(phrase.split("\\s*(?:…|\\.\\.\\.)\\s*")).map(Pattern::quote).toList());
	}

}
