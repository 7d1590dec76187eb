package org.lacreview.index.entity;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A cheap test run before a costly pattern: whether a folded text has, as a whole word,
 * one of the words every match of the pattern needs (a month's name, an ordinal). A word
 * is a maximal run of the characters {@code wordChar} accepts, so it must be chosen to
 * match how the pattern bounds the word. When some needed word is not a single such run
 * (a phrase of several words), the gate always opens: it may let a text through for
 * nothing, but never holds back one the pattern would match.
 */
final class WordGate {

	private final Set<String> words;

	private final IntPredicate wordChar;

	private final boolean alwaysOpen;

	/**
	 * @param words the words, folded
	 * @param wordChar the characters a word is made of
	 */
	WordGate(Set<String> words, IntPredicate wordChar) {
		this.words = Set.copyOf(words);
		this.wordChar = wordChar;
		this.alwaysOpen = words.stream().anyMatch(w -> w.isEmpty() || !w.chars().allMatch(wordChar));
	}

	/**
	 * Whether {@code folded} has one of the words as a whole word (always, for words the
	 * gate cannot test).
	 */
	boolean opens(String folded) {
		if (alwaysOpen) {
			return true;
		}
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean inWord = i < folded.length() && wordChar.test(folded.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				if (words.contains(folded.substring(start, i))) {
					return true;
				}
				start = -1;
			}
		}
		return false;
	}

}
