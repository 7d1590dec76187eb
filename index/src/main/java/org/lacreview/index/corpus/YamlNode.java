package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file, so that a wrong value is reported as
 * {@code file:line}. SnakeYAML's composed node tree keeps the marks that its plain
 * {@code load} throws away.
 */
final class YamlNode {

	/**
	 * Characters in one example: as long as the longest question the chat accepts by
	 * default.
	 */
	static final int MAX_EXAMPLE = 1000;

	/**
	 * Characters in one localized text (answer, message, label): about one Telegram
	 * message (4,096).
	 */
	static final int MAX_TEXT = 4000;

	private final String file;

	private final Node node;

	/** What was read of the file's mappings, shared by every node of the file. */
	private final KeyReads reads;

	YamlNode(String file, Node node) {
		this(file, node, new KeyReads());
	}

	private YamlNode(String file, Node node, KeyReads reads) {
		this.file = file;
		this.node = node;
		this.reads = reads;
	}

	private YamlNode child(Node child) {
		return new YamlNode(file, child, reads);
	}

	/**
	 * The keys of this file that no reader asked for, each a warning with its line: call
	 * it on the document once its reader is done.
	 * @param languages the corpus's languages, which the keys of a text per language must
	 * be; empty to leave those keys unchecked
	 */
	List<Problem> unknownKeys(List<String> languages) {
		return reads.unknown(file, languages);
	}

	Location location() {
		return new Location(file, node.getStartMark().getLine() + 1);
	}

	Node raw() {
		return node;
	}

	CorpusException error(String message) {
		return new CorpusException(location(), message);
	}

	boolean isScalar() {
		return node instanceof ScalarNode;
	}

	boolean isMapping() {
		return node instanceof MappingNode;
	}

	boolean isSequence() {
		return node instanceof SequenceNode;
	}

	String text() {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw error("expected a text value here");
	}

	/**
	 * The entries of a mapping whose keys are data rather than names the reader knows
	 * (ordinals, spellings), in file order: no key of it is unknown.
	 */
	Map<String, YamlNode> entries() {
		return entriesBeside(List.of());
	}

	/**
	 * The entries of a mapping whose keys are data beside the keys {@code named} that the
	 * reader reads by name (an entity value's attributes beside {@code label}): a data
	 * key spelt almost like one of them is reported as its likely misspelling.
	 */
	Map<String, YamlNode> entriesBeside(List<String> named) {
		Map<String, YamlNode> entries = mapping();
		reads.data(node, named);
		return entries;
	}

	/**
	 * The entries of a mapping whose keys are language codes ({@code es: …}): a key that
	 * is not a language of the corpus is reported.
	 */
	Map<String, YamlNode> languageEntries() {
		Map<String, YamlNode> entries = mapping();
		reads.languages(node);
		return entries;
	}

	/** The entries of a mapping, in file order; keys must be plain texts. */
	private Map<String, YamlNode> mapping() {
		if (!(node instanceof MappingNode mapping)) {
			throw error("expected 'key: value' lines here");
		}
		Map<String, YamlNode> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			YamlNode key = child(tuple.getKeyNode());
			if (entries.put(key.text(), child(tuple.getValueNode())) != null) {
				throw key.error("the key '" + key.text() + "' appears twice");
			}
		}
		return entries;
	}

	/** The line of each key of a mapping (empty for a text or a list). */
	Map<String, Location> keyLocations() {
		Map<String, Location> lines = new LinkedHashMap<>();
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					lines.putIfAbsent(key.getValue(), new Location(file, key.getStartMark().getLine() + 1));
				}
			}
		}
		return lines;
	}

	/**
	 * The value of {@code key}, when the mapping has it; asking makes {@code key} known
	 * here, so that other keys are reported as unknown ({@link #unknownKeys}).
	 */
	Optional<YamlNode> get(String key) {
		Map<String, YamlNode> entries = mapping();
		reads.asked(node, key);
		return Optional.ofNullable(entries.get(key));
	}

	YamlNode require(String key) {
		return get(key).orElseThrow(() -> error("missing '" + key + ":'"));
	}

	Optional<String> optionalText(String key) {
		return get(key).map(YamlNode::text);
	}

	List<YamlNode> items() {
		if (node instanceof SequenceNode sequence) {
			List<YamlNode> items = new ArrayList<>();
			sequence.getValue().forEach(n -> items.add(child(n)));
			return items;
		}
		throw error("expected a list ('- item' lines or [a, b]) here");
	}

	/** A list of texts, or a single text treated as a one-element list. */
	List<String> texts() {
		if (isScalar()) {
			return List.of(text());
		}
		return items().stream().map(YamlNode::text).toList();
	}

	/** A text per language ({@code es: …}), or a single text used for every language. */
	Localized localized() {
		if (isScalar()) {
			return text().isBlank() ? Localized.NONE
					: new Localized(Map.of("*", capped(text().strip(), MAX_TEXT, "a text")));
		}
		Map<String, String> texts = new LinkedHashMap<>();
		languageEntries().forEach((language, value) -> {
			if (value.text().isBlank()) {
				throw value.error("the text for '" + language + "' is empty");
			}
			texts.put(language, value.capped(value.text().strip(), MAX_TEXT, "a text"));
		});
		return new Localized(texts);
	}

	/**
	 * Lines of a {@code |} block, each "- text", with the file line of each one; a YAML
	 * list works too.
	 */
	List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		if (node instanceof ScalarNode scalar) {
			String[] parts = scalar.getValue().split("\n", -1);
			boolean block = scalar.getScalarStyle().getChar() != null
					&& (scalar.getScalarStyle().getChar() == '|' || scalar.getScalarStyle().getChar() == '>');
			int first = node.getStartMark().getLine() + 1 + (block ? 1 : 0);
			for (int i = 0; i < parts.length; i++) {
				String line = parts[i].strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("- ") || line.equals("-")) {
					line = line.substring(1).strip();
				}
				if (!line.isEmpty()) {
					Location at = new Location(file, first + i);
					if (line.length() > MAX_EXAMPLE) {
						throw new CorpusException(at, tooLong("an example", MAX_EXAMPLE, line.length()));
					}
					lines.add(new Line(line, at));
				}
			}
			return lines;
		}
		for (YamlNode item : items()) {
			lines.add(new Line(item.capped(item.text().strip(), MAX_EXAMPLE, "an example"), item.location()));
		}
		return lines;
	}

	/** {@code text}, read from this node, if it is at most {@code max} characters. */
	private String capped(String text, int max, String what) {
		if (text.length() > max) {
			throw error(tooLong(what, max, text.length()));
		}
		return text;
	}

	private static String tooLong(String what, int max, int length) {
		return what + " is at most " + max + " characters; this one has " + length;
	}

	record Line(String text, Location location) {
	}

}
