package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Reads {@code intents/*.yml}: a list of intents ({@link Intent}), each with its examples
 * per language (one a line), answer templates, sections, slot and suggestions.
 */
final class IntentsReader {

	private IntentsReader() {
	}

	/**
	 * @throws CorpusException naming the line of a missing key or of a value that is not
	 * valid
	 */
	static List<Intent> read(YamlNode doc) {
		List<Intent> intents = new ArrayList<>();
		for (YamlNode item : doc.items()) {
			String name = item.require("intent").text();
			List<Example> examples = new ArrayList<>();
			item.get("examples")
				.ifPresent(n -> n.languageEntries()
					.forEach((language, block) -> block.lines()
						.forEach(line -> examples.add(new Example(name, language, line.text(), line.location())))));
			intents.add(new Intent(name, item.optionalText("slot"),
					item.get("sections").map(YamlNode::texts).orElse(List.of()), examples,
					item.get("answer").map(YamlNode::localized).orElse(Localized.NONE),
					item.get("answer_all").map(YamlNode::localized).orElse(Localized.NONE),
					item.get("suggest").map(YamlNode::texts).orElse(List.of()),
					item.get("unanswerable").map(YamlValues::bool).orElse(false), item.location(), keyLocations(item),
					item.get("answers").map(YamlNode::texts).orElse(List.of())));
		}
		return intents;
	}

	/**
	 * Each key's line, and each language's under {@code answer} and {@code answer_all} as
	 * "answer.en".
	 */
	private static Map<String, Location> keyLocations(YamlNode item) {
		Map<String, Location> at = new HashMap<>();
		item.keyLocations().forEach((key, location) -> at.put(key, location));
		for (String key : List.of("answer", "answer_all")) {
			item.get(key)
				.filter(YamlNode::isMapping)
				.ifPresent(
						n -> n.keyLocations().forEach((language, location) -> at.put(key + "." + language, location)));
		}
		return at;
	}

}
