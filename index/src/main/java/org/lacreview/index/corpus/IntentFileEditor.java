package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changes one intent of an {@code intents/*.yml} text and leaves every other line as it
 * was, comments included: of the intent itself only the keys whose value changed are
 * written again, in the corpus's own style (examples as a {@code |} block of "- question"
 * lines, answers double-quoted per language, ids as {@code [a, b]}). An intent must start
 * with a {@code - intent:} line, as the bundled corpus writes every one.
 */
public final class IntentFileEditor {

	/** The keys an intent has, in the order a new intent is written. */
	private static final List<String> KEYS = List.of("intent", "slot", "sections", "examples", "answer", "answer_all",
			"suggest", "unanswerable");

	/**
	 * Columns of the keys of an intent appended to a file ("- intent: …", then two spaces
	 * in).
	 */
	private static final int NEW_COLUMN = 2;

	private IntentFileEditor() {
	}

	/**
	 * The intents of one file, in file order.
	 * @throws CorpusException naming the line of a value that is not valid
	 */
	public static List<IntentContent> read(String file, String text) {
		YamlNode doc = CorpusYaml.compose(file, text, "");
		return doc == null ? List.of() : IntentsReader.read(doc).stream().map(IntentContent::of).toList();
	}

	/**
	 * The text with {@code content} in place of the intent of that name, or appended when
	 * the file has none.
	 * @throws CorpusException when the file does not read, or the intent is not written
	 * as "- intent: name"
	 * @throws IllegalArgumentException when an example cannot be one line of a question
	 * (a line break, a '#' first)
	 */
	public static String put(String file, String text, IntentContent content) {
		checkExamples(content);
		List<String> lines = YamlLines.split(text);
		Optional<YamlBlocks.Block> found = find(file, text, content.name());
		if (found.isEmpty()) {
			while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
				lines.remove(lines.size() - 1);
			}
			if (!lines.isEmpty()) {
				lines.add("");
			}
			List<String> added = new ArrayList<>();
			for (String key : KEYS) {
				added.addAll(emit(key, content, " ".repeat(NEW_COLUMN)));
			}
			added.set(0, "- " + added.get(0).substring(NEW_COLUMN));
			lines.addAll(added);
			lines.add("");
			return String.join("\n", lines);
		}
		YamlBlocks.Block block = found.get();
		IntentContent current = read(file, text).stream()
			.filter(i -> i.name().equals(content.name()))
			.findFirst()
			.orElseThrow();
		String indent = " ".repeat(block.column());
		// Only what changed is written again; the "intent" key never changes (the name is
		// the intent's identity).
		Map<String, List<String>> changed = new LinkedHashMap<>();
		KEYS.stream()
			.filter(k -> !Objects.equals(value(k, current), value(k, content)))
			.forEach(k -> changed.put(k, emit(k, content, indent)));
		return YamlBlocks.replaceKeys(lines, block, changed);
	}

	/**
	 * The text without the intent {@code name}; empty when the file has no such intent.
	 * @throws CorpusException when the file does not read
	 */
	public static Optional<String> remove(String file, String text, String name) {
		return find(file, text, name).map(block -> {
			List<String> lines = YamlLines.split(text);
			int end = block.end();
			while (end < lines.size() && lines.get(end).isBlank() && end + 1 < lines.size()) {
				end++;
			}
			List<String> result = new ArrayList<>(lines.subList(0, block.start()));
			result.addAll(lines.subList(end, lines.size()));
			return String.join("\n", result);
		});
	}

	/**
	 * The form field a 1-based file line of intent {@code name} belongs to:
	 * {@code "answer.en"}, {@code "examples.es"}, {@code "sections"}…; empty when the
	 * line is outside that intent.
	 */
	public static Optional<String> fieldAt(String file, String text, String name, int line) {
		return find(file, text, name).flatMap(block -> block.keys()
			.stream()
			.filter(k -> line - 1 >= k.start() && line - 1 < k.end())
			.findFirst()
			.map(k -> k.name() + k.languages()
				.stream()
				.filter(l -> line - 1 >= l.start() && line - 1 < l.end())
				.findFirst()
				.map(l -> "." + l.name())
				.orElse("")));
	}

	private static void checkExamples(IntentContent content) {
		content.examples().forEach((language, texts) -> texts.forEach(example -> {
			if (example.isBlank() || example.contains("\n") || example.contains("\r")) {
				throw new IllegalArgumentException("an example is one line of text, not empty (" + language + ")");
			}
			if (example.strip().startsWith("#")) {
				throw new IllegalArgumentException("an example cannot start with '#' (" + language + "): " + example);
			}
		}));
	}

	private static Object value(String key, IntentContent content) {
		Map<String, Function<IntentContent, Object>> values = Map.of("intent", IntentContent::name, "slot",
				IntentContent::slot, "sections", IntentContent::sections, "examples", IntentContent::examples, "answer",
				IntentContent::answer, "answer_all", IntentContent::answerAll, "suggest", IntentContent::suggest,
				"unanswerable", IntentContent::unanswerable);
		return values.get(key).apply(content);
	}

	/**
	 * The key's lines for {@code content}: none when it has no value (an empty list, no
	 * slot, false).
	 */
	private static List<String> emit(String key, IntentContent content, String indent) {
		return switch (key) {
			case "intent" -> List.of(indent + "intent: " + YamlLines.scalar(content.name()));
			case "slot" -> content.slot().map(s -> List.of(indent + "slot: " + YamlLines.scalar(s))).orElse(List.of());
			case "sections" -> content.sections().isEmpty() ? List.of()
					: List.of(indent + YamlLines.flowList("sections", content.sections()));
			case "suggest" -> content.suggest().isEmpty() ? List.of()
					: List.of(indent + YamlLines.flowList("suggest", content.suggest()));
			case "unanswerable" -> content.unanswerable() ? List.of(indent + "unanswerable: true") : List.of();
			case "answer" ->
				content.answer().isEmpty() ? List.of() : YamlLines.localized("answer", content.answer(), indent);
			case "answer_all" -> content.answerAll().isEmpty() ? List.of()
					: YamlLines.localized("answer_all", content.answerAll(), indent);
			case "examples" -> examples(content, indent);
			default -> throw new IllegalStateException("no such intent key: " + key);
		};
	}

	private static List<String> examples(IntentContent content, String indent) {
		List<String> lines = new ArrayList<>();
		content.examples().forEach((language, texts) -> {
			if (!texts.isEmpty()) {
				lines.add(indent + "  " + language + ": |");
				texts.forEach(t -> lines.add(indent + "    - " + t.strip()));
			}
		});
		if (!lines.isEmpty()) {
			lines.add(0, indent + "examples:");
		}
		return lines;
	}

	private static Optional<YamlBlocks.Block> find(String file, String text, String name) {
		return YamlBlocks.find(file, text, doc -> doc, "intent", name);
	}

}
