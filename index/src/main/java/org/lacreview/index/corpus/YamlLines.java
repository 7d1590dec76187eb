package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Lines of a YAML file, for changing one block of it (an intent, a message) while every
 * other line, comments included, stays as staff wrote it. Blocks are found by the line
 * marks of SnakeYAML's composed nodes: lines, not character offsets, since SnakeYAML
 * counts code points and Java strings UTF-16 units.
 */
final class YamlLines {

	/**
	 * SnakeYAML's emitter, for one text as a double-quoted scalar on one line (escapes
	 * done by the library).
	 */
	private static final Yaml QUOTED;

	static {
		DumperOptions options = new DumperOptions();
		options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
		options.setWidth(Integer.MAX_VALUE);
		options.setSplitLines(false);
		QUOTED = new Yaml(options);
	}

	private YamlLines() {
	}

	static List<String> split(String text) {
		List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
		return lines;
	}

	/**
	 * Where a block starting at line {@code start} (0-based) ends, given where the next
	 * block starts: blank lines and comments at or left of {@code column} just before the
	 * next block belong to it (they describe it).
	 */
	static int end(List<String> lines, int start, int next, int column) {
		int end = next;
		while (end - 1 > start && ignorable(lines.get(end - 1), column)) {
			end--;
		}
		return end;
	}

	private static boolean ignorable(String line, int column) {
		String stripped = line.strip();
		if (stripped.isEmpty()) {
			return true;
		}
		return stripped.startsWith("#") && indent(line) <= column;
	}

	static int indent(String line) {
		int i = 0;
		while (i < line.length() && line.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	/** {@code text} as one double-quoted YAML scalar. */
	static String quoted(String text) {
		return QUOTED.dump(text).strip();
	}

	/**
	 * An id or name as a plain scalar when it is one word of letters, digits, '_', '-' or
	 * '.' that YAML reads back as a text (SnakeYAML's resolver: not a number, boolean or
	 * null), else quoted.
	 */
	static String scalar(String text) {
		return text.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*")
				&& RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR) ? text : quoted(text);
	}

	private static final Resolver RESOLVER = new Resolver();

	/** {@code key: [a, b]}. */
	static String flowList(String key, List<String> items) {
		return key + ": [" + String.join(", ", items.stream().map(YamlLines::scalar).toList()) + "]";
	}

	/**
	 * {@code key: "text"} when {@code texts} holds one text for every language
	 * ({@code "*"}), else {@code key:} and a {@code language: "text"} line per language,
	 * indented two more.
	 */
	static List<String> localized(String key, Map<String, String> texts, String indent) {
		if (texts.size() == 1 && texts.containsKey("*")) {
			return List.of(indent + key + ": " + quoted(texts.get("*")));
		}
		List<String> lines = new ArrayList<>();
		lines.add(indent + key + ":");
		texts.forEach((language, text) -> lines.add(indent + "  " + language + ": " + quoted(text)));
		return lines;
	}

}
