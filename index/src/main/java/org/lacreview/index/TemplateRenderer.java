package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;

/**
 * Fills an answer's placeholders from entity families. Functions ({@code sum},
 * {@code max}, {@code list}…) range over the values the question named when it named two
 * or more ("¿el 2 o el 4?"), else over the whole family. Returns empty when a value lacks
 * an attribute the answer needs: the engine then says it does not know instead of
 * printing a hole.
 */
final class TemplateRenderer {

	private final Map<String, EntityFamily> families;

	TemplateRenderer(Map<String, EntityFamily> families) {
		this.families = Map.copyOf(families);
	}

	/**
	 * @param selected values the question named, by family (for
	 * {@code {family.attribute}} exactly one)
	 */
	Optional<String> render(String template, List<String> languages, Map<String, List<EntityValue>> selected) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Placeholder p : Placeholder.parse(template)) {
			int start = template.indexOf(p.text(), at);
			out.append(template, at, start);
			Optional<String> value = value(p, languages, selected);
			if (value.isEmpty()) {
				return Optional.empty();
			}
			out.append(value.get());
			at = start + p.text().length();
		}
		return Optional.of(out.append(template.substring(at)).toString());
	}

	private Optional<String> value(Placeholder p, List<String> languages, Map<String, List<EntityValue>> selected) {
		List<EntityValue> named = selected.getOrDefault(p.family(), List.of());
		if (p.isSelected()) {
			return named.size() == 1 ? attribute(named.get(0), p.attribute().orElseThrow(), languages)
					: Optional.empty();
		}
		EntityFamily family = families.get(p.family());
		List<EntityValue> range = named.size() >= 2 ? named
				: family.values().stream().filter(EntityValue::inDocument).toList();
		String attribute = p.attribute().orElse("label");
		return switch (p.function().orElseThrow()) {
			case COUNT -> Optional.of(String.valueOf(range.size()));
			case SUM -> sum(range, attribute);
			case MAX, MIN -> extreme(range, attribute, p.function().get() == Placeholder.Function.MAX)
				.flatMap(values -> join(values, p.resultAttribute().orElse("label"), languages, ", "));
			case LIST -> list(range, attribute, languages);
		};
	}

	private static Optional<String> sum(List<EntityValue> values, String attribute) {
		double total = 0;
		boolean whole = true;
		for (EntityValue value : values) {
			Object number = value.attributes().get(attribute);
			if (!(number instanceof Number n)) {
				return Optional.empty();
			}
			total += n.doubleValue();
			whole &= number instanceof Long;
		}
		return Optional.of(whole ? String.valueOf((long) total) : String.valueOf(total));
	}

	/** The values with the largest (or smallest) attribute; several when they tie. */
	private static Optional<List<EntityValue>> extreme(List<EntityValue> values, String attribute, boolean max) {
		List<EntityValue> numeric = values.stream()
			.filter(v -> v.attributes().get(attribute) instanceof Number)
			.toList();
		if (numeric.isEmpty()) {
			return Optional.empty();
		}
		Comparator<EntityValue> order = Comparator
			.comparingDouble(v -> ((Number) v.attributes().get(attribute)).doubleValue());
		EntityValue best = max ? numeric.stream().max(order).get() : numeric.stream().min(order).get();
		return Optional.of(numeric.stream().filter(v -> order.compare(v, best) == 0).toList());
	}

	private static Optional<String> list(List<EntityValue> values, String attribute, List<String> languages) {
		List<String> items = new ArrayList<>();
		for (EntityValue value : values) {
			Optional<String> label = attribute(value, "label", languages);
			if (attribute.equals("label")) {
				label.ifPresent(items::add);
				continue;
			}
			Optional<String> shown = attribute(value, attribute, languages);
			if (label.isEmpty() || shown.isEmpty()) {
				return Optional.empty();
			}
			items.add(label.get() + ": " + shown.get());
		}
		return Optional.of(String.join("; ", items));
	}

	private static Optional<String> join(List<EntityValue> values, String attribute, List<String> languages,
			String separator) {
		List<Optional<String>> parts = values.stream().map(v -> attribute(v, attribute, languages)).toList();
		if (parts.stream().anyMatch(Optional::isEmpty)) {
			return Optional.empty();
		}
		return Optional.of(parts.stream().map(Optional::get).collect(Collectors.joining(separator)));
	}

	static Optional<String> attribute(EntityValue value, String attribute, List<String> languages) {
		if (attribute.equals("id")) {
			return Optional.of(value.id());
		}
		if (attribute.equals("label")) {
			Optional<String> label = value.label().in(languages.get(0), languages.subList(1, languages.size()));
			return label.or(() -> value.names().values().stream().flatMap(List::stream).findFirst());
		}
		Object raw = value.attributes().get(attribute);
		if (raw instanceof Localized text) {
			return text.in(languages.get(0), languages.subList(1, languages.size()));
		}
		return Optional.ofNullable(raw).map(String::valueOf);
	}

}
