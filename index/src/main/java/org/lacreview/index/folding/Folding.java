package org.lacreview.index.folding;

import java.text.Normalizer;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The engine's one definition of a comparable word's letters, shared by the plain-string
 * callers (spelling, entity finders, question reading, vocabularies, corpus checks) and
 * by {@link LanguageAnalyzer}, so that "Cuándo", "cuando" and "CUANDO" match, and "œuvre"
 * is "oeuvre" on every path. Two steps:
 * <ol>
 * <li>{@link #decompose}: Unicode compatibility decomposition (NFKD: "ﬁ", full-width
 * letters, "º" and "ª" become plain letters), then combining marks (accents) and
 * characters invisible inside words dropped. {@link LanguageAnalyzer} applies this to its
 * input before its tokenizer.</li>
 * <li>Lucene's own folding, per character: lower case as {@link LowerCaseFilter} does it
 * ({@link Character#toLowerCase(int)}), then {@link ASCIIFoldingFilter#foldToASCII} ("œ"
 * → "oe", "æ" → "ae", "ß" → "ss", "ø" → "o", "ł" → "l"), the filters
 * {@link LanguageAnalyzer} runs on its tokens.</li>
 * </ol>
 */
public final class Folding {

	private Folding() {
	}

	/**
	 * The text lower-cased and folded to ASCII where Lucene's {@link ASCIIFoldingFilter}
	 * can, without accents and without invisible characters.
	 */
	public static String fold(String text) {
		String decomposed = decompose(text);
		StringBuilder lower = new StringBuilder(decomposed.length());
		decomposed.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
		char[] input = lower.toString().toCharArray();
		// ASCIIFoldingFilter writes at most four characters for one it reads.
		char[] output = new char[input.length * 4];
		int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
		return new String(output, 0, length);
	}

	/**
	 * The first step of {@link #fold}: the text in Unicode compatibility decomposition
	 * (NFKD), without combining marks and invisible characters, otherwise in its case.
	 */
	public static String decompose(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter(c -> !isMark(c) && !isInvisible(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	/**
	 * The text without the invisible characters {@link #fold} removes, otherwise as it
	 * is.
	 */
	public static String visible(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
		return out.length() == text.length() ? text : out.toString();
	}

	/** A combining mark: an accent NFKD split off its letter. */
	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/**
	 * Characters invisible inside a word: soft hyphen, zero-width space, non-joiner and
	 * joiner, word joiner and zero-width no-break space (BOM). Pasted from a PDF or a web
	 * page they hide inside words, which then match nothing (issue 11).
	 */
	private static boolean isInvisible(int c) {
		return c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
	}

}
