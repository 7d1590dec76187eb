package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Detection;

/**
 * The composition stage: writes what the bot says once the engine has decided, the
 * intent's answer with its placeholders filled ({@link TemplateRenderer}), its sources
 * and suggested questions, or the honest fallback with questions it can answer instead;
 * and what the conversation remembers of the turn.
 */
final class AnswerComposer {

	/**
	 * What a refusal's trace adds when an intent says what the document lacks
	 * ({@code unanswerable}), before that intent's name.
	 */
	private static final String SAYS_WHAT_IS_MISSING = "; refused by ";

	/**
	 * The longest question (folded, in characters) a conversation remembers for rewriting
	 * a follow-up ("¿y por YouTube?"): the longest question of the golden sets has 110
	 * characters. A longer one is not kept, so that conversation context stays small
	 * however long the questions people paste (issue 11); the intent and the values named
	 * are still remembered, so "¿y el 27?" still follows it.
	 */
	static final int MAX_REMEMBERED_QUESTION_CHARS = 300;

	private final Corpus corpus;

	private final IntentTexts texts;

	private final ComputedReplies computedReplies;

	private final AnswerSearch search;

	private final FallbackComposer fallbacks;

	AnswerComposer(Corpus corpus, TemplateRenderer renderer, AnswerSearch search, Computations computations) {
		this.corpus = corpus;
		this.search = search;
		this.fallbacks = new FallbackComposer(corpus);
		this.texts = new IntentTexts(corpus, renderer, computations);
		this.computedReplies = new ComputedReplies(corpus, texts, computations, fallbacks);
	}

	/** See {@link IntentTexts#compose}. */
	Optional<String> compose(Intent intent, Map<String, List<EntityValue>> selected, boolean all,
			List<String> languages) {
		return texts.compose(intent, selected, all, languages);
	}

	/**
	 * The reply by the intent whose answer holds the sentence {@code match} found for a
	 * question no intent fitted, with the share of the question it holds as confidence.
	 */
	private Reply replyBy(SentenceIndex.Match<Intent> match, Decision decision, String folded, List<Scored> ranked,
			String lang, Trace trace, DialogState previous) {
		Intent intent = match.sentence().origin();
		Decision found = Decision.answer(intent, Map.of(), false, match.coverage(), Map.of(), decision.reason());
		return reply(
				found, folded, ranked, lang, trace.withDecision(trace.decision() + "; the answer of " + intent.name()
						+ " covers " + Math.round(match.coverage() * 100) + " % of the question"),
				previous, Optional.empty());
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
		List<String> languages = texts.languagesFor(lang);
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
			Trace said = trace.withDecision(trace.decision() + SAYS_WHAT_IS_MISSING + intent.name());
			return new Reply(fallbacks.fallback(lang, languages, ranked, explanation, said), previous.inLanguage(lang));
		}
		if (operation.isPresent()) {
			Optional<Reply> computed = computedReplies.reply(operation.get(), intent, decision, ranked, folded, lang,
					trace, previous);
			if (computed.isPresent()) {
				return computed.get();
			}
		}

		Optional<String> text = compose(intent, decision.selected(), decision.useAnswerAll(), languages);
		if (text.isEmpty()) {
			Trace missing = trace.withDecision("intent " + intent.name() + " has no data for the values named");
			return new Reply(
					fallbacks.fallback(lang, languages, ranked, fallbacks.unknownValue(true, lang, languages), missing),
					previous.inLanguage(lang));
		}
		Answer answer = new Answer(text.get(), true, intent.name(), decision.confidence(), lang,
				texts.sources(intent, languages), fallbacks.suggestions(intent.suggest(), languages, intent.name()),
				trace);
		return new Reply(answer,
				new DialogState(Optional.of(lang), Optional.of(intent.name()),
						Optional.of(folded).filter(q -> q.length() <= MAX_REMEMBERED_QUESTION_CHARS),
						decision.remembered())
					.withEarlier(previous));
	}

	/**
	 * The reply to a text in a language the corpus lacks, in {@code lang}: which
	 * languages the bot speaks, then the fallback's questions. Nothing of the text is
	 * read further: words of another language would only match by accident.
	 */
	Reply inOtherLanguage(String lang, Detection detection, DialogState previous) {
		List<String> languages = texts.languagesFor(lang);
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
		List<String> languages = texts.languagesFor(lang);
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
		Answer answer = new Answer(text.get(), true, intent.name(), 1, lang, texts.sources(intent, languages),
				fallbacks.suggestions(intent.suggest(), languages, intent.name()), trace);
		return new Reply(answer, new DialogState(Optional.of(lang), Optional.of(intent.name()),
				Optional.of(Folding.fold(question)), previous.values()));
	}

	/**
	 * The intent, by name, whose text {@code answer} refuses with, saying what the
	 * document lacks and what it has instead (an {@code unanswerable} intent), as its
	 * trace says; empty for any other answer.
	 */
	static Optional<String> missingSaidBy(Answer answer) {
		String decision = answer.trace().decision();
		int at = decision.lastIndexOf(SAYS_WHAT_IS_MISSING);
		return answer.answered() || at < 0 ? Optional.empty()
				: Optional.of(decision.substring(at + SAYS_WHAT_IS_MISSING.length()));
	}

}
