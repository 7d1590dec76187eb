package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * An operand named by a superlative in a comparison: "¿cuántos más tuvo el taller más
 * grande que el de cocina?", "was the radio audience bigger than the busiest day?". A
 * family noun ({@code order_words}) and a superlative of the language ({@code rank_most}
 * or {@code rank_least} phrases without a gap), at most {@value #GAP_WORDS} words apart
 * in either order, name the value with the largest or the smallest of the family's one
 * numeric attribute; the question is read with that value's name in their place. Only in
 * a question that compares two figures (a difference, a ratio, a change) and then names
 * two operands or more, and only when no other value ties with it: a superlative that is
 * the question itself ("¿qué taller tuvo más?", the noun right after a question word) is
 * left to the ranking, and one between the largest and the smallest to the operation.
 */
final class SuperlativeOperands {

	/** The most words between the noun and the superlative: "the biggest single day". */
	static final int GAP_WORDS = 2;

	private record FamilyPattern(EntityFamily family, String attribute, Pattern pattern, List<String> most) {
	}

	/** Per language, one pattern per family with a noun and one numeric attribute. */
	private final Map<String, List<FamilyPattern>> patterns = new HashMap<>();

	private final String defaultLanguage;

	/** Per language, its question words, folded. */
	private final Map<String, Set<String>> questionWords = new HashMap<>();

	SuperlativeOperands(Corpus corpus) {
		this.defaultLanguage = corpus.info().defaultLanguage();
		corpus.languages().forEach((language, pack) -> {
			Set<String> which = new HashSet<>();
			pack.phrasing().questionWords().forEach(w -> which.add(Folding.fold(w)));
			pack.phrasing().accentedQuestionWords().forEach(w -> which.add(Folding.fold(w)));
			questionWords.put(language, which);
			List<String> most = superlatives(pack.phrasing().operations().get(OperationName.RANK_MOST.key()));
			List<String> least = superlatives(pack.phrasing().operations().get(OperationName.RANK_LEAST.key()));
			if (most.isEmpty() && least.isEmpty()) {
				return;
			}
			List<String> both = new ArrayList<>(most);
			both.addAll(least);
			String superlative = "(" + Phrases.alternation(both) + ")";
			String gap = "(?:\\s+[\\p{L}\\p{N}]+){0," + GAP_WORDS + "}\\s+";
			List<FamilyPattern> families = new ArrayList<>();
			for (EntityFamily family : corpus.families()) {
				Optional<String> attribute = family.onlyFigure();
				if (family.orderWords().isEmpty() || attribute.isEmpty()) {
					continue;
				}
				String noun = "(?:" + Phrases.alternation(family.orderWords()) + ")";
				families.add(new FamilyPattern(family, attribute.get(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + noun
						+ gap + superlative + "|" + superlative + gap + noun + ")(?![\\p{L}\\p{N}])"), most));
			}
			patterns.put(language, families);
		});
	}

	private static List<String> superlatives(List<String> phrases) {
		return phrases == null ? List.of() : phrases.stream().filter(p -> !p.contains("…")).map(Folding::fold).toList();
	}

	/**
	 * The question (folded) with each superlative operand replaced by its value's name;
	 * empty when {@code asked} compares no two figures, the question has no such operand
	 * outside the values it names, or it would then name fewer than two operands.
	 */
	Optional<String> restored(Extraction extraction, String language, Optional<AskedOperation> asked) {
		List<FamilyPattern> families = patterns.get(language);
		// Between the largest and the smallest, the operation itself names both.
		if (families == null || asked.filter(a -> !a.extremes())
			.map(AskedOperation::operation)
			.filter(o -> o == Operation.DIFFERENCE || o == Operation.RATIO || o == Operation.CHANGE)
			.isEmpty()) {
			return Optional.empty();
		}
		String folded = extraction.folded();
		List<Mention> named = extraction.mentions().stream().filter(m -> !m.values().isEmpty()).toList();
		record Replacement(int start, int end, String name) {
		}
		List<Replacement> replacements = new ArrayList<>();
		for (FamilyPattern family : families) {
			Matcher matcher = family.pattern().matcher(folded);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				// A value of another family may stand between the two ("the busiest
				// Zoom day": whose figure it is); none may cross either end.
				boolean crossed = named.stream()
					.anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end
							|| m.values().stream().anyMatch(v -> v.family().equals(family.family().name()))));
				// "¿Qué taller tuvo más, y por cuánto?": the superlative is asked.
				if (crossed || replacements.stream().anyMatch(r -> r.start() < end && start < r.end())
						|| askedWhich(folded.substring(0, start), language)) {
					continue;
				}
				String superlative = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
				Optional<String> name = extreme(family, family.most().contains(superlative))
					.flatMap(v -> v.label().in(language, List.of(defaultLanguage)))
					.map(Folding::fold);
				// What stands between keeps its place before the name: "the busiest Zoom
				// day" is Zoom's figure on that day.
				String between = named.stream()
					.filter(m -> start <= m.start() && m.end() <= end)
					.map(m -> folded.substring(m.start(), m.end()) + " ")
					.collect(Collectors.joining());
				name.ifPresent(n -> replacements.add(new Replacement(start, end, between + n)));
			}
		}
		long outside = named.stream()
			.filter(m -> replacements.stream().noneMatch(r -> r.start() <= m.start() && m.end() <= r.end()))
			.count();
		if (replacements.isEmpty() || outside + replacements.size() < 2) {
			return Optional.empty();
		}
		replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
		StringBuilder text = new StringBuilder(folded);
		replacements.forEach(r -> text.replace(r.start(), r.end(), r.name()));
		return Optional.of(text.toString());
	}

	/** Whether {@code before} ends with a question word of the language. */
	private boolean askedWhich(String before, String language) {
		String[] words = before.split("[^\\p{L}\\p{N}]+");
		return words.length > 0 && questionWords.getOrDefault(language, Set.of()).contains(words[words.length - 1]);
	}

	/** The family's value with the largest (or smallest) figure, unless another ties. */
	private static Optional<EntityValue> extreme(FamilyPattern family, boolean largest) {
		List<EntityValue> ranked = family.family().rankedBy(family.attribute(), largest);
		if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0)
			.attributes()
			.get(family.attribute())
			.equals(ranked.get(1).attributes().get(family.attribute()))) {
			return Optional.empty();
		}
		return Optional.of(ranked.get(0));
	}

}
