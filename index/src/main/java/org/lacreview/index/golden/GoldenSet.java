package org.lacreview.index.golden;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.Location;
import org.lacreview.index.corpus.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads golden tests: the corpus's {@code golden/*.yml} files, or a JSON-lines file in
 * the format of the public evaluation set ({@code {"q", "lang", "expect"}} /
 * {@code "fallback"} / {@code "dialog"}). A wrong item, an invalid {@code expect} pattern
 * included, is a {@link CorpusException} naming file and line; a key of a YAML item that
 * is not read ({@code fallbak: true}) is a warning naming its file and line
 * ({@link Problem#isUnknownKey}).
 */
public final class GoldenSet {

	private GoldenSet() {
	}

	/** Golden tests read, with the keys of their YAML items that nobody reads. */
	public record Loaded(List<GoldenItem> items, List<Problem> warnings) {

		public Loaded {
			items = List.copyOf(items);
			warnings = List.copyOf(warnings);
		}
	}

	/** A file, or a folder whose {@code .yml} and {@code .jsonl} files are all read. */
	public static List<GoldenItem> load(Path path) {
		return read(path).items();
	}

	/**
	 * As {@link #load}, with a warning for each key of a YAML item or dialog turn that is
	 * not read.
	 * @throws CorpusException naming the file and line of an item that is not valid
	 */
	public static Loaded read(Path path) {
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				List<GoldenItem> items = new ArrayList<>();
				List<Problem> warnings = new ArrayList<>();
				files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".jsonl"))
					.sorted()
					.map(GoldenSet::read)
					.forEach(read -> {
						items.addAll(read.items());
						warnings.addAll(read.warnings());
					});
				return new Loaded(items, warnings);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return path.toString().endsWith(".jsonl") ? new Loaded(jsonLines(path, text), List.of()) : yaml(path, text);
	}

	private static List<GoldenItem> jsonLines(Path path, String text) {
		List<GoldenItem> items = new ArrayList<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				Location at = new Location(path.getFileName().toString(), i + 1);
				items.add(item(parse(at, lines[i]), at, items.size(), new ArrayList<>()));
			}
		}
		return items;
	}

	private static Loaded yaml(Path path, String text) {
		String file = path.getFileName().toString();
		Object root = parse(new Location(file, 0), text);
		if (!(root instanceof List<?> list)) {
			throw new CorpusException(new Location(file, 1), "a golden file is a list of '- q:' items");
		}
		// Plain YAML loading loses lines: the file's node tree gives each item's, and an
		// error's own line.
		List<Node> nodes = new Yaml(new LoaderOptions())
			.compose(new StringReader(text)) instanceof SequenceNode sequence ? sequence.getValue() : List.of();
		List<GoldenItem> items = new ArrayList<>();
		List<Problem> warnings = new ArrayList<>();
		for (Object entry : list) {
			Optional<Node> node = items.size() < nodes.size() ? Optional.of(nodes.get(items.size())) : Optional.empty();
			Location at = new Location(file, node.map(n -> n.getStartMark().getLine() + 1).orElse(0));
			try {
				List<Keys> read = new ArrayList<>();
				items.add(item(entry, at, items.size(), read));
				node.ifPresent(n -> unread(file, n, read, warnings));
			}
			catch (CorpusException ex) {
				Optional<Problem> problem = ex.problems().stream().findFirst();
				int line = node.flatMap(n -> problem.flatMap(p -> lineOf(n, p.message()))).orElse(at.line());
				throw line == at.line() ? ex : new CorpusException(new Location(file, line), problem.get().message());
			}
		}
		return new Loaded(items, warnings);
	}

	/**
	 * The keys of an item's node, and of its dialog's turns, that {@code read} (the item
	 * first, then each turn) did not ask for.
	 */
	private static void unread(String file, Node item, List<Keys> read, List<Problem> warnings) {
		List<Node> mappings = new ArrayList<>(List.of(item));
		if (item instanceof MappingNode mapping) {
			mapping.getValue()
				.stream()
				.filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("dialog"))
				.map(NodeTuple::getValueNode)
				.filter(SequenceNode.class::isInstance)
				.forEach(turns -> mappings.addAll(((SequenceNode) turns).getValue()));
		}
		for (int i = 0; i < Math.min(mappings.size(), read.size()); i++) {
			if (mappings.get(i) instanceof MappingNode mapping) {
				for (NodeTuple tuple : mapping.getValue()) {
					if (tuple.getKeyNode() instanceof ScalarNode key && !read.get(i).asked().contains(key.getValue())) {
						warnings.add(Problem.unknownKey(new Location(file, key.getStartMark().getLine() + 1),
								key.getValue(), read.get(i).asked()));
					}
				}
			}
		}
	}

	/**
	 * An item's or turn's mapping, remembering the keys asked for: those are the known
	 * keys, so that reading a new key is all it takes to know it.
	 */
	private record Keys(Map<?, ?> map, Set<String> asked) {

		Keys(Map<?, ?> map) {
			this(map, new LinkedHashSet<>());
		}

		Object get(String key) {
			asked.add(key);
			return map.get(key);
		}
	}

	/**
	 * The line of the first scalar of {@code node} quoted in {@code message} (the value
	 * an error is about).
	 */
	private static Optional<Integer> lineOf(Node node, String message) {
		if (node instanceof ScalarNode scalar) {
			return !scalar.getValue().isEmpty() && message.contains("'" + scalar.getValue() + "'")
					? Optional.of(scalar.getStartMark().getLine() + 1) : Optional.empty();
		}
		Stream<Node> children = node instanceof SequenceNode sequence ? sequence.getValue().stream()
				: node instanceof MappingNode mapping ? mapping.getValue().stream().map(NodeTuple::getValueNode)
						: Stream.empty();
		return children.map(child -> lineOf(child, message)).flatMap(Optional::stream).findFirst();
	}

	private static Object parse(Location at, String text) {
		try {
			return new Yaml(new LoaderOptions()).load(text);
		}
		catch (MarkedYAMLException ex) {
			int line = at.line()
					+ (ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + (at.line() == 0 ? 1 : 0));
			throw new CorpusException(new Location(at.file(), line), "golden file syntax: " + ex.getProblem());
		}
	}

	/**
	 * @param read where each mapping read is added: the item's, then its turns'
	 */
	private static GoldenItem item(Object entry, Location at, int position, List<Keys> read) {
		if (!(entry instanceof Map<?, ?> raw)) {
			throw new CorpusException(at, "expected 'q:' or 'dialog:'");
		}
		Keys map = new Keys(raw);
		read.add(map);
		String id = map.get("id") != null ? String.valueOf(map.get("id")) : at.file() + "#" + (position + 1);
		Optional<String> language = Optional.ofNullable(map.get("lang")).map(String::valueOf);
		try {
			if (map.get("dialog") instanceof List<?> dialog) {
				List<GoldenTurn> turns = new ArrayList<>();
				for (Object turn : dialog) {
					if (!(turn instanceof Map<?, ?> t)) {
						throw new CorpusException(at, "each dialog turn needs 'q:'");
					}
					Keys keys = new Keys(t);
					read.add(keys);
					turns.add(turn(keys, language));
				}
				return new GoldenItem(id, turns, at);
			}
			return new GoldenItem(id, List.of(turn(map, language)), at);
		}
		catch (IllegalArgumentException ex) {
			throw new CorpusException(at, ex.getMessage());
		}
	}

	private static GoldenTurn turn(Keys map, Optional<String> dialogLanguage) {
		Object expect = map.get("expect");
		List<String> expected = expect instanceof List<?> l ? l.stream().map(String::valueOf).toList()
				: expect == null ? List.of() : List.of(String.valueOf(expect));
		Optional<String> language = Optional.ofNullable(map.get("lang")).map(String::valueOf).or(() -> dialogLanguage);
		return new GoldenTurn(String.valueOf(map.get("q")), language,
				Optional.ofNullable(map.get("intent")).map(String::valueOf), expected,
				Boolean.TRUE.equals(map.get("fallback")));
	}

}
