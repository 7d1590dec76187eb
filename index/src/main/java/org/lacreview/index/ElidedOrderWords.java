package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;

/**
 * An ordinal whose noun the question said once already: "on the last day compared with
 * the first", "el último día comparado con el primero". When the question names a value
 * of an ordered family by a word of the family's {@code order_words} and has an ordinal
 * of the language outside every mention, followed by nothing but stop words (up to a mark
 * or to a value of that family: "del primero al último día"), the ordinal stands for a
 * value of that family: the question is read with the family's first order word after it
 * ("the first day").
 */
final class ElidedOrderWords {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final Corpus corpus;

	/** Per language, its ordinals, folded, with their positions (-1 for the last). */
	private final Map<String, Map<String, Integer>> ordinals = new HashMap<>();

	/** Per language, its stop words, folded. */
	private final Map<String, Set<String>> stopwords = new HashMap<>();

	ElidedOrderWords(Corpus corpus) {
		this.corpus = corpus;
		corpus.languages().forEach((language, pack) -> {
			Map<String, Integer> words = new HashMap<>();
			pack.ordinals().forEach((w, position) -> words.put(Folding.fold(w), position));
			ordinals.put(language, words);
			stopwords.put(language, pack.foldedStopwords());
		});
	}

	/**
	 * The question (folded) with the order word after its elided ordinal, or empty when
	 * it has none.
	 */
	Optional<String> restored(Extraction extraction, String language) {
		Optional<EntityFamily> family = extraction.mentions()
			.stream()
			.filter(m -> !m.isDate() && !m.values().isEmpty())
			.map(this::familyNamedByItsOrderWord)
			.flatMap(Optional::stream)
			.findFirst();
		if (family.isEmpty()) {
			return Optional.empty();
		}
		String folded = extraction.folded();
		Map<String, Integer> languageOrdinals = ordinals.getOrDefault(language, Map.of());
		// An ordinal past the family's values names none of them ("décima" of five
		// areas).
		long values = family.get().values().stream().filter(EntityValue::inDocument).count();
		Matcher word = WORD.matcher(folded);
		while (word.find()) {
			int at = word.start();
			Integer position = languageOrdinals.get(word.group());
			if (position != null && Math.abs(position) <= values
					&& extraction.mentions().stream().noneMatch(m -> m.start() <= at && at < m.end())
					&& (onlyStopWordsAfter(folded.substring(word.end()), language)
							|| beforeAValueOf(extraction, word.end(), family.get(), language))) {
				String orderWord = Folding.fold(family.get().orderWords().get(0));
				return Optional.of(folded.substring(0, word.end()) + " " + orderWord + folded.substring(word.end()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The family of the values a mention names, when it is ordered and the mention's
	 * words include one of its order words ("ultimo dia").
	 */
	private Optional<EntityFamily> familyNamedByItsOrderWord(Mention mention) {
		EntityValue value = mention.values().get(0);
		return corpus.family(value.family())
			.filter(f -> f.ordered() && !f.orderWords().isEmpty())
			.filter(f -> f.orderWords()
				.stream()
				.map(Folding::fold)
				.anyMatch(w -> List.of(mention.text().split("[^\\p{L}\\p{N}]+")).contains(w)));
	}

	/**
	 * Whether only stop words stand between {@code end} and the next mention, one of
	 * {@code family}'s values: "do primeiro para o último dia", "entre el primer y el
	 * segundo día".
	 */
	private boolean beforeAValueOf(Extraction extraction, int end, EntityFamily family, String language) {
		Optional<Mention> next = extraction.mentions()
			.stream()
			.filter(m -> m.start() >= end)
			.min((one, other) -> Integer.compare(one.start(), other.start()));
		return next.filter(m -> !m.values().isEmpty() && m.values().get(0).family().equals(family.name()))
			.filter(m -> onlyStopWordsAfter(extraction.folded().substring(end, m.start()), language))
			.isPresent();
	}

	/** Whether the words up to the next mark are all stop words, or there are none. */
	private boolean onlyStopWordsAfter(String rest, String language) {
		String clause = rest.split("[?¿!¡.,;:]", 2)[0];
		Matcher word = WORD.matcher(clause);
		Set<String> stops = stopwords.getOrDefault(language, Set.of());
		while (word.find()) {
			if (!stops.contains(word.group())) {
				return false;
			}
		}
		return true;
	}

}
