package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Section;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Detection;
import org.lacreview.index.text.LanguageDetector;

/**
 * The composition stage: writes what the bot says once the engine has decided, the
 * intent's answer with its placeholders filled ({@link TemplateRenderer}), its sources
 * and suggested questions, or the honest fallback with questions it can answer instead;
 * and what the conversation remembers of the turn.
 */
final class AnswerComposer {

	/**
	 * The longest question (folded, in characters) a conversation remembers for rewriting
	 * a follow-up ("¿y por YouTube?"): the longest question of the golden sets has 110
	 * characters. A longer one is not kept, so that conversation context stays small
	 * however long the questions people paste (issue 11); the intent and the values named
	 * are still remembered, so "¿y el 27?" still follows it.
	 */
	static final int MAX_REMEMBERED_QUESTION_CHARS = 300;

	/** What a computed answer's trace adds to the decision, before the operation. */
	private static final String COMPUTED = "; computed a ";

	private final Corpus corpus;

	private final TemplateRenderer renderer;

	private final Computations computations;

	private final AnswerSearch search;

	private final FallbackComposer fallbacks;

	AnswerComposer(Corpus corpus, TemplateRenderer renderer, AnswerSearch search, Computations computations) {
		this.corpus = corpus;
		this.renderer = renderer;
		this.computations = computations;
		this.search = search;
		this.fallbacks = new FallbackComposer(corpus);
	}

	Optional<String> compose(Intent intent, Map<String, List<EntityValue>> selected, boolean all,
			List<String> languages) {
		Localized template = all ? intent.answerAll() : intent.answer();
		Optional<String> text = template.in(languages.get(0), languages.subList(1, languages.size()));
		if (text.isEmpty()) {
			return Optional.empty();
		}
		List<EntityValue> slotValues = intent.slot().map(s -> selected.getOrDefault(s, List.of())).orElse(List.of());
		if (!all && intent.answerComputesOverSlot()) {
			// "¿cuál tuvo más?" of two that tie: no largest to name.
			Optional<String> tie = computations.tie(intent, slotValues, languages);
			if (tie.isPresent()) {
				return tie;
			}
		}
		if (all || slotValues.size() <= 1 || intent.answerComputesOverSlot()) {
			return renderer.render(text.get(), languages, selected);
		}
		// One sentence per value named: "¿cuántos por Zoom el 2 y el 3?"
		List<String> parts = new ArrayList<>();
		for (EntityValue value : slotValues) {
			Map<String, List<EntityValue>> one = new HashMap<>(selected);
			one.put(intent.slot().get(), List.of(value));
			Optional<String> part = renderer.render(text.get(), languages, one);
			if (part.isEmpty()) {
				return Optional.empty();
			}
			parts.add(part.get());
		}
		// An answer that does not use its slot's value says the same for each value
		// named: once.
		return Optional.of(String.join("\n", parts.stream().distinct().toList()));
	}

	/**
	 * The intent's sections as sources, titled in the first of {@code languages} that has
	 * a title, one per link.
	 */
	List<Source> sources(Intent intent, List<String> languages) {
		return Source.oneLinkEach(intent.sections()
			.stream()
			.map(id -> corpus.section(id).orElseThrow())
			.map(section -> source(section, languages))
			.toList());
	}

	/**
	 * The reply by the intent whose answer holds the sentence {@code match} found for a
	 * question no intent fitted, with the share of the question it holds as confidence.
	 */
	private Reply replyBy(SentenceIndex.Match<Intent> match, Decision decision, String folded, List<Scored> ranked,
			String lang, Trace trace, DialogState previous) {
		Intent intent = match.sentence().origin();
		Decision found = Decision.answer(intent, Map.of(), false, match.coverage(), Map.of(), decision.reason());
		return reply(found, folded, ranked, lang,
				withDecision(trace,
						trace.decision() + "; the answer of " + intent.name() + " covers "
								+ Math.round(match.coverage() * 100) + " % of the question"),
				previous, Optional.empty());
	}

	/**
	 * A section as a source: its title in the reply's language, its link or else the
	 * document's.
	 */
	Source source(Section section, List<String> languages) {
		return new Source(section.id(), section.titleIn(languages),
				section.url() != null ? section.url() : corpus.info().documentUrl());
	}

	/**
	 * The reply to the decision on a question: the chosen intent's answer, else the
	 * fallback, with the intent's own explanation when it is one the document cannot
	 * answer, or the sentence saying the document has no data on the values named.
	 * @param folded the question as read (follow-up rewritten), remembered for the next
	 * turn when short enough
	 * @param ranked the intents by score, best first, whose best ones a fallback suggests
	 * @param lang the reply's language
	 * @param trace how the engine got there; its decision is replaced when the intent has
	 * no data to answer with
	 * @param operation the computation the question asks for
	 * ({@link OperationReader#asked}), if any
	 * @return the reply and the conversation's new state, in {@code lang}
	 */
	Reply reply(Decision decision, String folded, List<Scored> ranked, String lang, Trace trace, DialogState previous,
			Optional<AskedOperation> operation) {
		List<String> languages = languagesFor(lang);
		if (decision.intent().isEmpty()) {
			// A question asking a computation is not answered by a sentence that
			// holds its words ("Quelle est la différence ?"): no sentence computes.
			boolean searched = decision.noIntentFits() && operation.isEmpty();
			Optional<SentenceIndex.Match<Intent>> answering = searched
					? search.answering(folded, trace.language())
						.or(() -> decision.nearest().flatMap(i -> search.agreeing(i, folded, trace.language())))
					: Optional.empty();
			if (answering.isPresent()) {
				return replyBy(answering.get(), decision, folded, ranked, lang, trace, previous);
			}
			Optional<Answer> quote = searched ? search.quote(folded, lang, trace) : Optional.empty();
			if (quote.isPresent()) {
				return new Reply(quote.get(), previous.inLanguage(lang));
			}
			Optional<SentenceIndex.Match<Intent>> onRareWord = searched && decision.everyWordKnown()
					? search.answeringOnRareWord(folded, trace.language()) : Optional.empty();
			if (onRareWord.isPresent()) {
				return replyBy(onRareWord.get(), decision, folded, ranked, lang, trace, previous);
			}
			Optional<String> reason = decision.nothingToFollow()
					? corpus.messages().nothingToFollow().in(lang, languages)
					: fallbacks.unknownValue(decision.unknownValue(), lang, languages);
			return new Reply(fallbacks.fallback(lang, languages, ranked, reason, trace), previous.inLanguage(lang));
		}
		Intent intent = decision.intent().get();
		if (intent.unanswerable()) {
			Optional<String> explanation = intent.answer().in(lang, languages);
			return new Reply(fallbacks.fallback(lang, languages, ranked, explanation, trace),
					previous.inLanguage(lang));
		}
		if (operation.isPresent()) {
			Optional<Reply> computed = computed(operation.get(), intent, decision, ranked, folded, lang, trace);
			if (computed.isPresent()) {
				// "¿y el martes?" after a count of Monday's workshops: "¿en total?" next
				// reads both questions.
				return new Reply(computed.get().answer(), computed.get().state().withEarlier(previous));
			}
			if (operation.get().operation().needsResult()
					// "Compared with the previous review, how many more…?" of one
					// figure, with nothing to compare it with; only for an intent
					// that says it gives a number (one saying nothing of its kinds,
					// as in a corpus of questions alone, is not refused by a word).
					|| operation.get().operation() == Operation.DIFFERENCE && intent.slot().isEmpty()
							&& intent.answers().contains(AnswerKinds.NUMBER)
					|| operation.get().operation().overDates()
							&& !AnswerKinds.gives(intent, Optional.of(AnswerKinds.DATE))) {
				// "¿Qué porcentaje…?" answered by a raw figure would not answer it, nor
				// "¿cuánto duró?" an answer without dates: say the document lacks it.
				Trace cannot = withDecision(trace, trace.decision() + "; cannot compute a "
						+ operation.get().operation().key() + " from what the question names");
				return new Reply(fallbacks.fallback(lang, languages, ranked,
						fallbacks.unknownValue(true, lang, languages), cannot), previous.inLanguage(lang));
			}
		}
		Optional<String> text = compose(intent, decision.selected(), decision.useAnswerAll(), languages);
		if (text.isEmpty()) {
			Trace missing = new Trace(trace.language(), trace.corrections(), trace.masked(), trace.entities(),
					trace.intents(), trace.sections(), "intent " + intent.name() + " has no data for the values named");
			return new Reply(
					fallbacks.fallback(lang, languages, ranked, fallbacks.unknownValue(true, lang, languages), missing),
					previous.inLanguage(lang));
		}
		Answer answer = new Answer(text.get(), true, intent.name(), decision.confidence(), lang,
				sources(intent, languages), fallbacks.suggestions(intent.suggest(), languages, intent.name()), trace);
		return new Reply(answer,
				new DialogState(Optional.of(lang), Optional.of(intent.name()),
						Optional.of(folded).filter(q -> q.length() <= MAX_REMEMBERED_QUESTION_CHARS),
						decision.remembered())
					.withEarlier(previous));
	}

	/**
	 * The computed reply, by the chosen intent or, when it has no figures for what was
	 * named, by the first of the next-ranked intents that has ("¿cuántos por Zoom en
	 * promedio?" ranks the total first, the daily figures next).
	 */
	private Optional<Reply> computed(AskedOperation operation, Intent chosen, Decision decision, List<Scored> ranked,
			String folded, String lang, Trace trace) {
		List<String> languages = languagesFor(lang);
		for (Intent intent : ComputingCandidates.of(corpus, operation, chosen, decision, ranked)) {
			Optional<String> text = computations.compute(operation, intent, decision.selected(), languages);
			if (text.isPresent()) {
				// "sumando los 120 de la feria con los 80 más 15 de los talleres": a
				// computation over the values' figures that leaves out a number the
				// question quotes is not the one asked; one over what it quotes is.
				Optional<String> quoting = QuotedFigures.leavesOut(trace.masked(), text.get())
						? quotedComputation(operation, chosen, decision, folded, languages, trace) : Optional.empty();
				return quoting.map(quoted -> computedReply(quoted, chosen, operation, decision, folded, lang, trace))
					.or(() -> Optional.of(computedReply(text.get(), intent, operation, decision, folded, lang, trace)));
			}
		}
		return quotedComputation(operation, chosen, decision, folded, languages, trace)
			.map(text -> computedReply(text, chosen, operation, decision, folded, lang, trace));
	}

	/**
	 * The computation over the figures the question quotes: a value's figure it quotes
	 * ("los 120" of a value without one), else figures of the chosen intent's answer text
	 * it quotes (composed only then).
	 */
	private Optional<String> quotedComputation(AskedOperation operation, Intent chosen, Decision decision,
			String folded, List<String> languages, Trace trace) {
		return computations.overQuotedOperands(operation, decision.selected(), trace.masked(), languages)
			.or(() -> compose(chosen, decision.selected(), decision.useAnswerAll(), languages)
				.flatMap(text -> computations.overQuoted(operation, trace.masked(), folded, text, languages)));
	}

	private Reply computedReply(String text, Intent intent, AskedOperation operation, Decision decision, String folded,
			String lang, Trace trace) {
		List<String> languages = languagesFor(lang);
		Trace computedTrace = withDecision(trace,
				trace.decision() + COMPUTED + operation.operation().key() + " with " + intent.name());
		Answer answer = new Answer(text, true, intent.name(), decision.confidence(), lang, sources(intent, languages),
				fallbacks.suggestions(intent.suggest(), languages, intent.name()), computedTrace);
		// After a rank, the values it went through: "¿y juntos?" next adds the first two.
		Map<String, List<String>> remembered = RankReach.reached(operation, intent, corpus, decision.remembered())
			.orElse(decision.remembered());
		return new Reply(answer, new DialogState(Optional.of(lang), Optional.of(intent.name()),
				Optional.of(folded).filter(q -> q.length() <= MAX_REMEMBERED_QUESTION_CHARS), remembered));
	}

	/** Whether {@code answer} was computed ({@link Computations}), as its trace says. */
	static boolean computed(Answer answer) {
		return answer.trace().decision().contains(COMPUTED);
	}

	private static Trace withDecision(Trace trace, String decision) {
		return new Trace(trace.language(), trace.corrections(), trace.masked(), trace.entities(), trace.intents(),
				trace.sections(), decision);
	}

	/**
	 * The reply to a text in a language the corpus lacks, in {@code lang}: which
	 * languages the bot speaks, then the fallback's questions. Nothing of the text is
	 * read further: words of another language would only match by accident.
	 */
	Reply inOtherLanguage(String lang, Detection detection, DialogState previous) {
		List<String> languages = languagesFor(lang);
		Trace trace = new Trace(detection.language(), Map.of(), "", List.of(), List.of(), List.of(),
				"written in a language the corpus lacks");
		Optional<String> spoken = corpus.messages().languagesSpoken().in(lang, languages);
		return new Reply(fallbacks.fallback(lang, languages, List.of(), spoken, trace), previous.inLanguage(lang));
	}

	/**
	 * The answer of {@code intent} as if asked in {@code lang} naming no value: what a
	 * menu command ("/fechas") shows. The conversation continues from its first example,
	 * so "¿y el 27?" can follow.
	 */
	Reply intentReply(Intent intent, String lang, DialogState previous) {
		List<String> languages = languagesFor(lang);
		Trace trace = new Trace(lang, Map.of(), "", List.of(), List.of(new Scored(intent.name(), 1)), List.of(),
				"asked for intent " + intent.name() + " directly");
		Optional<String> text = intent.unanswerable() ? Optional.empty()
				: compose(intent, Map.of(), intent.slot().isPresent(), languages);
		if (text.isEmpty()) {
			return new Reply(fallbacks.fallback(lang, languages, List.of(), intent.answer().in(lang, languages), trace),
					previous.inLanguage(lang));
		}
		String question = intent.firstExample(lang)
			.or(() -> intent.firstExample(corpus.info().defaultLanguage()))
			.orElse("");
		Answer answer = new Answer(text.get(), true, intent.name(), 1, lang, sources(intent, languages),
				fallbacks.suggestions(intent.suggest(), languages, intent.name()), trace);
		return new Reply(answer, new DialogState(Optional.of(lang), Optional.of(intent.name()),
				Optional.of(Folding.fold(question)), previous.values()));
	}

	/**
	 * {@code lang} then the languages the corpus falls back to from it: where a text is
	 * looked for, in order.
	 */
	private List<String> languagesFor(String lang) {
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		return languages;
	}

}
