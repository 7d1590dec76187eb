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
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * A second value named only by what its name adds to the first one's head noun: in
 * "¿cuántos inscritos hubo en los talleres de cocina y de cerámica?" "de cerámica" stands
 * for "talleres de cerámica", the head "talleres" said once. When a mention of one value
 * is followed at once by one of the language's {@code part_joiners} or
 * {@code alternative_joiners}, and the first word of that mention and up to
 * {@value #MAX_WORDS} words after the joiner make a name of another value of the same
 * family in the question's language, the question is read with that head put back. A
 * mention of its own after the joiner ("los talleres y las charlas") is left as it is.
 * Part of stage 4 (entities), beside {@link ElidedHeads}, whose second value is a name of
 * another family.
 */
final class SharedHeads {

	/** The most words after the joiner that complete the head: "de la feria de otoño". */
	static final int MAX_WORDS = 4;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Per language, its part and alternative joiners, folded. */
	private final Map<String, Set<String>> joiners = new HashMap<>();

	/**
	 * Per language, per family, each value's names and label in that language (folded,
	 * its words joined by one space) to the value.
	 */
	private final Map<String, Map<String, Map<String, EntityValue>>> names = new HashMap<>();

	SharedHeads(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Set<String> joining = new HashSet<>();
			pack.phrasing().partJoiners().forEach(w -> joining.add(Folding.fold(w)));
			pack.phrasing().alternativeJoiners().forEach(w -> joining.add(Folding.fold(w)));
			joiners.put(language, joining);
			Map<String, Map<String, EntityValue>> byFamily = new HashMap<>();
			corpus.families().forEach(family -> family.values().forEach(value -> {
				List<String> all = new ArrayList<>(value.names().getOrDefault(language, List.of()));
				value.label().in(language, List.of()).ifPresent(all::add);
				Map<String, EntityValue> own = byFamily.computeIfAbsent(family.name(), f -> new HashMap<>());
				all.forEach(name -> own.putIfAbsent(words(Folding.fold(name)), value));
			}));
			names.put(language, byFamily);
		});
	}

	/**
	 * The question (folded) with the first shared head put back before the words that
	 * need it, or empty when it has none.
	 */
	Optional<String> restored(Extraction extraction, String language) {
		String folded = extraction.folded();
		Set<String> joining = joiners.getOrDefault(language, Set.of());
		for (Mention mention : extraction.mentions()) {
			if (mention.isDate() || mention.values().size() != 1) {
				continue;
			}
			EntityValue value = mention.values().get(0);
			Map<String, EntityValue> family = names.getOrDefault(language, Map.of())
				.getOrDefault(value.family(), Map.of());
			Matcher head = WORD.matcher(folded).region(mention.start(), mention.end());
			Matcher after = WORD.matcher(folded).region(mention.end(), folded.length());
			List<String> words = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			while (words.size() <= MAX_WORDS && after.find()) {
				words.add(after.group());
				starts.add(after.start());
			}
			if (!head.find() || words.size() < 2 || !joining.contains(words.get(0))
					|| !folded.substring(mention.end(), starts.get(0)).isBlank()
					|| startsAMention(extraction, starts.get(1))) {
				continue;
			}
			for (int last = words.size() - 1; last >= 1; last--) {
				EntityValue other = family.get(head.group() + " " + String.join(" ", words.subList(1, last + 1)));
				if (other != null && !other.equals(value)) {
					int at = starts.get(1);
					return Optional.of(folded.substring(0, at) + head.group() + " " + folded.substring(at));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether a mention of the question begins at {@code at}. */
	private static boolean startsAMention(Extraction extraction, int at) {
		return extraction.mentions().stream().anyMatch(m -> m.start() == at);
	}

	private static String words(String folded) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(folded);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return String.join(" ", words);
	}

}
