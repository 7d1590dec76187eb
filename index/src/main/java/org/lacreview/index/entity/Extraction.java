package org.lacreview.index.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the extractor found in a question. {@code masked} is the folded question with each
 * mention replaced by {@code ent_<tag>}, so that the classifier learns "¿cuántos
 * ent_group se registraron?" once for every group. {@code followUp} is set when the
 * question starts like "¿y …?", {@code refersBack} when it points back with "ese día",
 * "su", "that day".
 */
public record Extraction(String folded, String masked, List<Mention> mentions, boolean followUp, boolean refersBack) {

	/** The end of a sentence followed by more text: what precedes it is a preamble. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]\\s+(?=\\S)");

	private static final Pattern PLACEHOLDER = Pattern.compile("ent_\\w+");

	private static final Pattern NON_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	public Extraction {
		mentions = List.copyOf(mentions);
	}

	/** Mentions whose values include one of {@code family}. */
	public List<Mention> mentionsOf(String family) {
		return mentions.stream().filter(m -> m.values().stream().anyMatch(v -> v.family().equals(family))).toList();
	}

	/**
	 * Whether the question says little beyond the values it names ("¿y el 3?", "¿cuántos
	 * fueron?").
	 */
	public boolean isShort() {
		return wordsOutsideMentions().size() <= 3;
	}

	/**
	 * The question's words (masked) other than the placeholders of its mentions, in
	 * order: "¿y la de la ent_group?" has "y", "la", "de", "la".
	 */
	public List<String> wordsOutsideMentions() {
		String words = NON_WORDS.matcher(PLACEHOLDER.matcher(masked).replaceAll(" ")).replaceAll(" ").strip();
		return words.isEmpty() ? List.of() : List.of(words.split(" "));
	}

	/**
	 * Whether the question leans on the previous turn: "¿y …?", "ese día", or hardly any
	 * words of its own.
	 */
	public boolean leansOnContext() {
		return followUp || refersBack || isShort();
	}

	/** Families of the covered values the question selects, by name or by date. */
	public Set<String> selectedFamilies() {
		Set<String> families = new HashSet<>();
		mentions.stream().filter(Mention::isCovered).forEach(m -> m.values().forEach(v -> families.add(v.family())));
		return families;
	}

	/**
	 * The covered values the question names by name ("la prensa", not "el 2 de mayo"), as
	 * "family:id".
	 */
	public Set<String> namedValues() {
		Set<String> values = new HashSet<>();
		mentions.stream()
			.filter(m -> m.isCovered() && !m.tag().equals("date") && !m.tag().equals("year"))
			.forEach(m -> m.values().forEach(v -> values.add(v.family() + ":" + v.id())));
		return values;
	}

	/** Of {@code datedFamilies}, those a date in the question selects no value of. */
	public Set<String> familiesContradictedByDates(Set<String> datedFamilies) {
		Set<String> contradicted = new HashSet<>();
		for (Mention m : mentions) {
			if (m.tag().equals("date") && m.isCovered()) {
				datedFamilies.stream()
					.filter(f -> m.values().stream().noneMatch(v -> v.family().equals(f)))
					.forEach(contradicted::add);
			}
		}
		return contradicted;
	}

	/**
	 * Where the question itself starts: after a preamble such as "Soy de una ONG de X."
	 * or "Soy de X, ¿…?". Something the document does not cover, named only in the
	 * preamble, is about the asker, not the question.
	 */
	public int questionStart() {
		int opening = folded.lastIndexOf('¿');
		if (opening > 0) {
			return opening;
		}
		Matcher sentence = SENTENCE_END.matcher(folded);
		int start = 0;
		while (sentence.find()) {
			// A question mark alone after a sentence ("… le 25.04. ?") asks that
			// sentence.
			if (folded.substring(sentence.end()).chars().anyMatch(Character::isLetterOrDigit)) {
				start = sentence.end();
			}
		}
		return start;
	}

	/**
	 * Mentions of what the document does not cover, within the question itself (not its
	 * preamble).
	 */
	public List<Mention> uncoveredInQuestion() {
		int start = questionStart();
		return mentions.stream().filter(m -> !m.isCovered() && m.start() >= start).toList();
	}

	public boolean namesSomethingUncovered() {
		return mentions.stream().anyMatch(m -> !m.isCovered());
	}
}
