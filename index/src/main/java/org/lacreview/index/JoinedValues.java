package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.Phrases;

/**
 * "¿Talleres más charlas, cuántos inscritos son?": two values of one family whose names
 * stand on either side of one of the language's plus words ({@code plus_words}: "más",
 * "mais", "plus"), with at most a few short words after it ("la feria más los de los
 * talleres"), are added up; on either side of a minus word ({@code minus_words}: "menos",
 * "minus", "moins"), the second is taken from the first ("talleres menos charlas, ¿cuánto
 * da?"). Such a word anywhere else says nothing of a sum or a difference ("más de 100",
 * "menos de 20", "¿cuál tuvo más?"), which is why these words are not among the
 * operations' phrases. Two such values either side of one of the language's
 * {@code alternative_joiners} ("o", "or", "ou") in a question that asks how many and no
 * other computation ("¿cuántos inscritos eran de talleres o de charlas?") are added up
 * too: how many were one or the other. Part of reading the operation
 * ({@link OperationReader}); {@link Computations} then computes over the values named.
 */
final class JoinedValues {

	/**
	 * The most short words after the joining word: an article and a preposition with its
	 * article ("más los de las", "mais os das"), each of at most
	 * {@link IncludedValues#MAX_ARTICLE_LENGTH} letters.
	 */
	static final int MAX_SHORT_WORDS = 3;

	/**
	 * Per language and operation (a sum, a difference): a joining word, then at most
	 * {@value #MAX_SHORT_WORDS} short words, and nothing else.
	 */
	private final Map<String, Map<Operation, Pattern>> byLanguage = new HashMap<>();

	/** Per language, one of its alternative joiners as a join. */
	private final Map<String, Pattern> alternatives = new HashMap<>();

	JoinedValues(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Map<Operation, Pattern> joins = new EnumMap<>(Operation.class);
			join(pack.phrasing().plusWords()).ifPresent(p -> joins.put(Operation.SUM, p));
			join(pack.phrasing().minusWords()).ifPresent(p -> joins.put(Operation.DIFFERENCE, p));
			byLanguage.put(language, joins);
			join(pack.phrasing().alternativeJoiners()).ifPresent(p -> alternatives.put(language, p));
		});
	}

	private static Optional<Pattern> join(List<String> words) {
		return words.isEmpty() ? Optional.empty()
				: Optional.of(Pattern
					.compile("[^\\p{L}\\p{N}]*(?:" + Phrases.alternation(words) + ")(?:[^\\p{L}\\p{N}]+\\p{L}{1,"
							+ IncludedValues.MAX_ARTICLE_LENGTH + "}){0," + MAX_SHORT_WORDS + "}[^\\p{L}\\p{N}]*"));
	}

	/**
	 * The sum or difference of the values named when two values of one family with
	 * figures are joined by a plus or minus word and {@code asked} asks no operation or
	 * an unbounded count (or, for a minus word, an unbounded sum: "talleres menos
	 * charlas, ¿cuánto suman?"); their sum, too, when they are joined by an alternative
	 * joiner in a question whose count phrase {@code count} finds and that asks no
	 * operation; {@code asked} itself otherwise.
	 * @param count the language's count phrase, as the operation reader matches it (none
	 * for a language without one)
	 */
	Optional<AskedOperation> asked(Optional<AskedOperation> asked, Extraction question, String language,
			Pattern count) {
		boolean open = asked.map(a -> a.operation() == Operation.COUNT && a.bound().isEmpty()).orElse(true);
		boolean summing = asked.map(a -> a.operation() == Operation.SUM && a.bound().isEmpty()).orElse(false);
		List<Map.Entry<Operation, Pattern>> joins = new ArrayList<>(
				byLanguage.getOrDefault(language, Map.of()).entrySet());
		if (asked.isEmpty() && count != null && count.matcher(question.folded()).find()) {
			// Not a plus word, so only where a count asks how many.
			Optional.ofNullable(alternatives.get(language)).ifPresent(p -> joins.add(Map.entry(Operation.SUM, p)));
		}
		if (!open && !summing || joins.isEmpty()) {
			return asked;
		}
		List<Mention> named = question.mentions()
			.stream()
			.filter(m -> !m.isDate() && m.values().size() == 1 && Operands.hasFigures(m.values().get(0)))
			.sorted(Comparator.comparingInt(Mention::start))
			.toList();
		String folded = question.folded();
		for (int i = 0; i + 1 < named.size(); i++) {
			Mention first = named.get(i);
			Mention second = named.get(i + 1);
			if (!first.values().get(0).family().equals(second.values().get(0).family())
					|| first.end() > second.start()) {
				continue;
			}
			String between = folded.substring(first.end(), second.start());
			for (Map.Entry<Operation, Pattern> join : joins) {
				boolean fits = open || join.getKey() == Operation.DIFFERENCE;
				if (fits && join.getValue().matcher(between).matches()) {
					return Optional.of(new AskedOperation(join.getKey(), 0, Optional.empty()));
				}
			}
		}
		return asked;
	}

}
