package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * A second value whose head noun the question said once: "¿cuándo fueron los talleres de
 * cocina y los de cerámica?" names a workshop, then "cerámica", which alone is a value of
 * another family (a craft), but stands for the workshop whose name holds it ("talleres de
 * cerámica"). When a mention of one family follows one of another family, with at most
 * {@value #MAX_WORDS_BETWEEN} words between them, all stop words of the language but one
 * at most (a pronoun), one of them among its {@code part_joiners} ("y los de", "et pour
 * celle avec les"), and exactly one other value of the first family has a name holding
 * the second mention's words ({@link NamesHolding}), the question is read with that name
 * in place of the second mention.
 */
final class ElidedHeads {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** The most words between the two mentions: "et pour celle avec les". */
	static final int MAX_WORDS_BETWEEN = 6;

	private final NamesHolding namesHolding;

	/** Per language, its stop words, folded. */
	private final Map<String, Set<String>> stopwords = new HashMap<>();

	/** Per language, its part joiners, folded. */
	private final Map<String, Set<String>> joiners = new HashMap<>();

	ElidedHeads(Corpus corpus) {
		this.namesHolding = new NamesHolding(corpus);
		corpus.languages().forEach((language, pack) -> {
			stopwords.put(language, pack.foldedStopwords());
			Set<String> joining = new HashSet<>();
			pack.phrasing().partJoiners().forEach(w -> joining.add(Folding.fold(w)));
			joiners.put(language, joining);
		});
	}

	/**
	 * The question (folded) with the elided head restored, or empty when it has none.
	 */
	Optional<String> restored(Extraction extraction, String language) {
		Set<String> stops = stopwords.getOrDefault(language, Set.of());
		Set<String> joining = joiners.getOrDefault(language, Set.of());
		List<Mention> mentions = extraction.mentions()
			.stream()
			.filter(m -> !m.isDate() && !m.values().isEmpty())
			.sorted((a, b) -> Integer.compare(a.start(), b.start()))
			.toList();
		String folded = extraction.folded();
		for (int i = 0; i + 1 < mentions.size(); i++) {
			Mention first = mentions.get(i);
			Mention second = mentions.get(i + 1);
			if (first.values().get(0).family().equals(second.values().get(0).family())
					|| first.end() > second.start()) {
				continue;
			}
			List<String> between = words(folded.substring(first.end(), second.start()));
			// One word may be a pronoun standing for the head ("et celle avec les").
			if (between.stream().noneMatch(joining::contains) || between.size() > MAX_WORDS_BETWEEN
					|| between.stream().filter(w -> !stops.contains(w) && !joining.contains(w)).count() > 1) {
				continue;
			}
			Extraction only = new Extraction(folded, extraction.masked(), List.of(first), false, false);
			Optional<Map.Entry<Mention, String>> held = namesHolding.valueNamedAfter(second, only, language, Set.of());
			if (held.isPresent()) {
				return Optional
					.of(new StringBuilder(folded).replace(second.start(), second.end(), held.get().getValue())
						.toString());
			}
		}
		return Optional.empty();
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
