package org.lacreview.index.text;

import java.util.Optional;

/**
 * What {@link LanguageDetector} makes of a text: the language it is read in, how sure the
 * text alone makes it, and whether it is foreign or mixes corpus languages.
 *
 * @param language the corpus language it is read in (the best guess; ties broken by the
 * context)
 * @param margin how far {@code language} leads the next corpus language on the text's own
 * evidence (word scores in [0, 2] plus the model's share in [0, 1]; no tie-breaker
 * counted) once the single word that supports it most is left out; at most 0 when one
 * word or none decides, or when the context decided; a lower bound when the model was not
 * run (its largest possible effect is counted against the lead)
 * @param foreign whether the text is in a language the corpus lacks; {@code language} is
 * then only the context's language
 * @param known the largest share, in [0, 1], of the text's letters in words one corpus
 * language knows (1 for a text without words)
 * @param anyKnown the share, in [0, 1], of the text's letters in words some corpus
 * language knows (1 for a text without words)
 * @param matrix for a text mixing corpus languages, the one that frames it (see
 * {@link Words#matrixOfMixed}); empty for a text in one language
 * @param mixedWith for a text mixing corpus languages, the other language it has the most
 * words of ({@link Words#mixedWith}); empty for a text in one language
 */
public record Detection(String language, double margin, boolean foreign, double known, double anyKnown,
		Optional<String> matrix, Optional<String> mixedWith) {

	/**
	 * Whether most of the text is words of the corpus's languages, one or several
	 * ("Bonjour, who spoke first? Je ne trouve pas the names"): when not confident,
	 * {@code language} is then still the best guess at the asker's; otherwise it rests on
	 * a few words ("an", "te") that a language the corpus lacks happens to share with
	 * ours.
	 */
	public boolean mostlyKnown() {
		return anyKnown >= LanguageDetector.FOREIGN_MAX_KNOWN;
	}

	/**
	 * Whether the text alone names its language: without any one of its words, its own
	 * evidence still leads by more than the conversation's tie-breaker, so it would
	 * switch a conversation in another language by itself. A lone "ok", "gracias" or
	 * "cool" is not confident (people drop such words from other languages; one word is
	 * too little to switch), nor is a short text the n-gram model alone decides (its
	 * shares are near-uniform there and weighted by the few letters behind them).
	 */
	public boolean confident() {
		return margin > LanguageDetector.CONVERSATION_PRIOR && !foreign;
	}
}
