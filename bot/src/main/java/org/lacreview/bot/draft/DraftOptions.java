package org.lacreview.bot.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;

/**
 * What the intent form offers to choose from, read from the corpus: its languages, the
 * sections a source can cite, the intents a follow-up can name, the entity families a
 * slot can be, and the placeholders an answer can use (the forms {@code Placeholder}
 * reads: the value named, and sum, max, min, list and count over a family).
 */
public record DraftOptions(List<String> languages, List<Choice> sections, List<Choice> intents, List<Family> families,
		List<String> placeholders) {

	/**
	 * An id with what staff read for it (a section's title, an intent's first example).
	 */
	public record Choice(String id, String label) {
	}

	/** An entity family and its values' numeric or text attributes. */
	public record Family(String name, List<String> attributes) {
	}

	static DraftOptions of(Corpus corpus) {
		String first = corpus.info().defaultLanguage();
		List<Choice> sections = corpus.sections().stream().map(s -> new Choice(s.id(), s.title())).toList();
		List<Choice> intents = corpus.intents()
			.stream()
			.map(i -> new Choice(i.name(), i.firstExample(first).orElse(i.name())))
			.toList();
		List<Family> families = new ArrayList<>();
		List<String> placeholders = new ArrayList<>();
		for (EntityFamily family : corpus.families()) {
			TreeSet<String> attributes = new TreeSet<>();
			TreeSet<String> numeric = new TreeSet<>();
			for (EntityValue value : family.values()) {
				value.attributes().forEach((name, v) -> {
					attributes.add(name);
					if (v instanceof Number) {
						numeric.add(name);
					}
				});
			}
			families.add(new Family(family.name(), List.copyOf(attributes)));
			String f = family.name();
			placeholders.add("{" + f + ".label}");
			placeholders.add("{count(" + f + ")}");
			attributes.forEach(a -> placeholders.add("{" + f + "." + a + "}"));
			for (String a : numeric) {
				placeholders.addAll(List.of("{sum(" + f + "." + a + ")}", "{max(" + f + "." + a + ").label}",
						"{min(" + f + "." + a + ").label}", "{list(" + f + "." + a + ")}"));
			}
		}
		return new DraftOptions(corpus.info().languages(), sections, intents, families, placeholders);
	}

}
