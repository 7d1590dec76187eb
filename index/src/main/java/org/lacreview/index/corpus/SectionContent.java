package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What staff edit of one document section ({@code sections/*.md}): its title per language
 * ({@code "*"}: one title for every language), its link, and its text in Markdown.
 *
 * @param url the section's web address, or null
 */
public record SectionContent(String id, Map<String, String> titles, String url, String markdown) {

	public SectionContent {
		titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
	}

	/**
	 * The section as a file reads it.
	 * @throws CorpusException naming the line of a missing or broken header
	 */
	public static SectionContent read(String file, String text) {
		Section section = SectionReader.read(file, text);
		return new SectionContent(section.id(), section.titles().texts(), section.url(), section.body());
	}

	/**
	 * The file's text: the {@code ---} header (id, title per language, url) and the
	 * Markdown.
	 */
	public String write() {
		List<String> lines = new ArrayList<>();
		lines.add("---");
		lines.add("id: " + YamlLines.scalar(id));
		lines.addAll(YamlLines.localized("title", titles, ""));
		if (url != null && !url.isBlank()) {
			lines.add("url: " + YamlLines.scalar(url.strip()));
		}
		lines.add("---");
		lines.add(markdown.strip());
		return String.join("\n", lines) + "\n";
	}
}
