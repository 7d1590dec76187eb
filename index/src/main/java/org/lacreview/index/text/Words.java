package org.lacreview.index.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of a text (two letters or more) and what each corpus vocabulary knows of them. */
final class Words {

	private final List<String> words;

	private final int letters;

	private final Map<String, Set<String>> vocabularies;

	Words(String folded, Map<String, Set<String>> vocabularies) {
		this.vocabularies = vocabularies;
		this.words = List.of(folded.split("[^\\p{L}]+")).stream().filter(w -> w.length() > 1).toList();
		this.letters = words.stream().mapToInt(String::length).sum();
	}

	int size() {
		return words.size();
	}

	int letters() {
		return letters;
	}

	int length(int index) {
		return words.get(index).length();
	}

	/**
	 * Per corpus language, how much of the words (by length: "bye" says more than "ok") it knows, plus how
	 * much it knows alone; the word at {@code leftOut} is not counted (-1: all words count).
	 */
	Map<String, Double> scores(List<String> codes, int leftOut) {
		double total = letters - (leftOut < 0 ? 0 : words.get(leftOut).length());
		Map<String, Double> scores = new HashMap<>();
		for (String code : codes) {
			Set<String> vocabulary = vocabularies.getOrDefault(code, Set.of());
			double known = 0;
			double exclusive = 0;
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				if (i != leftOut && vocabulary.contains(word)) {
					known += word.length();
					exclusive += onlyIn(code, word) ? word.length() : 0;
				}
			}
			scores.put(code, total == 0 ? 0 : (known + exclusive) / total);
		}
		return scores;
	}

	/** The largest share of the letters, among the corpus languages, in words that language knows. */
	double bestKnown(List<String> codes) {
		double best = 0;
		for (String code : codes) {
			Set<String> vocabulary = vocabularies.getOrDefault(code, Set.of());
			best = Math.max(best, words.stream().filter(vocabulary::contains).mapToInt(String::length).sum());
		}
		return letters == 0 ? 1 : best / letters;
	}

	/** Whether most letters are in writing systems none of the corpus's words use (Cyrillic, Arabic, Han…). */
	boolean inOtherScript(Set<Character.UnicodeScript> known) {
		long other = words.stream().flatMapToInt(String::codePoints).filter(c -> !known.contains(Character.UnicodeScript.of(c))).count();
		return other * 2 > letters;
	}

	private boolean onlyIn(String code, String word) {
		return vocabularies.entrySet().stream().noneMatch(e -> !e.getKey().equals(code) && e.getValue().contains(word));
	}
}
