package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The items of a YAML list of mappings as blocks of lines (an intent of
 * {@code intents/*.yml}, a value of {@code entities/*.yml}), so that one item's changed
 * keys can be written again while every other line stays as staff wrote it. An item must
 * start with a {@code - key: value} line naming it, as the bundled corpus writes them.
 */
final class YamlBlocks {

	private YamlBlocks() {
	}

	/**
	 * One item's lines [start, end) and its keys', 0-based; {@code column} is where its
	 * keys start.
	 */
	record Block(int start, int end, int column, List<Key> keys) {
	}

	/**
	 * A key's lines [start, end), and for a mapping (of languages) each of its keys'
	 * lines.
	 */
	record Key(String name, int start, int end, List<Key> languages) {
	}

	/**
	 * The item of the list {@code items} (read from {@code text}) whose {@code key} is
	 * {@code value}.
	 * @throws CorpusException when that item is not written as "- key: value" on its
	 * first line
	 */
	static Optional<Block> find(String file, String text, Function<YamlNode, YamlNode> items, String key,
			String value) {
		YamlNode doc = CorpusYaml.compose(file, text, "");
		if (doc == null) {
			return Optional.empty();
		}
		List<String> lines = YamlLines.split(text);
		YamlNode sequence = items.apply(doc);
		List<YamlNode> list = sequence.items();
		// The list ends where its node ends: the file's end, or the line of the key after
		// it.
		Node raw = sequence.raw();
		int listEnd = Math.min(lines.size(), raw.getEndMark().getLine() + (raw.getEndMark().getColumn() > 0 ? 1 : 0));
		for (int i = 0; i < list.size(); i++) {
			YamlNode item = list.get(i);
			if (!item.isMapping() || !item.get(key)
				.filter(YamlNode::isScalar)
				.map(YamlNode::text)
				.filter(value::equals)
				.isPresent()) {
				continue;
			}
			int start = item.raw().getStartMark().getLine();
			int column = item.raw().getStartMark().getColumn();
			String first = lines.get(start).strip();
			if (!first.startsWith("- ") || !first.substring(2).strip().startsWith(key + ":")) {
				throw item.error("the editor changes items written as '- " + key + ": " + value
						+ "' on one line; this one is written otherwise: edit the file itself");
			}
			int next = i + 1 < list.size() ? list.get(i + 1).raw().getStartMark().getLine() : listEnd;
			int end = YamlLines.end(lines, start, next, column - 2);
			return Optional.of(new Block(start, end, column, keys((MappingNode) item.raw(), start, end, lines)));
		}
		return Optional.empty();
	}

	private static List<Key> keys(MappingNode mapping, int start, int end, List<String> lines) {
		List<NodeTuple> tuples = mapping.getValue();
		List<Key> keys = new ArrayList<>();
		for (int k = 0; k < tuples.size(); k++) {
			Node key = tuples.get(k).getKeyNode();
			int from = k == 0 ? start : key.getStartMark().getLine();
			int to = k + 1 < tuples.size() ? tuples.get(k + 1).getKeyNode().getStartMark().getLine() : end;
			List<Key> languages = new ArrayList<>();
			if (tuples.get(k).getValueNode() instanceof MappingNode values) {
				languages.addAll(keys(values, values.getStartMark().getLine(), to, lines));
			}
			String name = key instanceof ScalarNode scalar ? scalar.getValue() : "";
			keys.add(new Key(name, from,
					k + 1 < tuples.size() ? YamlLines.end(lines, from, to, key.getStartMark().getColumn()) : to,
					languages));
		}
		return keys;
	}

	/**
	 * The text with {@code block}'s keys in {@code changed} written as their new lines
	 * (none: the key goes), the other keys as they were, and changed keys the item did
	 * not have appended, in {@code changed}'s order. The item's first key must not be
	 * among the changed: it names the item, and its line holds the "- ".
	 */
	static String replaceKeys(List<String> lines, Block block, Map<String, List<String>> changed) {
		List<String> replaced = new ArrayList<>();
		List<String> present = new ArrayList<>();
		for (Key key : block.keys()) {
			present.add(key.name());
			replaced.addAll(
					changed.containsKey(key.name()) ? changed.get(key.name()) : lines.subList(key.start(), key.end()));
		}
		changed.forEach((name, keyLines) -> {
			if (!present.contains(name)) {
				replaced.addAll(keyLines);
			}
		});
		List<String> result = new ArrayList<>(lines.subList(0, block.start()));
		result.addAll(replaced);
		result.addAll(lines.subList(block.end(), lines.size()));
		return String.join("\n", result);
	}

}
