package org.lacreview.index.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * Values named by a name that holds only in a list (a value's {@code list_names}:
 * "trabajadores" in "trabajadores y parlamentarios juntos"), which alone names something
 * else as often ("¿cuántos trabajadores migrantes…?"). An occurrence that no other
 * mention overlaps names its value when a mention of another value of the same family
 * stands next to it with nothing between but list marks (",", "+", "/", "&", ";") and at
 * most one of the language's joiners ({@code part_joiners}, {@code alternative_joiners},
 * {@code plus_words}), or when the question names, anywhere, a value of another family
 * whose texts give it a figure ("ONU" in "¿cuántos en la consulta del 12 de abril,
 * entidades + ONU?"). Part of {@link EntityExtractor}.
 */
final class ListedNames {

	private record ListName(Pattern pattern, EntityValue value) {
	}

	/** Per language, each value's list names as one whole-word pattern. */
	private final Map<String, List<ListName>> byLanguage = new HashMap<>();

	/** Per language, what may stand between two items of a list. */
	private final Map<String, Pattern> gaps = new HashMap<>();

	/** Whether the first value's texts give the second a figure of its own. */
	private final BiPredicate<EntityValue, EntityValue> givesFigure;

	/**
	 * @param givesFigure whether a value's texts give another value a figure ("47
	 * representantes de entidades regionales y 20 de agencias de la ONU" gives the UN
	 * agencies 20)
	 */
	ListedNames(Corpus corpus, BiPredicate<EntityValue, EntityValue> givesFigure) {
		this.givesFigure = givesFigure;
		corpus.families()
			.forEach(family -> family.values().forEach(value -> value.listNames().forEach((language, names) -> {
				Pattern pattern = Phrases.wholeWords(names);
				if (pattern != null) {
					byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(new ListName(pattern, value));
				}
			})));
		corpus.languages().forEach((language, pack) -> {
			List<String> joiners = new ArrayList<>(pack.phrasing().partJoiners());
			joiners.addAll(pack.phrasing().alternativeJoiners());
			joiners.addAll(pack.phrasing().plusWords());
			String marks = "[\\s,+/&;]*";
			String joiner = joiners.isEmpty() ? ""
					: "(?:" + Phrases.alternation(joiners.stream().map(Folding::fold).toList()) + ")" + marks;
			gaps.put(language, Pattern.compile(marks + (joiner.isEmpty() ? "" : "(?:" + joiner + ")?")));
		});
	}

	/**
	 * The mentions of values named by a list name in {@code folded} (a folded question),
	 * beside one of {@code chosen} (the mentions found otherwise), and, when
	 * {@code byFigures}, in a question naming a value whose texts give them a figure;
	 * empty for none.
	 */
	List<Mention> find(String folded, String language, List<Mention> chosen, boolean byFigures) {
		List<ListName> names = byLanguage.getOrDefault(language, List.of());
		if (names.isEmpty() || chosen.isEmpty()) {
			return List.of();
		}
		List<Mention> found = new ArrayList<>();
		List<Mention> known = new ArrayList<>(chosen);
		// Again while a pass finds more: "parlamentarios + trabajadores + cooperación"
		// reaches the third through the second.
		boolean more = true;
		while (more) {
			List<Mention> next = pass(folded, language, names, known, byFigures);
			found.addAll(next);
			known.addAll(next);
			more = !next.isEmpty();
		}
		return found;
	}

	/** The list names next to one of {@code known} that no mention overlaps. */
	private List<Mention> pass(String folded, String language, List<ListName> names, List<Mention> known,
			boolean byFigures) {
		List<Mention> found = new ArrayList<>();
		for (ListName name : names) {
			Matcher matcher = name.pattern().matcher(folded);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				boolean free = known.stream().noneMatch(m -> m.start() < end && start < m.end())
						&& found.stream().noneMatch(m -> m.start() < end && start < m.end());
				if (free && known.stream()
					.anyMatch(m -> sibling(m, name.value()) && nextTo(folded, language, m, start, end)
							|| byFigures && givingFigure(m, name.value()))) {
					found.add(Mention.of(name.value().family(), List.of(name.value()), start, end,
							folded.substring(start, end)));
				}
			}
		}
		return found;
	}

	/**
	 * Whether {@code mention} names one value, of another family, whose texts give
	 * {@code value} a figure: "(entidades + ONU)" in a question naming the consultation
	 * whose text counts the UN agencies' representatives.
	 */
	private boolean givingFigure(Mention mention, EntityValue value) {
		return mention.values().size() == 1 && !mention.tag().equals(value.family())
				&& givesFigure.test(mention.values().get(0), value);
	}

	private static boolean sibling(Mention mention, EntityValue value) {
		return mention.tag().equals(value.family()) && !mention.values().isEmpty() && !mention.values().contains(value);
	}

	/** Whether only a list's gap stands between {@code mention} and [start, end). */
	private boolean nextTo(String folded, String language, Mention mention, int start, int end) {
		Pattern gap = gaps.get(language);
		if (gap == null) {
			return false;
		}
		if (mention.start() >= end) {
			return gap.matcher(folded.substring(end, mention.start())).matches();
		}
		return mention.end() <= start && gap.matcher(folded.substring(mention.end(), start)).matches();
	}

}
