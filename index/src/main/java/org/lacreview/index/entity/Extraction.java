package org.lacreview.index.entity;

import java.util.List;

/**
 * What the extractor found in a question. {@code masked} is the folded question with each mention replaced
 * by {@code ent_<tag>}, so that the classifier learns "¿cuántos ent_group se registraron?" once for every
 * group. {@code followUp} is set when the question starts like "¿y …?", {@code refersBack} when it points
 * back with "ese día", "su", "that day".
 */
public record Extraction(String folded, String masked, List<Mention> mentions, boolean followUp, boolean refersBack) {

	public Extraction {
		mentions = List.copyOf(mentions);
	}

	/** Mentions whose values include one of {@code family}. */
	public List<Mention> mentionsOf(String family) {
		return mentions.stream().filter(m -> m.values().stream().anyMatch(v -> v.family().equals(family))).toList();
	}

	public boolean namesSomethingUncovered() {
		return mentions.stream().anyMatch(m -> !m.isCovered());
	}
}
