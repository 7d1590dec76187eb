package org.lacreview.index.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without accents: how the engine compares words, so "Cuándo", "cuando" and "CUANDO" match. */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Folding() {
	}

	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}
}
