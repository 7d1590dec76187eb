package org.lacreview.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.LanguageDetector;
import org.lacreview.index.text.QuestionReader;
import org.lacreview.index.text.QuestionSplitter;
import org.lacreview.index.text.Statements;

/**
 * Answers questions from one corpus. Built once ({@link EngineBuilder}: index,
 * classifier, dictionaries) and then immutable and safe to share between threads; a new
 * corpus means a new engine. {@link #answer(String, LanguageHints, DialogState)} runs the
 * stages listed in this package's documentation, in order.
 */
public final class AnswerEngine {

	/** The longest text read as one question. */
	public static final int MAX_QUESTION_CHARS = 2_000;

	/** A figure written in digits: a sentence giving one states what a question uses. */
	private static final Pattern FIGURE = Pattern.compile("\\p{N}");

	private final Corpus corpus;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final Map<String, QuestionReader> readers;

	private final EntityExtractor extractor;

	private final SpellingCorrector spelling;

	private final boolean rankedByClassifier;

	private final LanguageChoice languageChoice;

	private final AnswerComposer composer;

	private final Map<String, QuestionSplitter> splitters;

	private final AnswerListing listing;

	private final QuestionAnswerer answerer;

	private final SmallTalkSentences smallTalkSentences;

	private final OperationReader operations;

	private final PartAnswers partAnswers;

	private AnswerEngine(Corpus corpus, EngineBuilder.Parts parts) {
		this.corpus = corpus;
		this.analyzers = parts.analyzers();
		this.readers = parts.readers();
		this.extractor = parts.extractor();
		this.spelling = parts.spelling();
		this.rankedByClassifier = parts.rankedByClassifier();
		this.languageChoice = parts.languageChoice();
		this.composer = parts.composer();
		this.splitters = parts.splitters();
		this.listing = new AnswerListing(parts.extractor(), corpus);
		this.answerer = new QuestionAnswerer(corpus, parts, listing);
		this.smallTalkSentences = new SmallTalkSentences(corpus);
		this.operations = parts.operations();
		this.partAnswers = new PartAnswers(parts.extractor(), parts.operations(), answerer, parts.partsComposer(),
				parts.splitters());
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
			// A message mixing two languages ("Can you tell me quién opened the
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
		Predicate<String> namesValue = piece -> extractor.extract(piece, lang)
			.mentions()
			.stream()
			.anyMatch(Mention::isCovered);
		Predicate<String> asksComputation = piece -> operations.asked(piece, lang).isPresent();
		String corrected = spelling.correct(
				readers.get(lang)
					.read(Folding.fold(splitters.get(lang).withAccentedQuestionsMarked(message)),
							// A preamble that names a value, asks a computation ("En
							// promedio, ¿cuántos…?"), names a family with figures ("De
							// las
							// categorías de registrados, ¿cuántas…?") or a family's whole
							// ("Frente a los inscritos de la feria, ¿qué porcentaje…?")
							// is
							// part of the question.
							namesValue.or(asksComputation)
								.or(operations::namesAFamilyWithFigures)
								.or(piece -> operations.namesAWhole(piece, lang)),
							new Statements(namesValue, asksComputation.or(piece -> FIGURE.matcher(piece).find()))),
				lang, corrections);
		// Several questions in one message (QuestionSplitter): each answered in turn, in
		// the conversation so far.
		List<String> parts = splitters.get(lang).split(corrected);
		if (parts.size() == 1) {
			Reply reply = answerer.answerRead(message, corrected, lang, languages.reply(), corrections, previous);
			return reply.answer().answered() ? reply : smallTalkUncut(message, corrected, lang, languages, previous)
				.or(() -> smallTalkSentences.reply(readers.get(lang).sentencesAndStatements(Folding.fold(message)),
						readers.get(lang)::aboutTheAsker,
						sentence -> answerer.answerRead(message, sentence, lang, languages.reply(),
								new LinkedHashMap<>(), previous)))
				.or(() -> partAnswers.eachAtItsQuestionMark(message, corrected, lang, languages, corrections, previous))
				.or(() -> partAnswers.eachListedRequest(message, corrected, lang, languages, corrections, previous))
				.orElse(reply);
		}
		return partAnswers.answer(parts, false, message, corrected, lang, languages, corrections, previous);
	}

	/**
	 * "Hello! All good?": the sentence the reader left out for asking nothing was what
	 * the message says. The whole message, read without leaving any sentence out, when
	 * small talk answers it with a score at the threshold or above; empty otherwise, and
	 * when that reading is {@code read}, the question as already read.
	 */
	private Optional<Reply> smallTalkUncut(String message, String read, String lang, LanguageChoice.Languages languages,
			DialogState previous) {
		String folded = Folding.fold(message);
		Map<String, String> corrections = new LinkedHashMap<>();
		String whole = spelling.correct(folded, lang, corrections);
		if (whole.equals(read)) {
			// The reader left nothing out: the same reading again would be refused again.
			return Optional.empty();
		}
		Reply reply = answerer.answerRead(message, whole, lang, languages.reply(), corrections, previous);
		// Scoring as high as any answer must: small talk answered below the threshold
		// ("hey, quick question, …" read as asking for help) is a guess.
		boolean smallTalk = reply.answer().answered() && reply.answer().confidence() >= corpus.info().threshold()
				&& corpus.intent(reply.answer().intent()).filter(i -> !i.answersFromTheDocument()).isPresent();
		return smallTalk ? Optional.of(reply) : Optional.empty();
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
