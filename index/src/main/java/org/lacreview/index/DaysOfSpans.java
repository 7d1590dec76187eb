package org.lacreview.index;

import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.entity.Extraction;

/**
 * A count of days ("how many days", the noun of a family whose values are single days
 * right after the count's phrase, not "how many per day", and no bound) read as the days
 * of values that span several: with a sum's phrase, of the values the question names (so
 * a value named by a common word is looked for, {@link SpanEnds}); naming nothing, the
 * duration of the one value the conversation remembers spanning several days ("So how
 * many days was it?" after an answer about the fair).
 */
final class DaysOfSpans {

	private final Corpus corpus;

	private final OperationReader operations;

	DaysOfSpans(Corpus corpus, OperationReader operations) {
		this.corpus = corpus;
		this.operations = operations;
	}

	/**
	 * Whether {@code asked} counts days and the question says a sum: "¿cuántos días son,
	 * sumando los talleres y la feria?" adds up the days of the values it names
	 * ({@link OperationReader}), and an end said by a common word may be one of them
	 * ({@link SpanEnds}).
	 */
	boolean addsUpDays(AskedOperation asked, Extraction extraction, String lang) {
		return countsDays(asked, extraction, lang) && operations.saysASum(extraction, lang);
	}

	/**
	 * {@code asked} as the duration of the one value {@code previous} remembers spanning
	 * several days, by the rule above; {@code asked} itself otherwise.
	 */
	AskedOperation ofTheLastSpan(AskedOperation asked, Extraction extraction, DialogState previous, String lang) {
		if (!extraction.mentions().isEmpty() || !countsDays(asked, extraction, lang)) {
			return asked;
		}
		long spans = previous.values()
			.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(id -> corpus.family(e.getKey()).flatMap(f -> f.value(id))))
			.flatMap(Optional::stream)
			.filter(v -> v.date().filter(d -> d.exactDays() && d.from().isBefore(d.to())).isPresent())
			.count();
		return spans == 1 ? duration() : asked;
	}

	/** Whether {@code asked} counts a family of single days, its noun right after. */
	private boolean countsDays(AskedOperation asked, Extraction extraction, String lang) {
		if (asked.operation() != Operation.COUNT || asked.bound().isPresent()
				|| asked.counted().filter(f -> operations.countsRightBefore(extraction.folded(), lang, f)).isEmpty()) {
			return false;
		}
		return asked.counted()
			.flatMap(corpus::family)
			.filter(f -> !f.values().isEmpty() && f.values().stream().allMatch(DaysOfSpans::singleDay))
			.isPresent();
	}

	private static boolean singleDay(EntityValue value) {
		return value.date().filter(d -> d.from().equals(d.to())).isPresent();
	}

	/** The duration of the one value spanning several days. */
	private static AskedOperation duration() {
		return new AskedOperation(Operation.DURATION, 0, Optional.empty());
	}

}
