package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * The reply to a question that asks a computation ({@link Computations}): by the chosen
 * intent or the first candidate that can compute it ({@link ComputingCandidates}), over
 * the figures the question quotes when the values' own leave one out; the honest fallback
 * when the answer would not answer it (a share answered by a raw figure). Part of the
 * composition stage ({@link AnswerComposer}).
 */
final class ComputedReplies {

	/** What a computed answer's trace adds to the decision, before the operation. */
	private static final String COMPUTED = "; computed a ";

	private final Corpus corpus;

	private final IntentTexts texts;

	private final Computations computations;

	private final FallbackComposer fallbacks;

	/**
	 * Per language, its {@code fewer_words} as whole words; none for a language without.
	 */
	private final Map<String, Pattern> fewerWords = new HashMap<>();

	/**
	 * How many values in the document each family has: a number quoted that is one of
	 * them counts values ("de los 3 días"), it is no whole of their figures.
	 */
	private final Set<Long> familySizes;

	ComputedReplies(Corpus corpus, IntentTexts texts, Computations computations, FallbackComposer fallbacks) {
		this.corpus = corpus;
		this.texts = texts;
		this.computations = computations;
		this.fallbacks = fallbacks;
		this.familySizes = corpus.families()
			.stream()
			.map(f -> f.values().stream().filter(EntityValue::inDocument).count())
			.collect(Collectors.toUnmodifiableSet());
		corpus.languages().forEach((language, pack) -> {
			if (!pack.phrasing().fewerWords().isEmpty()) {
				fewerWords.put(language, Phrases.wholeWords(pack.phrasing().fewerWords()));
			}
		});
	}

	/**
	 * The reply computing {@code operation} by {@code intent} (chosen) or another
	 * candidate, or the fallback when the intent's answer would not answer it; empty when
	 * the intent's own answer is the reply.
	 * @param folded the question as read, remembered for the next turn when short enough
	 * @param ranked the intents by score, best first
	 * @param lang the reply's language
	 */
	Optional<Reply> reply(AskedOperation operation, Intent intent, Decision decision, List<Scored> ranked,
			String folded, String lang, Trace trace, DialogState previous) {
		List<String> languages = texts.languagesFor(lang);
		Optional<Reply> computed = computed(fewerAsked(operation, folded, lang, trace, previous), intent, decision,
				ranked, folded, lang, trace);
		if (computed.isPresent()) {
			// "¿y el martes?" after a count of Monday's workshops: "¿en total?" next
			// reads both questions.
			return Optional.of(new Reply(computed.get().answer(), computed.get().state().withEarlier(previous)));
		}
		if (operation.operation().needsResult()
				// "Compared with the previous review, how many more…?" of one
				// figure, with nothing to compare it with; only for an intent
				// that says it gives a number (one saying nothing of its kinds,
				// as in a corpus of questions alone, is not refused by a word).
				|| operation.operation() == Operation.DIFFERENCE && intent.slot().isEmpty()
						&& intent.answers().contains(AnswerKinds.NUMBER)
				|| operation.operation().overDates() && !AnswerKinds.gives(intent, Optional.of(AnswerKinds.DATE))
				|| operation.operation() == Operation.DAYS_BETWEEN && oneDayEach(decision)) {
			// "¿Qué porcentaje…?" answered by a raw figure would not answer it, nor
			// "¿cuánto duró?" an answer without dates: say the document lacks it.
			Trace cannot = trace.withDecision(trace.decision() + "; cannot compute a " + operation.operation().key()
					+ " from what the question names");
			return Optional.of(new Reply(
					fallbacks.fallback(lang, languages, ranked, fallbacks.unknownValue(true, lang, languages), cannot),
					previous.inLanguage(lang)));
		}
		return Optional.empty();
	}

	/**
	 * Whether every value the decision is about has a date of one exact day: the days
	 * between two such are no date an answer gives ("¿cuántos días entre la feria y el
	 * comienzo del congreso?" answered with the fair's day alone), where a span's answer
	 * ("del 13 al 15") says how many days it took. False for no value with a date.
	 */
	private static boolean oneDayEach(Decision decision) {
		List<DateSpan> dates = decision.selected()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(EntityValue::date)
			.flatMap(Optional::stream)
			.toList();
		return !dates.isEmpty() && dates.stream().allMatch(d -> d.exactDays() && d.from().equals(d.to()));
	}

	/**
	 * The computed reply, by the chosen intent or, when it has no figures for what was
	 * named, by the first of the next-ranked intents that has ("¿cuántos por Zoom en
	 * promedio?" ranks the total first, the daily figures next).
	 */
	private Optional<Reply> computed(AskedOperation operation, Intent chosen, Decision decision, List<Scored> ranked,
			String folded, String lang, Trace trace) {
		List<String> languages = texts.languagesFor(lang);
		for (Intent intent : ComputingCandidates.of(corpus, operation, chosen, decision, ranked)) {
			Optional<String> text = computations.compute(operation, intent, decision.selected(), languages);
			if (text.isPresent()) {
				// "sumando los 120 de la feria con los 80 más 15 de los talleres": a
				// computation over the values' figures that leaves out a number the
				// question quotes is not the one asked; one over what it quotes is.
				Optional<String> quoting = QuotedFigures.leavesOut(trace.masked(), text.get())
						? quotedComputation(operation, chosen, decision, folded, languages, trace) : Optional.empty();
				if (quoting.isEmpty() && operation.operation() == Operation.SHARE
						&& quotesAnotherWhole(trace.masked(), text.get(), decision)) {
					// "¿qué porcentaje de los 640 eran de la prensa?" over another whole
					// is no share of the 640: the document does not say it.
					return Optional.empty();
				}
				return quoting.map(quoted -> computedReply(quoted, chosen, operation, decision, folded, lang, trace))
					.or(() -> Optional.of(computedReply(text.get(), intent, operation, decision, folded, lang, trace)));
			}
		}
		return quotedComputation(operation, chosen, decision, folded, languages, trace)
			.map(text -> computedReply(text, chosen, operation, decision, folded, lang, trace));
	}

	/**
	 * Whether the question quotes a number that the share {@code computed} leaves out
	 * ({@link QuotedFigures#leftOutFar}) and that is neither a figure of a value the
	 * decision is about ("de los 29 Estados y 3 asociados") nor how many values a family
	 * has ("de los 3 días"): the whole the asker means is another one.
	 */
	private boolean quotesAnotherWhole(String masked, String computed, Decision decision) {
		Set<Long> explained = new HashSet<>(familySizes);
		decision.selected()
			.values()
			.forEach(values -> values.forEach(v -> v.attributes()
				.values()
				.stream()
				.filter(Number.class::isInstance)
				.forEach(n -> explained.add(((Number) n).longValue()))));
		return QuotedFigures.leftOutFar(masked, computed).stream().anyMatch(n -> !explained.contains(n));
	}

	/**
	 * The difference (or change in percent) asked as whether the first value named had
	 * fewer when the question says one of the language's {@code fewer_words}, or names no
	 * value and follows one that did ("¿hubo más o menos talleres que charlas? ¿cuánta
	 * diferencia?": both parts say the workshops had fewer); {@code asked} itself
	 * otherwise.
	 */
	private AskedOperation fewerAsked(AskedOperation asked, String folded, String lang, Trace trace,
			DialogState previous) {
		Pattern fewer = fewerWords.get(lang);
		if (asked.operation() != Operation.DIFFERENCE && asked.operation() != Operation.CHANGE || fewer == null) {
			return asked;
		}
		boolean saysFewer = fewer.matcher(folded).find() || !trace.masked().contains(LanguageAnalyzer.ENTITY_PREFIX)
				&& previous.question().filter(q -> fewer.matcher(q).find()).isPresent();
		return saysFewer ? asked.fewerAsked() : asked;
	}

	/**
	 * The computation over the figures the question quotes: a value's figure it quotes
	 * ("los 120" of a value without one), else figures of the chosen intent's answer text
	 * it quotes (composed only then).
	 */
	private Optional<String> quotedComputation(AskedOperation operation, Intent chosen, Decision decision,
			String folded, List<String> languages, Trace trace) {
		return computations.overQuotedOperands(operation, decision.selected(), trace.masked(), languages)
			.or(() -> texts.compose(chosen, decision.selected(), decision.useAnswerAll(), languages)
				.flatMap(text -> computations.overQuoted(operation, trace.masked(), folded, text, languages)));
	}

	private Reply computedReply(String text, Intent intent, AskedOperation operation, Decision decision, String folded,
			String lang, Trace trace) {
		List<String> languages = texts.languagesFor(lang);
		Trace computedTrace = trace
			.withDecision(trace.decision() + COMPUTED + operation.operation().key() + " with " + intent.name());
		Answer answer = new Answer(text, true, intent.name(), decision.confidence(), lang,
				texts.sources(intent, languages), fallbacks.suggestions(intent.suggest(), languages, intent.name()),
				computedTrace);
		// After a rank, the values it went through: "¿y juntos?" next adds the first two.
		Map<String, List<String>> remembered = RankReach.reached(operation, intent, corpus, decision.remembered())
			.orElse(decision.remembered());
		return new Reply(answer,
				new DialogState(Optional.of(lang), Optional.of(intent.name()),
						Optional.of(folded).filter(q -> q.length() <= AnswerComposer.MAX_REMEMBERED_QUESTION_CHARS),
						remembered));
	}

	/** Whether {@code answer} was computed ({@link Computations}), as its trace says. */
	static boolean computed(Answer answer) {
		return answer.trace().decision().contains(COMPUTED);
	}

}
