package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * A question that says a family's {@code kind_words} beside a word pointing back ("su
 * organización", "organização dele", "his organisation") after an answer about one value
 * that links to a value of that family (an attribute named after the family holding one
 * of its ids: {@code org: iom} of a person): the question with those words replaced by
 * the linked value's name, as if it had named it ("¿cuál fue el papel de la OIM?"). Part
 * of {@link QuestionRewriting}.
 */
final class LinkedValues {

	/** How many words may stand between the noun and the word pointing back ("de"). */
	private static final int WORDS_BETWEEN = 1;

	private final Corpus corpus;

	/** Per language, the words pointing back ({@code anaphora}), as whole words. */
	private final Map<String, Pattern> pointers = new HashMap<>();

	/** Per family with {@code kind_words}, those words as whole words. */
	private final Map<String, Pattern> kinds = new HashMap<>();

	LinkedValues(Corpus corpus) {
		this.corpus = corpus;
		corpus.languages().forEach((code, pack) -> {
			Pattern pattern = Phrases.wholeWords(pack.anaphora().stream().map(Folding::fold).toList());
			if (pattern != null) {
				pointers.put(code, pattern);
			}
		});
		corpus.families().forEach(family -> {
			Pattern pattern = Phrases.wholeWords(family.kindWords().stream().map(Folding::fold).toList());
			if (pattern != null) {
				kinds.put(family.name(), pattern);
			}
		});
	}

	/**
	 * {@code question} (folded) with the noun and pointer replaced by the linked value's
	 * name in {@code lang}; empty when the last turn was about no single value, it links
	 * to none the question names by a noun, or no pointer stands beside the noun.
	 */
	Optional<String> restored(String question, String lang, DialogState previous) {
		Pattern pointer = pointers.get(lang);
		Optional<EntityValue> about = onlyValue(previous);
		if (pointer == null || about.isEmpty()) {
			return Optional.empty();
		}
		String folded = Folding.fold(question);
		for (Map.Entry<String, Object> attribute : about.get().attributes().entrySet()) {
			Pattern kind = kinds.get(attribute.getKey());
			Optional<EntityValue> linked = corpus.family(attribute.getKey())
				.flatMap(f -> attribute.getValue() instanceof String id ? f.value(id) : Optional.empty());
			if (kind == null || linked.isEmpty()) {
				continue;
			}
			Optional<int[]> span = besidePointer(folded, kind, pointer);
			Optional<String> name = linked.get().label().in(lang, List.of(corpus.info().defaultLanguage()));
			if (span.isPresent() && name.isPresent()) {
				int[] at = span.get();
				return Optional.of(folded.substring(0, at[0]) + Folding.fold(name.get()) + folded.substring(at[1]));
			}
		}
		return Optional.empty();
	}

	/** The one value the last turn asked about, of any family. */
	private Optional<EntityValue> onlyValue(DialogState previous) {
		List<EntityValue> values = new ArrayList<>();
		previous.values()
			.forEach((family, ids) -> corpus.family(family)
				.ifPresent(f -> ids.forEach(id -> f.value(id).ifPresent(values::add))));
		return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
	}

	/**
	 * The span from a kind word to a pointer, or back, with at most
	 * {@link #WORDS_BETWEEN} words between them.
	 */
	private static Optional<int[]> besidePointer(String folded, Pattern kind, Pattern pointer) {
		Matcher noun = kind.matcher(folded);
		while (noun.find()) {
			Matcher back = pointer.matcher(folded);
			while (back.find()) {
				boolean overlapping = noun.start() < back.end() && back.start() < noun.end();
				String between = overlapping ? ""
						: folded.substring(Math.min(noun.end(), back.end()), Math.max(noun.start(), back.start()));
				int words = between.isBlank() ? 0 : between.strip().split("\\s+").length;
				if (!overlapping && words <= WORDS_BETWEEN) {
					return Optional
						.of(new int[] { Math.min(noun.start(), back.start()), Math.max(noun.end(), back.end()) });
				}
			}
		}
		return Optional.empty();
	}

}
