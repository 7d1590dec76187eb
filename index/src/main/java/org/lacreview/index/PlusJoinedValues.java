package org.lacreview.index;

import java.util.Comparator;
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
 * "mais", "plus"), with at most an article after it ("la feria más los talleres"), are
 * added up. A plus word anywhere else says nothing of a sum ("más de 100", "¿cuál tuvo
 * más?"), which is why these words are not among the sum phrases. Part of reading the
 * operation ({@link OperationReader}); {@link Computations} then adds up the values
 * named.
 */
final class PlusJoinedValues {

	/**
	 * Per language: a plus word, then at most an article (as {@link IncludedValues}
	 * allows one after its words), and nothing else.
	 */
	private final Map<String, Pattern> byLanguage = new HashMap<>();

	PlusJoinedValues(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			List<String> words = pack.phrasing().plusWords();
			if (!words.isEmpty()) {
				byLanguage.put(language,
						Pattern.compile("[^\\p{L}\\p{N}]*(?:" + Phrases.alternation(words)
								+ ")(?:[^\\p{L}\\p{N}]+\\p{L}{1," + IncludedValues.MAX_ARTICLE_LENGTH + "}){0,"
								+ IncludedValues.MAX_WORDS_BETWEEN + "}[^\\p{L}\\p{N}]*"));
			}
		});
	}

	/**
	 * The sum of the values named when {@code asked} asks no operation or an unbounded
	 * count, and two values of one family with figures are joined by a plus word;
	 * {@code asked} itself otherwise.
	 */
	Optional<AskedOperation> asked(Optional<AskedOperation> asked, Extraction question, String language) {
		boolean open = asked.map(a -> a.operation() == Operation.COUNT && a.bound().isEmpty()).orElse(true);
		Pattern plus = byLanguage.get(language);
		if (!open || plus == null) {
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
			if (first.values().get(0).family().equals(second.values().get(0).family()) && first.end() <= second.start()
					&& plus.matcher(folded.substring(first.end(), second.start())).matches()) {
				return Optional.of(new AskedOperation(Operation.SUM, 0, Optional.empty()));
			}
		}
		return asked;
	}

}
