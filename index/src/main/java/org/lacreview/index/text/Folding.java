package org.lacreview.index.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lower case without accents: how the engine compares words, so "Cuándo", "cuando" and
 * "CUANDO" match.
 */
public final class Folding {

	/**
	 * Combining marks (the accents NFKD splits off) and characters that are invisible
	 * inside a word: soft hyphen, zero-width space, non-joiner and joiner, word joiner
	 * and zero-width no-break space (BOM). Pasted from a PDF or a web page they hide
	 * inside words, which then match nothing (issue 11).
	 */
	private static final Pattern MARKS_AND_INVISIBLE = Pattern.compile("[\\p{M}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]+");

	private Folding() {
	}

	/** The text lower-cased, without accents and without invisible characters. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return MARKS_AND_INVISIBLE.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * The text without the invisible characters {@link #fold} removes, otherwise as it
	 * is.
	 */
	public static String visible(String text) {
		return INVISIBLE.matcher(text).replaceAll("");
	}

}
