package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where an answer comes from: a section of the document, with its title and link. */
public record Source(String id, String title, String url) {

	/** Between the titles of sections that share one link. */
	static final String TITLE_JOINER = " · ";

	/**
	 * One source per distinct link, in order: sections that share a link (the document's,
	 * when they have none of their own) become one source with the first section's id and
	 * their titles joined by {@value #TITLE_JOINER}, so that a channel shows each link
	 * once.
	 */
	static List<Source> oneLinkEach(List<Source> sources) {
		Map<String, Source> byUrl = new LinkedHashMap<>();
		List<Source> withoutUrl = new ArrayList<>();
		for (Source source : sources) {
			if (source.url() == null) {
				withoutUrl.add(source);
				continue;
			}
			byUrl.merge(source.url(), source, (first, next) -> first.title().equals(next.title()) ? first
					: new Source(first.id(), first.title() + TITLE_JOINER + next.title(), first.url()));
		}
		List<Source> distinct = new ArrayList<>(byUrl.values());
		distinct.addAll(withoutUrl);
		return distinct;
	}
}
