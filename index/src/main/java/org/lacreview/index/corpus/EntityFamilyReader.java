package org.lacreview.index.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.folding.Folding;

/**
 * Reads {@code entities/*.yml}: one family of values a question can name
 * ({@link EntityFamily}), each value with its names, label, dates, order, number and the
 * attributes answers show.
 */
final class EntityFamilyReader {

	/**
	 * The keys a value's reader understands; any other key is an attribute answers can
	 * show.
	 */
	private static final List<String> VALUE_KEYS = List.of("id", "label", "names", "in_document", "date", "from", "to",
			"order", "number", "parts", "per_part", "span_names", "list_names");

	private EntityFamilyReader() {
	}

	/**
	 * @throws CorpusException naming the line of a missing key or of a value that is not
	 * valid
	 */
	static EntityFamily read(YamlNode doc) {
		String family = doc.require("entity").text();
		List<EntityValue> values = new ArrayList<>();
		for (YamlNode item : doc.require("values").items()) {
			values.add(value(family, item));
		}
		return new EntityFamily(family, values, words(doc, "number_words"), words(doc, "order_words"), whole(doc),
				doc.location(), words(doc, "kind_words"));
	}

	/** The family's {@code whole:} ({@code label:} and {@code names:} per language). */
	private static Optional<EntityFamily.Whole> whole(YamlNode doc) {
		return doc.get("whole").map(whole -> {
			Map<String, List<String>> names = new LinkedHashMap<>();
			whole.require("names")
				.languageEntries()
				.forEach((language, list) -> names.put(language, YamlValues.lower(list.texts())));
			return new EntityFamily.Whole(whole.require("label").localized(), names);
		});
	}

	private static List<String> words(YamlNode doc, String key) {
		return YamlValues.lower(doc.get(key).map(YamlNode::texts).orElse(List.of()));
	}

	private static EntityValue value(String family, YamlNode item) {
		Map<String, YamlNode> entries = item.entriesBeside(VALUE_KEYS);
		String id = item.require("id").text();
		Map<String, List<String>> names = new LinkedHashMap<>();
		item.get("names").ifPresent(n -> {
			if (n.isMapping()) {
				n.languageEntries().forEach((language, list) -> names.put(language, list.texts()));
			}
			else {
				names.put("*", n.texts());
			}
		});
		Localized label = item.get("label").map(YamlNode::localized).orElse(Localized.NONE);
		if (label.isEmpty() && names.isEmpty()) {
			throw item.error("the value '" + id + "' needs a 'label:' or 'names:'");
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		entries.forEach((key, node) -> {
			if (!VALUE_KEYS.contains(key)) {
				attributes.put(key, attribute(node));
			}
		});
		boolean inDocument = item.get("in_document").map(YamlValues::bool).orElse(true);
		Optional<Integer> parts = YamlValues.integer(item, "parts");
		if (parts.filter(n -> n < 1).isPresent()) {
			throw item.get("parts").orElseThrow().error("'parts' must be at least 1: " + parts.get());
		}
		Map<String, List<String>> per = new LinkedHashMap<>();
		item.get("per_part")
			.ifPresent(p -> p.languageEntries()
				.forEach((language, list) -> per.put(language, YamlValues.lower(list.texts()))));
		return new EntityValue(family, id, label, names, inDocument, attributes, dateSpan(item),
				YamlValues.integer(item, "order"), YamlValues.integer(item, "number"), parts, per,
				foldedLists(item, "span_names"), foldedLists(item, "list_names"), item.location());
	}

	/** A key's lists of words per language, folded; empty when the key is absent. */
	private static Map<String, List<String>> foldedLists(YamlNode item, String key) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		item.get(key)
			.ifPresent(p -> p.languageEntries()
				.forEach((language, list) -> lists.put(language, list.texts().stream().map(Folding::fold).toList())));
		return lists;
	}

	private static Object attribute(YamlNode node) {
		if (node.isMapping()) {
			return node.localized();
		}
		if (node.isSequence()) {
			return String.join(", ", node.texts());
		}
		String text = node.text();
		if (text.matches("-?\\d+")) {
			return Long.parseLong(text);
		}
		if (text.matches("-?\\d+\\.\\d+")) {
			return Double.parseDouble(text);
		}
		return text;
	}

	private static Optional<DateSpan> dateSpan(YamlNode item) {
		Optional<YamlNode> date = item.get("date");
		Optional<YamlNode> from = item.get("from");
		Optional<YamlNode> to = item.get("to");
		if (date.isPresent()) {
			return Optional.of(span(date.get()));
		}
		if (from.isPresent() != to.isPresent()) {
			throw item.error("give both 'from:' and 'to:', or 'date:'");
		}
		if (from.isEmpty()) {
			return Optional.empty();
		}
		try {
			DateSpan first = span(from.get());
			DateSpan last = span(to.get());
			return Optional.of(new DateSpan(first.from(), last.to(), first.exactDays() && last.exactDays()));
		}
		catch (IllegalArgumentException ex) {
			throw item.error(ex.getMessage());
		}
	}

	/** "2030-05-02" is one day, "2029-10" the whole month, "2031" the whole year. */
	private static DateSpan span(YamlNode node) {
		String text = node.text().strip();
		try {
			if (text.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
				LocalDate day = LocalDate.parse(text);
				return new DateSpan(day, day);
			}
			if (text.matches("\\d{4}-\\d{1,2}")) {
				YearMonth month = YearMonth.parse(text.length() == 6 ? text.replace("-", "-0") : text);
				return new DateSpan(month.atDay(1), month.atEndOfMonth(), false);
			}
			if (text.matches("\\d{4}")) {
				int year = Integer.parseInt(text);
				return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below with the line
		}
		throw node.error("expected a date like 2030-05-02, 2029-10 or 2031: " + text);
	}

}
