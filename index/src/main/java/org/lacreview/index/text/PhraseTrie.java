package org.lacreview.index.text;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phrases as one regular expression factored by their common beginnings: "de", "del" and
 * "desde" become {@code de(?:l|sde)?}, not {@code desde|del|de}. Java's regex engine
 * tries every branch of an alternation at every position it reaches, so a list of a few
 * hundred words costs a few hundred comparisons per word of the question; factored, it
 * costs one per letter matched. The technique is the "trie-optimised alternation" of
 * Perl's {@code Regexp::Trie} and Python's {@code trieregex}.
 * <p>
 * The pattern matches the same texts as the phrases joined longest first, and prefers the
 * same one: two phrases that both match where a match starts are one the beginning of the
 * other, and the longer is tried first in both (a node's ending is tried after its
 * branches).
 */
final class PhraseTrie {

	private final Map<Integer, PhraseTrie> next = new TreeMap<>();

	private boolean end;

	private PhraseTrie() {
	}

	/**
	 * The pattern of {@code phrases} (already folded), each piece of a phrase's text
	 * written with {@code quote}, which must write a text as the concatenation of what it
	 * writes for its parts ({@link java.util.regex.Pattern#quote} does).
	 */
	static String pattern(Collection<String> phrases, Function<String, String> quote) {
		PhraseTrie root = new PhraseTrie();
		for (String phrase : phrases) {
			PhraseTrie node = root;
			for (int c : phrase.codePoints().toArray()) {
				node = node.next.computeIfAbsent(c, k -> new PhraseTrie());
			}
			node.end = true;
		}
		return root.pattern(new StringBuilder(), quote);
	}

	/** This node's pattern, after the {@code literal} text leading to it. */
	private String pattern(StringBuilder literal, Function<String, String> quote) {
		PhraseTrie node = this;
		// A chain of single branches is one literal.
		while (!node.end && node.next.size() == 1) {
			Map.Entry<Integer, PhraseTrie> only = node.next.entrySet().iterator().next();
			literal.appendCodePoint(only.getKey());
			node = only.getValue();
		}
		String lead = literal.isEmpty() ? "" : quote.apply(literal.toString());
		if (node.next.isEmpty()) {
			return lead;
		}
		String branches = node.next.entrySet()
			.stream()
			.map(e -> e.getValue().pattern(new StringBuilder().appendCodePoint(e.getKey()), quote))
			.collect(Collectors.joining("|"));
		return lead + "(?:" + branches + ")" + (node.end ? "?" : "");
	}

}
