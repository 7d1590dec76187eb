package org.lacreview.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.text.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Computed answers: a question that asks for a computation (the {@code operations} phrases of
 * {@code languages/xx.yml}: "cuántos más", "juntos", "porcentaje", "promedio") over the figures of the values it
 * names gets the result, with the figures it used, in the corpus's {@code computed} sentence (messages.yml). The
 * figure is the numeric attribute the intent's answer shows for its slot ({@code {group.count}} → count), so any
 * family with numbers computes alike. Difference: two values, the larger first, and by how much. Sum: two or more.
 * Share: the values named over the sum of the whole family, in percent to one decimal. Complement: the whole family
 * but the values named. Rank: the value at the position asked, from the largest or the smallest. Average: of the
 * values named, else of the whole family, to one decimal. Numbers are written the way the reply's language writes them.
 */
final class Computations {

	/** The computations, in the order a question is checked for them: the most specific first. */
	enum Operation {
		SHARE, AVERAGE, COMPLEMENT, RANK_MOST, RANK_LEAST, DIFFERENCE, SUM;

		/** A share or an average is never answered by a raw figure: when it cannot be computed, the bot refuses. */
		boolean needsResult() {
			return this == SHARE || this == AVERAGE;
		}

		/** A rank needs a position: "el segundo grupo con más registrados". */
		boolean isRank() {
			return this == RANK_MOST || this == RANK_LEAST;
		}

		String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The most words "…" stands for in an operation phrase. */
	static final int GAP_WORDS = 8;

	private final Corpus corpus;

	/** Per language, each operation's phrases as one pattern of whole words. */
	private final Map<String, Map<Operation, Pattern>> phrases = new HashMap<>();

	/** Per language, its ordinals from the second on ("segundo" → 2), for ranks. */
	private final Map<String, Map<String, Integer>> positions = new HashMap<>();

	Computations(Corpus corpus) {
		this.corpus = corpus;
		corpus.languages().forEach((language, pack) -> {
			Map<Operation, Pattern> byOperation = new HashMap<>();
			for (Operation operation : Operation.values()) {
				List<String> words = pack.phrasing().operations().getOrDefault(operation.key(), List.of());
				if (!words.isEmpty()) {
					String alternation = Phrases.alternation(words, Computations::phrasePattern);
					byOperation.put(operation, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])"));
				}
			}
			phrases.put(language, byOperation);
			Map<String, Integer> ordinals = new HashMap<>();
			pack.ordinals().forEach((word, position) -> {
				if (position >= 2) {
					ordinals.put(Folding.fold(word), position);
				}
			});
			positions.put(language, ordinals);
		});
	}

	/**
	 * A phrase as a pattern: its words as written, and "…" for up to {@value #GAP_WORDS} words in between ("más … que"
	 * finds "más se conectaron el 26 que").
	 */
	private static String phrasePattern(String phrase) {
		String gap = "(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0," + GAP_WORDS + "}?[^\\p{L}\\p{N}]+";
		// Folding writes "…" as "...".
		return String.join(gap, java.util.Arrays.stream(phrase.split("\\s*(?:…|\\.\\.\\.)\\s*")).map(Pattern::quote).toList());
	}

	/**
	 * The computation {@code folded} (a question as read) asks for, in {@code language}, with the position a rank
	 * asks for (0 for other computations); empty for none.
	 */
	Optional<Asked> asked(String folded, String language) {
		Map<Operation, Pattern> byOperation = phrases.getOrDefault(language, Map.of());
		for (Operation operation : Operation.values()) {
			Pattern pattern = byOperation.get(operation);
			if (pattern == null || !pattern.matcher(folded).find()) {
				continue;
			}
			if (!operation.isRank()) {
				return Optional.of(new Asked(operation, 0));
			}
			Optional<Integer> position = java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
				.map(word -> positions.getOrDefault(language, Map.of()).get(word)).filter(java.util.Objects::nonNull).findFirst();
			if (position.isPresent()) {
				return Optional.of(new Asked(operation, position.get()));
			}
		}
		return Optional.empty();
	}

	/** A computation a question asks for, and for a rank the position asked (2 for "el segundo"). */
	record Asked(Operation operation, int position) {
	}

	/**
	 * The sentence giving the result of {@code operation} over the values of {@code intent}'s slot in {@code selected};
	 * empty when the intent has no slot with figures, the values named do not fit the operation, or the corpus has
	 * no sentence for it.
	 *
	 * @param languages the reply's language, then those to fall back to
	 */
	Optional<String> compute(Asked asked, Intent intent, Map<String, List<EntityValue>> selected,
			List<String> languages) {
		Operation operation = asked.operation();
		Optional<String> sentence = Optional.ofNullable(corpus.messages().computed().get(operation.key()))
			.flatMap(l -> l.in(languages.get(0), languages.subList(1, languages.size())));
		Optional<EntityFamily> family = intent.slot().flatMap(corpus::family);
		if (sentence.isEmpty() || family.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> all = family.get().values().stream().filter(EntityValue::inDocument).toList();
		Optional<String> attribute = figure(intent, family.get().name(), all);
		if (attribute.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> named = selected.getOrDefault(family.get().name(), List.of());
		Figures figures = new Figures(attribute.get(), languages);
		Map<String, String> fill = new HashMap<>();
		switch (operation) {
			case DIFFERENCE -> {
				if (named.size() != 2 || figures.of(named.get(0)) == figures.of(named.get(1))) {
					return Optional.empty();
				}
				List<EntityValue> ordered = new ArrayList<>(named);
				ordered.sort(Comparator.comparingDouble(figures::of).reversed());
				fill.put("larger", figures.label(ordered.get(0)));
				fill.put("smaller", figures.label(ordered.get(1)));
				fill.put("larger_value", figures.format(figures.of(ordered.get(0))));
				fill.put("smaller_value", figures.format(figures.of(ordered.get(1))));
				fill.put("result", figures.format(figures.of(ordered.get(0)) - figures.of(ordered.get(1))));
			}
			case SUM -> {
				if (named.size() < 2) {
					return Optional.empty();
				}
				fill.put("values", figures.listed(named, " + "));
				fill.put("result", figures.format(figures.sum(named)));
			}
			case SHARE -> {
				if (named.isEmpty() || named.size() == all.size()) {
					return Optional.empty();
				}
				fill.put("named", String.join(" + ", named.stream().map(figures::label).toList()));
				fill.put("named_value", figures.format(figures.sum(named)));
				fill.put("total", figures.format(figures.sum(all)));
				fill.put("result", figures.format(100 * figures.sum(named) / figures.sum(all)));
			}
			case COMPLEMENT -> {
				if (named.isEmpty() || named.size() == all.size()) {
					return Optional.empty();
				}
				fill.put("named", String.join(" + ", named.stream().map(figures::label).toList()));
				fill.put("named_value", figures.format(figures.sum(named)));
				fill.put("total", figures.format(figures.sum(all)));
				fill.put("result", figures.format(figures.sum(all) - figures.sum(named)));
			}
			case RANK_MOST, RANK_LEAST -> {
				if (asked.position() > all.size()) {
					return Optional.empty();
				}
				List<EntityValue> ordered = new ArrayList<>(all);
				Comparator<EntityValue> byFigure = Comparator.comparingDouble(figures::of);
				ordered.sort(operation == Operation.RANK_MOST ? byFigure.reversed() : byFigure);
				EntityValue ranked = ordered.get(asked.position() - 1);
				fill.put("position", String.valueOf(asked.position()));
				fill.put("value", figures.label(ranked));
				fill.put("value_figure", figures.format(figures.of(ranked)));
			}
			case AVERAGE -> {
				List<EntityValue> range = named.size() >= 2 ? named : all;
				fill.put("values", figures.listed(range, ", "));
				fill.put("sum", figures.format(figures.sum(range)));
				fill.put("count", String.valueOf(range.size()));
				fill.put("result", figures.format(figures.sum(range) / range.size()));
			}
		}
		String text = sentence.get();
		for (Map.Entry<String, String> entry : fill.entrySet()) {
			text = text.replace("{" + entry.getKey() + "}", entry.getValue());
		}
		return Optional.of(text);
	}

	/**
	 * The numeric attribute {@code intent}'s answers show for its slot's {@code family} ("{group.count}",
	 * "{max(day.zoom).label}"), when every value the document covers has it.
	 */
	private static Optional<String> figure(Intent intent, String family, List<EntityValue> values) {
		List<Placeholder> placeholders = new ArrayList<>();
		for (Localized answer : List.of(intent.answer(), intent.answerAll())) {
			answer.texts().values().forEach(text -> placeholders.addAll(Placeholder.parse(text)));
		}
		return placeholders.stream().filter(p -> p.family().equals(family)).map(Placeholder::attribute).flatMap(Optional::stream)
			.filter(a -> !values.isEmpty() && values.stream().allMatch(v -> v.attributes().get(a) instanceof Number)).findFirst();
	}

	/** The figures of one attribute, written in the reply's language. */
	private record Figures(String attribute, List<String> languages) {

		double of(EntityValue value) {
			return ((Number) value.attributes().get(attribute)).doubleValue();
		}

		double sum(List<EntityValue> values) {
			return values.stream().mapToDouble(this::of).sum();
		}

		String label(EntityValue value) {
			return TemplateRenderer.attribute(value, "label", languages).orElse(value.id());
		}

		/** "first (82) + second (93)": each value's label and figure. */
		String listed(List<EntityValue> values, String separator) {
			return String.join(separator, values.stream().map(v -> label(v) + " (" + format(of(v)) + ")").toList());
		}

		/** Whole numbers as they are, others to one decimal, with the language's decimal mark and no grouping. */
		String format(double number) {
			NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(languages.get(0)));
			format.setGroupingUsed(false);
			format.setMaximumFractionDigits(1);
			format.setMinimumFractionDigits(number == Math.rint(number) ? 0 : 1);
			return format.format(BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP));
		}
	}
}
