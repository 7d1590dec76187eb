package org.lacreview.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.Phrases;

/**
 * "¿Cuántos talleres hubo, contando los de la feria?": a value named right after one of
 * its language's including words ({@code including_words}: "contando", "including", "y
 * compris"), the only value of its family the question names, is added to the rest of
 * that family, so the question asks the sum over the family's whole. Part of reading the
 * operation ({@link OperationReader}); {@link Computations} then adds up every value of
 * the family.
 */
final class IncludedValues {

	/**
	 * The most words between the including word and the value's name: an article ("los",
	 * "the").
	 */
	static final int MAX_WORDS_BETWEEN = 1;

	/** The longest word that may stand there: articles are short. */
	static final int MAX_ARTICLE_LENGTH = 3;

	/** Per language, its including words as whole words. */
	private final Map<String, Pattern> byLanguage = new HashMap<>();

	IncludedValues(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Pattern words = Phrases.wholeWords(pack.phrasing().includingWords());
			if (words != null) {
				byLanguage.put(language, words);
			}
		});
	}

	/**
	 * The sum over the whole family of a value the question includes, in place of
	 * {@code asked} when that asks no operation, a sum, or an unbounded count of another
	 * family none of whose values the question names ("¿cuántos países, contando los
	 * miembros asociados?"); {@code asked} itself otherwise.
	 */
	Optional<AskedOperation> asked(Optional<AskedOperation> asked, Extraction question, String language) {
		Optional<String> family = includedFamily(question, language);
		if (family.isEmpty()) {
			return asked;
		}
		boolean fits = asked
			.map(a -> a.operation() == Operation.SUM || a.operation() == Operation.COUNT && a.bound().isEmpty()
					&& a.counted().filter(c -> !c.equals(family.get()) && !names(question, c)).isPresent())
			.orElse(true);
		return fits ? Optional.of(new AskedOperation(Operation.SUM, 0, Optional.empty(), Optional.empty(), false,
				Optional.empty(), family)) : asked;
	}

	/**
	 * The family of the value named right after an including word, when it is the only
	 * value of its family the question names and has figures.
	 */
	private Optional<String> includedFamily(Extraction question, String language) {
		Pattern words = byLanguage.get(language);
		if (words == null) {
			return Optional.empty();
		}
		String folded = question.folded();
		Matcher including = words.matcher(folded);
		while (including.find()) {
			int end = including.end();
			Optional<Mention> next = question.mentions()
				.stream()
				.filter(m -> !m.isDate() && m.values().size() == 1 && m.start() >= end)
				.min(Comparator.comparingInt(Mention::start));
			if (next.isEmpty() || !onlyAnArticle(folded.substring(end, next.get().start()))) {
				continue;
			}
			EntityValue value = next.get().values().get(0);
			if (Operands.hasFigures(value) && question.mentions()
				.stream()
				.flatMap(m -> m.values().stream())
				.filter(v -> v.family().equals(value.family()))
				.distinct()
				.count() == 1) {
				return Optional.of(value.family());
			}
		}
		return Optional.empty();
	}

	private static boolean onlyAnArticle(String between) {
		List<String> words = List.of(between.strip().split("[^\\p{L}\\p{N}]+"))
			.stream()
			.filter(w -> !w.isEmpty())
			.toList();
		return words.size() <= MAX_WORDS_BETWEEN && words.stream().allMatch(w -> w.length() <= MAX_ARTICLE_LENGTH);
	}

	/** Whether the question names a value of {@code family}. */
	private static boolean names(Extraction question, String family) {
		return question.mentions().stream().flatMap(m -> m.values().stream()).anyMatch(v -> v.family().equals(family));
	}

}
