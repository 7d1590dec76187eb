package org.lacreview.index.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code corpus.yml}: the corpus's title, document, languages, thresholds and world
 * ({@link CorpusInfo}).
 */
final class InfoReader {

	private InfoReader() {
	}

	/**
	 * @throws CorpusException naming the line of a missing key or of a number out of
	 * range
	 */
	static CorpusInfo read(YamlNode doc) {
		YamlNode document = doc.require("document");
		Map<String, List<String>> fallback = new LinkedHashMap<>();
		doc.get("language_fallback").ifPresent(n -> n.languageEntries().forEach((k, v) -> fallback.put(k, v.texts())));
		YamlNode threshold = doc.require("threshold");
		Map<String, YamlNode> numbers = new LinkedHashMap<>();
		numbers.put("threshold", threshold);
		doc.get("coverage_weight").ifPresent(n -> numbers.put("coverage_weight", n));
		Map<String, Double> values = new LinkedHashMap<>();
		numbers.forEach((key, node) -> values.put(key, YamlValues.number(node, key)));
		try {
			return new CorpusInfo(doc.require("title").text(), document.require("title").text(),
					YamlValues.webUrl(document.require("url")), doc.require("languages").texts(), fallback,
					values.get("threshold"), values.getOrDefault("coverage_weight", CorpusInfo.DEFAULT_COVERAGE_WEIGHT),
					doc.get("closed_world").map(YamlValues::bool).orElse(false),
					doc.get("character_trigrams").map(YamlValues::bool).orElse(false));
		}
		catch (IllegalArgumentException ex) {
			// The message starts with the key whose value is out of range: the error
			// points at its line.
			throw numbers.entrySet()
				.stream()
				.filter(e -> ex.getMessage().startsWith(e.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(threshold)
				.error(ex.getMessage());
		}
	}

}
