package org.lacreview.index.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads golden tests: the corpus's {@code golden/*.yml} files, or a JSON-lines file in the format of the
 * public evaluation set ({@code {"q", "lang", "expect"}} / {@code "fallback"} / {@code "dialog"}).
 */
public final class GoldenSet {

	private GoldenSet() {
	}

	/** A file, or a folder whose {@code .yml} and {@code .jsonl} files are all read. */
	public static List<GoldenItem> load(Path path) {
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				List<GoldenItem> items = new ArrayList<>();
				files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".jsonl")).sorted()
					.forEach(f -> items.addAll(load(f)));
				return items;
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
		return path.toString().endsWith(".jsonl") ? jsonLines(path, text) : yaml(path, text);
	}

	private static List<GoldenItem> jsonLines(Path path, String text) {
		List<GoldenItem> items = new ArrayList<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				Location at = new Location(path.getFileName().toString(), i + 1);
				items.add(item(parse(at, lines[i]), at, items.size()));
			}
		}
		return items;
	}

	private static List<GoldenItem> yaml(Path path, String text) {
		Object root = parse(new Location(path.getFileName().toString(), 0), text);
		if (!(root instanceof List<?> list)) {
			throw new CorpusException(new Location(path.getFileName().toString(), 1), "a golden file is a list of '- q:' items");
		}
		List<GoldenItem> items = new ArrayList<>();
		for (Object entry : list) {
			// Plain YAML loading loses lines; the item's position in the file names it instead.
			items.add(item(entry, new Location(path.getFileName().toString() + " item " + (items.size() + 1), 0), items.size()));
		}
		return items;
	}

	private static Object parse(Location at, String text) {
		try {
			return new Yaml(new LoaderOptions()).load(text);
		}
		catch (MarkedYAMLException ex) {
			int line = at.line() + (ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + (at.line() == 0 ? 1 : 0));
			throw new CorpusException(new Location(at.file(), line), "golden file syntax: " + ex.getProblem());
		}
	}

	private static GoldenItem item(Object entry, Location at, int position) {
		if (!(entry instanceof Map<?, ?> map)) {
			throw new CorpusException(at, "expected 'q:' or 'dialog:'");
		}
		String id = map.get("id") != null ? String.valueOf(map.get("id")) : at.file() + "#" + (position + 1);
		Optional<String> language = Optional.ofNullable(map.get("lang")).map(String::valueOf);
		try {
			if (map.get("dialog") instanceof List<?> dialog) {
				List<GoldenTurn> turns = new ArrayList<>();
				for (Object turn : dialog) {
					if (!(turn instanceof Map<?, ?> t)) {
						throw new CorpusException(at, "each dialog turn needs 'q:'");
					}
					turns.add(turn(t, language));
				}
				return new GoldenItem(id, turns, at);
			}
			return new GoldenItem(id, List.of(turn(map, language)), at);
		}
		catch (IllegalArgumentException ex) {
			throw new CorpusException(at, ex.getMessage());
		}
	}

	private static GoldenTurn turn(Map<?, ?> map, Optional<String> dialogLanguage) {
		Object expect = map.get("expect");
		List<String> expected = expect instanceof List<?> l ? l.stream().map(String::valueOf).toList()
				: expect == null ? List.of() : List.of(String.valueOf(expect));
		Optional<String> language = Optional.ofNullable(map.get("lang")).map(String::valueOf).or(() -> dialogLanguage);
		return new GoldenTurn(String.valueOf(map.get("q")), language,
				Optional.ofNullable(map.get("intent")).map(String::valueOf), expected,
				Boolean.TRUE.equals(map.get("fallback")));
	}
}
