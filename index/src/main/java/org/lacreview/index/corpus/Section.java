package org.lacreview.index.corpus;

import java.util.List;

/**
 * A cleaned section of the source document, as staff wrote it in {@code sections/*.md}.
 *
 * @param title its title in the document's own words: the header's {@code title} when it
 * is one text, else the first language's
 * @param titles its title per language ({@code title: {es: …, en: …}}), shown as an
 * answer's source
 */
public record Section(String id, String title, Localized titles, String url, String body, Location location) {

	/**
	 * The title in the first of {@code languages} that has one (the reply's, then its
	 * fallbacks), else the document's.
	 */
	public String titleIn(List<String> languages) {
		if (languages.isEmpty()) {
			return title;
		}
		return titles.in(languages.get(0), languages.subList(1, languages.size())).orElse(title);
	}
}
