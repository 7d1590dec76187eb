package org.lacreview.index.corpus;

import java.util.function.Consumer;

/**
 * Reads {@code sections/*.md}: a part of the document shown as a source
 * ({@link Section}), a {@code ---} header in YAML giving its {@code id}, {@code title}
 * (one text, or one per language) and optional {@code url}, then its text in Markdown.
 */
final class SectionReader {

	/**
	 * Characters in one section's text; a section is a part of the document shown as a
	 * source, ≈ 1 KB.
	 */
	static final int MAX_SECTION = 20_000;

	private SectionReader() {
	}

	/**
	 * @param name the file's name in the corpus, for errors
	 * @param file the file's text
	 * @throws CorpusException naming the line of a missing or unclosed header, an empty
	 * text or one longer than {@value #MAX_SECTION} characters
	 */
	static Section read(String name, String file) {
		return read(name, file, head -> {
		});
	}

	/**
	 * As {@link #read(String, String)}, handing the header's YAML, once read, to
	 * {@code onHeader} (the loader reports its unknown keys).
	 */
	static Section read(String name, String file, Consumer<YamlNode> onHeader) {
		String text = file.replace("\r\n", "\n");
		if (!text.startsWith("---\n")) {
			throw new CorpusException(new Location(name, 1),
					"a section starts with a '---' header giving its id and title");
		}
		int end = text.indexOf("\n---", 4);
		if (end < 0) {
			throw new CorpusException(new Location(name, 1), "the '---' header is not closed by a second '---' line");
		}
		String header = text.substring(4, end);
		// The leading newline keeps the header's line numbers those of the file.
		YamlNode head = CorpusYaml.compose(name, "\n" + header, " in the header");
		if (head == null) {
			throw new CorpusException(new Location(name, 1), "the header is empty: give 'id:' and 'title:'");
		}
		String body = text.substring(text.indexOf('\n', end + 1) + 1).strip();
		if (body.isEmpty()) {
			throw new CorpusException(new Location(name, 1), "the section has no text");
		}
		if (body.length() > MAX_SECTION) {
			int firstLine = (int) text.substring(0, text.indexOf('\n', end + 1) + 1)
				.chars()
				.filter(c -> c == '\n')
				.count() + 1;
			throw new CorpusException(new Location(name, firstLine), "a section's text is at most " + MAX_SECTION
					+ " characters; this one has " + body.length() + ": split it into several sections");
		}
		YamlNode title = head.require("title");
		Localized titles = title.localized();
		// One text is the title in every language; of several, the first is the
		// document's own.
		String own = title.isScalar() ? title.text().strip()
				: title.languageEntries().values().iterator().next().text().strip();
		Section section = new Section(head.require("id").text(), own, titles,
				head.get("url").map(YamlValues::webUrl).orElse(null), body, new Location(name, 1));
		onHeader.accept(head);
		return section;
	}

}
