package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The bot's own sentences in {@code messages.yml} and {@code telegram.yml}: each
 * top-level key whose value is one text, or one text per language, read as plain values
 * and changed in place. Only the keys that changed are written again (a text per
 * language, double-quoted); every other line, comments included, stays as it was. Keys
 * holding anything else (lists of intents, commands) are not shown here and never
 * changed.
 */
public final class TextsFileEditor {

	private TextsFileEditor() {
	}

	/**
	 * Each sentence's texts by language ({@code "*"} for one text for every language), in
	 * file order.
	 * @throws CorpusException naming the line of a syntax error
	 */
	public static Map<String, Map<String, String>> read(String file, String text) {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		YamlNode doc = CorpusYaml.compose(file, text, "");
		if (doc == null) {
			return texts;
		}
		doc.entries().forEach((key, value) -> localized(value).ifPresent(l -> texts.put(key, l)));
		return texts;
	}

	private static Optional<Map<String, String>> localized(YamlNode value) {
		if (value.isScalar()) {
			return Optional.of(Map.of("*", value.text().strip()));
		}
		if (!value.isMapping() || !value.entries().values().stream().allMatch(YamlNode::isScalar)) {
			return Optional.empty();
		}
		Map<String, String> texts = new LinkedHashMap<>();
		value.entries().forEach((language, t) -> texts.put(language, t.text().strip()));
		return Optional.of(texts);
	}

	/**
	 * The text with the sentences of {@code changed} (key to texts by language) written
	 * in place.
	 * @throws IllegalArgumentException naming a key the file has no sentence for, or an
	 * empty text
	 * @throws CorpusException when the file does not read
	 */
	public static String put(String file, String text, Map<String, Map<String, String>> changed) {
		Map<String, Map<String, String>> current = read(file, text);
		changed.forEach((key, texts) -> {
			if (!current.containsKey(key)) {
				throw new IllegalArgumentException("'" + key + "' is not one of the sentences of " + file);
			}
			texts.forEach((language, t) -> {
				if (t == null || t.isBlank()) {
					throw new IllegalArgumentException("the text of '" + key + "' in '" + language + "' is empty");
				}
			});
		});
		List<String> lines = YamlLines.split(text);
		List<NodeTuple> tuples = ((org.yaml.snakeyaml.nodes.MappingNode) CorpusYaml.compose(file, text, "").raw())
			.getValue();
		List<String> result = new ArrayList<>();
		int copied = 0;
		for (int k = 0; k < tuples.size(); k++) {
			String key = ((ScalarNode) tuples.get(k).getKeyNode()).getValue();
			int start = tuples.get(k).getKeyNode().getStartMark().getLine();
			int next = k + 1 < tuples.size() ? tuples.get(k + 1).getKeyNode().getStartMark().getLine() : lines.size();
			int end = YamlLines.end(lines, start, next, 0);
			Map<String, String> texts = changed.get(key);
			if (texts != null && !texts.equals(current.get(key))) {
				result.addAll(lines.subList(copied, start));
				result.addAll(YamlLines.localized(key, texts, ""));
				copied = end;
			}
		}
		result.addAll(lines.subList(copied, lines.size()));
		return String.join("\n", result);
	}

}
