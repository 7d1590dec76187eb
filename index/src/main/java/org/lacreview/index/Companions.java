package org.lacreview.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * The values a question names as the ones something was done with: right after one of its
 * language's {@code companions} ("con", "with", "avec"), stop words between ("junto con
 * la feria"), or every value it names when it asks "with whom" (a companion before a
 * question word that asks for a person: "¿con quién organizó la feria los talleres?").
 * "¿Quién organizó los talleres con la feria?" asks who the other one was, so the
 * answer's other value is what the conversation is about next ({@link AnswerListing}).
 */
final class Companions {

	/** Per language, each companion phrase as its folded words. */
	private final Map<String, List<List<String>>> phrases = new HashMap<>();

	/** Per language, the folded words a question asks for a person with. */
	private final Map<String, Set<String>> askingWho = new HashMap<>();

	private final Map<String, Set<String>> stopwords = new HashMap<>();

	Companions(Corpus corpus) {
		corpus.languages().forEach((code, pack) -> {
			phrases.put(code, pack.phrasing().companions().stream().map(Companions::words).toList());
			askingWho.put(code,
					pack.phrasing()
						.asksFor()
						.getOrDefault(AnswerKinds.PERSON, List.of())
						.stream()
						.map(Folding::fold)
						.collect(Collectors.toSet()));
			stopwords.put(code, pack.foldedStopwords());
		});
	}

	/** Per family, the ids of the values {@code extraction} names as companions. */
	Map<String, List<String>> in(Extraction extraction, String language) {
		List<List<String>> companions = phrases.getOrDefault(language, List.of());
		Map<String, List<String>> named = new LinkedHashMap<>();
		if (companions.isEmpty()) {
			return named;
		}
		boolean withWhom = asksWithWhom(extraction.folded(), companions, language);
		for (Mention mention : extraction.mentions()) {
			if (mention.isCovered() && (withWhom
					|| follows(words(extraction.folded().substring(0, mention.start())), companions, language))) {
				for (EntityValue value : mention.values()) {
					named.computeIfAbsent(value.family(), f -> new ArrayList<>()).add(value.id());
				}
			}
		}
		return named;
	}

	/** Whether a companion phrase comes right before a word asking for a person. */
	private boolean asksWithWhom(String folded, List<List<String>> companions, String language) {
		List<String> words = words(folded);
		Set<String> who = askingWho.getOrDefault(language, Set.of());
		for (int i = 1; i < words.size(); i++) {
			if (who.contains(words.get(i)) && endsWithAny(words.subList(0, i), companions)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code before} ends with a companion phrase, or with one and then only stop
	 * words.
	 */
	private boolean follows(List<String> before, List<List<String>> companions, String language) {
		Set<String> stops = stopwords.getOrDefault(language, Set.of());
		for (int end = before.size(); end > 0; end--) {
			if (endsWithAny(before.subList(0, end), companions)) {
				return true;
			}
			if (!stops.contains(before.get(end - 1))) {
				return false;
			}
		}
		return false;
	}

	private static boolean endsWithAny(List<String> words, List<List<String>> phrases) {
		return phrases.stream()
			.anyMatch(p -> !p.isEmpty() && p.size() <= words.size()
					&& words.subList(words.size() - p.size(), words.size()).equals(p));
	}

	private static List<String> words(String text) {
		return Arrays.stream(Folding.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
	}

}
