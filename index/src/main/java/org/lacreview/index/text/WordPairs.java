package org.lacreview.index.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs of adjacent words as evidence of a text's language ({@link Words}): a function
 * word several corpus languages know ("que") counts as one language's beside a neighbour
 * only that language's examples have it with ("o que" is Portuguese: Spanish has "lo
 * que").
 */
final class WordPairs {

	private WordPairs() {
	}

	/**
	 * Gives a function word known to several languages the weight of a word known to one
	 * alone, for the one language whose texts have it beside its neighbour.
	 * @param tokens the text's words of any length, in order
	 * @param words those of two letters or more ({@link Words})
	 * @param evidence per word and language, raised in place by the word's length
	 * @param total per language, the sum of {@code evidence}, raised with it
	 */
	static void raise(List<String> tokens, List<String> words, List<String> languages, Map<String, Set<String>> pairs,
			Map<String, Set<String>> functionWords, double[][] evidence, double[] total) {
		boolean[] raised = new boolean[words.size()];
		int[] wordAt = new int[tokens.size()];
		for (int t = 0, w = 0; t < tokens.size(); t++) {
			wordAt[t] = tokens.get(t).length() > 1 ? w++ : -1;
		}
		for (int t = 0; t + 1 < tokens.size(); t++) {
			String pair = tokens.get(t) + " " + tokens.get(t + 1);
			int only = -1;
			int having = 0;
			for (int l = 0; l < languages.size(); l++) {
				if (pairs.getOrDefault(languages.get(l), Set.of()).contains(pair)) {
					only = l;
					having++;
				}
			}
			Set<String> framing = having == 1 ? functionWords.getOrDefault(languages.get(only), Set.of()) : Set.of();
			if (!framing.contains(tokens.get(t)) && !framing.contains(tokens.get(t + 1))) {
				continue;
			}
			for (int w : new int[] { wordAt[t], wordAt[t + 1] }) {
				if (w >= 0 && !raised[w] && framing.contains(words.get(w)) && evidence[w][only] > 0) {
					raised[w] = true;
					evidence[w][only] += words.get(w).length();
					total[only] += words.get(w).length();
				}
			}
		}
	}

}
