package org.lacreview.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.AskedKind;
import org.lacreview.index.text.LanguageDetector;
import org.lacreview.index.text.QuestionReader;
import org.lacreview.index.text.QuestionSplitter;

/**
 * Answers questions from one corpus. Built once ({@link EngineBuilder}: index,
 * classifier, dictionaries) and then immutable and safe to share between threads; a new
 * corpus means a new engine. {@link #answer(String, LanguageHints, DialogState)} runs the
 * stages listed in this package's documentation, in order.
 */
public final class AnswerEngine {

	/** The longest text read as one question. */
	public static final int MAX_QUESTION_CHARS = 2_000;

	private final Corpus corpus;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final Map<String, QuestionReader> readers;

	private final Map<String, AskedKind> askedKinds;

	private final EntityExtractor extractor;

	private final SpellingCorrector spelling;

	private final FollowUpRewriter followUps;

	private final IntentRanker ranker;

	private final boolean rankedByClassifier;

	private final LanguageChoice languageChoice;

	private final AnswerComposer composer;

	private final DialogResolver dialog;

	private final UnknownNames unknownNames;

	private final Map<String, QuestionSplitter> splitters;

	private final PartsComposer partsComposer;

	private final Computations computations;

	private final OperationReader operations;

	private final AnswerListing listing;

	private final QuestionRanking questionRanking;

	private AnswerEngine(Corpus corpus, EngineBuilder.Parts parts) {
		this.corpus = corpus;
		this.analyzers = parts.analyzers();
		this.readers = parts.readers();
		this.askedKinds = parts.askedKinds();
		this.extractor = parts.extractor();
		this.spelling = parts.spelling();
		this.followUps = parts.followUps();
		this.ranker = parts.ranker();
		this.rankedByClassifier = parts.rankedByClassifier();
		this.languageChoice = parts.languageChoice();
		this.composer = parts.composer();
		this.dialog = parts.dialog();
		this.unknownNames = parts.unknownNames();
		this.splitters = parts.splitters();
		this.partsComposer = parts.partsComposer();
		this.computations = parts.computations();
		this.operations = parts.operations();
		this.listing = new AnswerListing(parts.extractor(), corpus);
		this.questionRanking = new QuestionRanking(corpus, parts.index(), parts.analyzers(), parts.ranker(),
				parts.datedFamilies());
	}

	/**
	 * Builds the engine of one corpus (see {@link EngineBuilder}): seconds for the
	 * bundled corpus, most of it training the intent classifier.
	 */
	public static AnswerEngine build(Corpus corpus) {
		return build(corpus, TrainedModels.none());
	}

	/**
	 * As {@link #build(Corpus)}, loading the intent model from {@code models} when it
	 * holds the one these examples train (a start with a version published before), and
	 * keeping there one it trains.
	 */
	public static AnswerEngine build(Corpus corpus, TrainedModels models) {
		return new AnswerEngine(corpus, EngineBuilder.build(corpus, IntentClassifier.MAX_TRAINING_CELLS, models));
	}

	/**
	 * As {@link #build(Corpus)}, training the classifier only up to another corpus size
	 * (examples × intents).
	 */
	static AnswerEngine build(Corpus corpus, long maxTrainingCells) {
		return new AnswerEngine(corpus, EngineBuilder.build(corpus, maxTrainingCells, TrainedModels.none()));
	}

	/** The corpus this engine answers from. */
	public Corpus corpus() {
		return corpus;
	}

	/** The spelling corrector; for tests. */
	SpellingCorrector spelling() {
		return spelling;
	}

	/**
	 * Whether the intent classifier was trained; false for a corpus too large to train it
	 * on, which is then ranked by retrieval alone and answers somewhat less well.
	 */
	public boolean rankedByClassifier() {
		return rankedByClassifier;
	}

	/**
	 * As {@link #answer(String, LanguageHints, DialogState)} with only a channel's hint:
	 * the web API's {@code language} field, which never overrides the language a question
	 * is clearly written in.
	 * @param channel the language the channel suggests (ISO 639-1), else empty
	 */
	public Reply answer(String question, Optional<String> channel, DialogState previous) {
		return answer(question, LanguageHints.channel(channel), previous);
	}

	/**
	 * Answers one question of a conversation. The question is understood in the language
	 * it is written in ({@link LanguageDetector}: its words and OpenNLP's model; ties go
	 * to the conversation's language, then the channel's hint, then the default). The
	 * reply is in, in order: the asker's explicit choice; the question's language when
	 * detection is confident; the conversation's language (so "ok" or "gracias" keep it);
	 * the channel's hint; the question's language as far as its words tell, when most of
	 * them are words of the corpus's languages (one or several); the corpus's default
	 * ({@link LanguageChoice}). A question in a language the corpus lacks is not read: it
	 * gets, in the language the hints or the conversation give (else the default), the
	 * sentence naming the languages the bot speaks and the usual suggestions,
	 * {@code answered: false}.
	 * @param question the text as typed; only the first {@value #MAX_QUESTION_CHARS}
	 * characters are read
	 * @param hints the channel's knowledge of the asker's language
	 * @param previous the conversation so far ({@link DialogState#EMPTY} for a new one)
	 * @return the answer and the conversation's new state, whose language is the reply's
	 */
	public Reply answer(String question, LanguageHints hints, DialogState previous) {
		String message = Folding.visible(bounded(question));
		// 1. Language: the question's, and the reply's (LanguageChoice,
		// LanguageDetector).
		LanguageChoice.Languages languages = languageChoice.choose(message, hints, previous);
		if (languages.detection().foreign()) {
			return composer.inOtherLanguage(languages.reply(), languages.detection(), previous);
		}
		Reply reply = answerIn(languages.detection().language(), message, languages, previous);
		Optional<String> borrowed = languages.detection().mixedWith();
		if (Answer.FALLBACK.equals(reply.answer().intent()) && borrowed.isPresent()) {
			// A message mixing two languages ("Can you tell me quién inauguró the
			// meeting?") not understood in the one it was read in may be in the other.
			Reply other = answerIn(borrowed.get(), message, languages, previous);
			if (other.answer().answered()) {
				return other;
			}
		}
		return reply;
	}

	/**
	 * Stages 2 to 9 for {@code message} read in {@code lang}, the reply in
	 * {@code languages.reply()}.
	 */
	private Reply answerIn(String lang, String message, LanguageChoice.Languages languages, DialogState previous) {
		// 2. Reading (QuestionReader) and 3. spelling (SpellingCorrector).
		Map<String, String> corrections = new LinkedHashMap<>();
		String corrected = spelling.correct(
				readers.get(lang)
					.read(Folding.fold(message),
							piece -> extractor.extract(piece, lang).mentions().stream().anyMatch(Mention::isCovered)),
				lang, corrections);
		// Several questions in one message (QuestionSplitter): each answered in turn, in
		// the conversation so far.
		List<String> parts = splitters.get(lang).split(corrected);
		if (parts.size() == 1) {
			return answerRead(message, corrected, lang, languages.reply(), corrections, previous);
		}
		List<Reply> replies = new ArrayList<>();
		DialogState state = previous;
		for (String part : parts) {
			Reply reply = answerRead(message, part, lang, languages.reply(), corrections, state);
			replies.add(reply);
			state = reply.state();
		}
		if (replies.stream().anyMatch(r -> !r.answer().answered())) {
			// A part that makes no sense alone ("¿la transmitieron por YouTube? ¿cuántos
			// la vieron por ahí?") may
			// make sense read with the rest: the whole message, when it is answered, is
			// the better reading.
			Reply whole = answerRead(message, corrected, lang, languages.reply(), corrections, previous);
			if (whole.answer().answered()) {
				return whole;
			}
		}
		return partsComposer.combine(parts, replies, languages.reply());
	}

	/**
	 * Stages 4 to 9 for one question read from {@code message} ({@code corrected}: read
	 * and spelling-corrected).
	 */
	private Reply answerRead(String message, String corrected, String lang, String replyLanguage,
			Map<String, String> corrections, DialogState previous) {
		// 4. Entities (EntityExtractor), and 5. a follow-up read as the previous question
		// (FollowUpRewriter). "¿y el
		// segundo?" after the largest group is the second largest (OperationReader), not
		// the second value named.
		Extraction named = extractor.extract(corrected, lang, previous.values());
		Optional<Intent> previousIntent = previous.intent().flatMap(corpus::intent);
		Optional<OperationReader.Asked> askedAsWritten = operations.asked(named, lang, previousIntent);
		boolean ranksAfter = askedAsWritten.filter(o -> o.operation().isRank()).isPresent();
		Extraction extraction = followUps.inContext(named, lang, previous, ranksAfter);
		// 6. Sections (ExampleIndex) and 7. intents (IntentRanker).
		QuestionRanking.Ranked ranking = questionRanking.rank(extraction, lang, previous);
		List<Scored> ranked = ranking.intents();
		List<Scored> sections = ranking.sections();
		List<String> mentions = extraction.mentions()
			.stream()
			.map(m -> m.tag() + ":" + (m.values().isEmpty() ? "?" : m.values().stream().map(EntityValue::id).toList()))
			.toList();
		// 8. The decision (DialogResolver).
		String masked = extraction.masked();
		// The computation asked for, read once for the decision and the reply.
		// Read again only when the follow-up stage rewrote the question.
		Optional<OperationReader.Asked> operation = extraction == named ? askedAsWritten
				: operations.asked(extraction, lang, previousIntent);
		boolean closedWorld = corpus.info().closedWorld();
		boolean asksAboutUnknown = closedWorld
				&& readers.get(lang).afterKeyCue(masked).map(c -> ranker.startsWithForeignTerm(c, lang)).orElse(false);
		Optional<String> unknownName = closedWorld
				? unknownNames.firstIn(message, masked.substring(readers.get(lang).questionStart(masked)))
				: Optional.empty();
		Decision decision = dialog.decide(extraction, ranked, previous,
				new Reading(ranker.foreignShare(masked, lang), readers.get(lang).hasQuestionWord(corrected),
						asksAboutUnknown, unknownName, operation.map(OperationReader.Asked::operation),
						operation.flatMap(OperationReader.Asked::counted), askedKinds.get(lang).in(corrected)),
				intent -> ranker.coverage(intent, masked, lang),
				(intent, selected) -> operation.isPresent() && corpus.intent(intent)
					.flatMap(i -> computations.compute(operation.get(), i, selected, List.of(lang)))
					.isPresent());
		Optional<String> question = decision.intent().isEmpty() ? readers.get(lang).fromQuestionWord(corrected)
				: Optional.empty();
		if (question.isPresent()
				&& namesNothing(message, corrected.substring(0, corrected.length() - question.get().length()), lang)) {
			// A run-on whose question comes after words no intent knows ("mira te cuento
			// que estamos armando una nota y necesitamos saber cuántos…"): the question
			// from its first interrogative on, when that is answered. Words before it
			// that name something (a platform, a name) may be what it is about: then not.
			Reply fromQuestion = answerRead(message, question.get(), lang, replyLanguage, corrections, previous);
			if (fromQuestion.answer().answered()) {
				return fromQuestion;
			}
		}
		// 9. The reply (AnswerComposer).
		Trace trace = new Trace(lang, corrections, extraction.masked(), mentions, ranked.stream().limit(5).toList(),
				sections, decision.reason());
		Reply reply = composer.reply(decision, extraction.folded(), ranked, replyLanguage, trace, previous, operation);
		return listing.remember(reply, previous, extraction.selectedFamilies(), decision.useAnswerAll());
	}

	/**
	 * Whether {@code text}, read from {@code message}, names no value of the corpus and
	 * no capitalised name the corpus does not know.
	 */
	private boolean namesNothing(String message, String text, String lang) {
		return extractor.extract(text, lang).mentions().isEmpty() && unknownNames.firstIn(message, text).isEmpty();
	}

	/**
	 * The answer of the intent called {@code name}, as if asked in {@code language}
	 * naming no value: what a menu command ("/fechas") shows. The conversation continues
	 * from it, so "¿y el 27?" can follow.
	 * @throws IllegalArgumentException when the corpus has no such intent
	 */
	public Reply answerIntent(String name, String language, DialogState previous) {
		Intent intent = corpus.intent(name)
			.orElseThrow(() -> new IllegalArgumentException("the corpus has no intent named '" + name + "'"));
		// A menu command names nothing: all the answer names is what it lists.
		return listing.remember(
				composer.intentReply(intent,
						analyzers.containsKey(language) ? language : corpus.info().defaultLanguage(), previous),
				previous, Set.of(), true);
	}

	/**
	 * At most the first {@value #MAX_QUESTION_CHARS} characters (never half an emoji): no
	 * question is longer, and the cost of answering a pasted wall of text stays bounded.
	 */
	private static String bounded(String text) {
		if (text.length() <= MAX_QUESTION_CHARS) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(MAX_QUESTION_CHARS - 1)) ? MAX_QUESTION_CHARS - 1
				: MAX_QUESTION_CHARS;
		return text.substring(0, end);
	}

	/** A first question with no language hint: for the command line and tests. */
	public Reply answer(String message) {
		return answer(message, Optional.empty(), DialogState.EMPTY);
	}

}
