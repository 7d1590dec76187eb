package org.lacreview.index.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes the values of an {@code entities/*.yml} family in place, as
 * {@link IntentFileEditor} changes intents: only the keys whose value changed are written
 * again, every other line stays. A value's keys are read as staff edit them: its
 * {@code label} and other per-language texts, its {@code names} per language, and its
 * single values (numbers, dates, texts) as written.
 */
public final class EntityValueEditor {

	private EntityValueEditor() {
	}

	/**
	 * One value as the form shows it.
	 *
	 * @param label the value's name in answers, per language ({@code "*"}: one for every
	 * language)
	 * @param names the words that name it in questions, per language
	 * @param values its single values by key, as written: numbers as numbers, the rest
	 * (dates, texts) as text
	 * @param texts its other per-language texts by key ({@code agenda: {es: …}})
	 */
	public record ValueContent(String id, Map<String, String> label, Map<String, List<String>> names,
			Map<String, Object> values, Map<String, Map<String, String>> texts) {

		public ValueContent {
			label = Collections.unmodifiableMap(new LinkedHashMap<>(label));
			names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
			texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
		}
	}

	/**
	 * The family's name and values, in file order.
	 * @throws CorpusException naming the line of a value that is not valid
	 */
	public static Map.Entry<String, List<ValueContent>> read(String file, String text) {
		YamlNode doc = CorpusYaml.compose(file, text, "");
		if (doc == null) {
			throw new CorpusException(new Location(file, 1), "the file is empty");
		}
		List<ValueContent> values = new ArrayList<>();
		for (YamlNode item : doc.require("values").items()) {
			values.add(value(item));
		}
		return Map.entry(doc.require("entity").text(), values);
	}

	private static ValueContent value(YamlNode item) {
		Map<String, String> label = new LinkedHashMap<>();
		Map<String, List<String>> names = new LinkedHashMap<>();
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		item.entries().forEach((key, node) -> {
			if (key.equals("id")) {
				return;
			}
			if (key.equals("label")) {
				label.putAll(node.localized().texts());
			}
			else if (key.equals("names") && node.isMapping()) {
				node.entries().forEach((language, list) -> names.put(language, list.texts()));
			}
			else if (node.isScalar()) {
				values.put(key, number(node.text()).<Object>map(n -> n).orElse(node.text()));
			}
			else if (node.isMapping()) {
				texts.put(key, node.localized().texts());
			}
		});
		return new ValueContent(item.require("id").text(), label, names, values, texts);
	}

	private static Optional<BigDecimal> number(String text) {
		return text.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(text)) : Optional.empty();
	}

	/**
	 * The text with {@code changed} written over the value of the same id (only its keys
	 * that differ).
	 * @throws NoSuchElementException when the family has no value with that id
	 * @throws CorpusException when the file does not read
	 */
	public static String put(String file, String text, ValueContent changed) {
		ValueContent current = read(file, text).getValue()
			.stream()
			.filter(v -> v.id().equals(changed.id()))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("there is no value '" + changed.id() + "'"));
		YamlBlocks.Block block = YamlBlocks.find(file, text, doc -> doc.require("values"), "id", changed.id())
			.orElseThrow();
		String indent = " ".repeat(block.column());
		Map<String, List<String>> keys = new LinkedHashMap<>();
		if (!current.label().equals(changed.label())) {
			keys.put("label",
					changed.label().isEmpty() ? List.of() : YamlLines.localized("label", changed.label(), indent));
		}
		if (!current.names().equals(changed.names())) {
			List<String> lines = new ArrayList<>();
			changed.names().forEach((language, list) -> lines.add(indent + "  " + YamlLines.flowList(language, list)));
			if (!lines.isEmpty()) {
				lines.add(0, indent + "names:");
			}
			keys.put("names", lines);
		}
		changed.values().forEach((key, value) -> {
			if (!Objects.equals(normal(current.values().get(key)), normal(value))) {
				keys.put(key, value == null ? List.of() : List.of(indent + key + ": " + (value instanceof Number n
						? new BigDecimal(n.toString()).toPlainString() : YamlLines.scalar(String.valueOf(value)))));
			}
		});
		changed.texts().forEach((key, byLanguage) -> {
			if (!byLanguage.equals(current.texts().get(key))) {
				keys.put(key, byLanguage.isEmpty() ? List.of() : YamlLines.localized(key, byLanguage, indent));
			}
		});
		return YamlBlocks.replaceKeys(YamlLines.split(text), block, keys);
	}

	/** Numbers compared by value (5 and 5.0 are one figure), the rest as text. */
	private static Object normal(Object value) {
		if (value instanceof Number n) {
			return new BigDecimal(n.toString()).stripTrailingZeros();
		}
		return value == null ? null : String.valueOf(value);
	}

}
