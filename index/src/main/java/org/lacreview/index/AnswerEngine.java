package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Section;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.LanguageDetector;
import org.lacreview.index.text.QuestionReader;

import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Answers questions from one corpus. Built once (index, classifier, dictionaries) and then immutable and
 * safe to share between threads; a new corpus means a new engine.
 */
public final class AnswerEngine {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** The longest text read as one question. */
	public static final int MAX_QUESTION_CHARS = 2_000;

	/**
	 * The most words of one question the spelling corrector is asked about. Each word it is asked about and does
	 * not remember costs a Levenshtein automaton (≈ 0.3–1 ms of CPU): 1,000 characters of new random words cost
	 * a median 154 ms of CPU against 0.8 ms for a question of the public set, and a few clients sending them
	 * saturated both cores (issue 11); with this bound they cost 12.5 ms (bench/results/long-questions.md). The
	 * questions of the golden sets and the public set have at most 20 words, few of them unknown; a text with more
	 * unknown words than this is not a question the corpus answers, and its further words are read as written.
	 */
	static final int MAX_SPELLING_CANDIDATES = 8;

	/**
	 * The longest question (folded, in characters) a conversation remembers for rewriting a follow-up ("¿y por
	 * YouTube?"): the longest question of the golden sets has 110 characters. A longer one is not kept, so
	 * that conversation context stays small however long the questions people paste (issue 11); the intent and
	 * the values named are still remembered, so "¿y el 27?" still follows it.
	 */
	static final int MAX_REMEMBERED_QUESTION_CHARS = 300;

	private final Corpus corpus;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final Map<String, QuestionReader> readers = new HashMap<>();

	private final EntityExtractor extractor;

	private final ExampleIndex index;

	private final IntentRanker ranker;

	private final boolean rankedByClassifier;

	private final LanguageDetector detector;

	private final AnswerComposer composer;

	private final DialogResolver dialog;

	/** Per intent, the entity families nearly all its examples name (see {@link DefiningFamilies}). */
	private final Map<String, Set<String>> definingFamilies;

	/** Analysed terms of every example: a word whose stem is here is a known word, however it is inflected. */
	private final Set<String> knownStems = new HashSet<>();

	/** Families with values that have dates: a date in a question must select one of theirs to fit. */
	private final Set<String> datedFamilies = new HashSet<>();

	/** @param maxTrainingCells the largest corpus (examples × intents) the intent classifier is trained on */
	private AnswerEngine(Corpus corpus, long maxTrainingCells) {
		this.corpus = corpus;
		// The language model and the classifier are the slow parts of a build and independent of the Lucene
		// index: they are made on two named threads while this one indexes.
		ExecutorService build = Executors.newFixedThreadPool(2, new BuildThreads());
		try {
			Future<LanguageDetectorModel> languageModel = build.submit(LanguageDetector::loadModel);
			this.analyzers = new LinkedHashMap<>();
			corpus.languages().forEach((code, pack) -> analyzers.put(code, new LanguageAnalyzer(pack)));
			corpus.languages().forEach((code, pack) -> readers.put(code, new QuestionReader(pack.phrasing())));
			this.extractor = new EntityExtractor(corpus);
			List<Example> examples = new ArrayList<>();
			List<String[]> masked = new ArrayList<>();
			List<Set<String>> terms = new ArrayList<>();
			List<Map.Entry<String, List<String>>> samples = new ArrayList<>();
			Map<String, Set<String>> examplesNamed = new HashMap<>();
			DefiningFamilies defining = new DefiningFamilies();
			for (Example example : corpus.intents().stream().flatMap(i -> i.examples().stream())
				.filter(e -> analyzers.containsKey(e.language())).toList()) {
				Extraction extraction = extractor.extract(example.text(), example.language());
				if (example.intent().equals(Intent.OUT_OF_SCOPE) && !extraction.uncoveredInQuestion().isEmpty()) {
					// An out-of-scope example that names something the document does not cover ("¿y la revisión
					// de Europa?") is already refused by that name; learning from it would only teach that the
					// rest of its wording, an ordinary question, is out of scope.
					continue;
				}
				examples.add(example);
				String text = extraction.masked();
				examplesNamed.computeIfAbsent(example.intent(), k -> new HashSet<>()).addAll(extraction.namedValues());
				defining.add(example.intent(), extraction.selectedFamilies());
				List<String> exampleTerms = analyzers.get(example.language()).terms(text);
				masked.add(new String[] { example.language(), text });
				terms.add(new HashSet<>(exampleTerms));
				samples.add(Map.entry(example.intent(), exampleTerms));
			}
			Future<Optional<IntentClassifier>> classifier = build.submit(() -> IntentClassifier.trainedOn(samples, maxTrainingCells));
			Vocabulary vocabulary = Vocabulary.of(corpus);
			this.index = new ExampleIndex(analyzers, corpus.info().defaultLanguage(), masked, corpus.sections(),
					vocabulary.spelling());
			terms.forEach(t -> t.stream().filter(x -> !x.startsWith(LanguageAnalyzer.ENTITY_PREFIX)).forEach(knownStems::add));
			Map<String, String> slots = new HashMap<>();
			corpus.intents().forEach(i -> i.slot().ifPresent(slot -> slots.put(i.name(), slot)));
			this.rankedByClassifier = classifier.get().isPresent();
			this.ranker = new IntentRanker(index, classifier.get(), analyzers, examples, terms, slots,
					IntentVocabulary.of(corpus, analyzers, examples, terms, examplesNamed), corpus.info().coverageWeight(),
					examplesNamed, defining.byIntent(), corpus.intents().stream()
						.collect(java.util.stream.Collectors.toMap(Intent::name, Intent::sections, (a, b) -> a)));
			this.definingFamilies = defining.byIntent();
			this.detector = new LanguageDetector(languageModel.get(), corpus.info().languages(), vocabulary.byLanguage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while building the engine", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
		}
		finally {
			build.shutdown();
		}
		this.composer = new AnswerComposer(corpus, new TemplateRenderer(corpus.familiesByName()));
		this.dialog = new DialogResolver(corpus, definingFamilies);
		corpus.families().stream().filter(f -> f.values().stream().anyMatch(v -> v.date().isPresent()))
			.forEach(f -> datedFamilies.add(f.name()));
	}

	/** Names the build threads so a thread dump says what they are. */
	private static final class BuildThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "answer-engine-build-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}

	public static AnswerEngine build(Corpus corpus) {
		return new AnswerEngine(corpus, IntentClassifier.MAX_TRAINING_CELLS);
	}

	/** As {@link #build(Corpus)}, training the classifier only up to another corpus size (examples × intents). */
	static AnswerEngine build(Corpus corpus, long maxTrainingCells) {
		return new AnswerEngine(corpus, maxTrainingCells);
	}

	public Corpus corpus() {
		return corpus;
	}

	/** The index; for tests. */
	ExampleIndex index() {
		return index;
	}

	/**
	 * Whether the intent classifier was trained; false for a corpus too large to train it on, which is then
	 * ranked by retrieval alone and answers somewhat less well.
	 */
	public boolean rankedByClassifier() {
		return rankedByClassifier;
	}

	/**
	 * As {@link #answer(String, LanguageHints, DialogState)} with only a channel's hint: the web API's
	 * {@code language} field, which never overrides the language a question is clearly written in.
	 *
	 * @param channel the language the channel suggests (ISO 639-1), else empty
	 */
	public Reply answer(String question, Optional<String> channel, DialogState previous) {
		return answer(question, LanguageHints.channel(channel), previous);
	}

	/**
	 * Answers one question of a conversation. The question is understood in the language it is written in
	 * ({@link LanguageDetector}: its words and OpenNLP's model; ties go to the conversation's language, then the
	 * channel's hint, then the default). The reply is in, in order: the asker's explicit choice; the question's
	 * language when detection is confident; the conversation's language (so "ok" or "gracias" keep it); the
	 * channel's hint; the question's language as far as its words tell, when most of them are words of the
	 * corpus's languages; the corpus's default. A question in a language the corpus lacks is not read: it gets, in the language the hints or the
	 * conversation give (else the default), the sentence naming the languages the bot speaks and the usual
	 * suggestions, {@code answered: false}.
	 *
	 * @param question the text as typed; only the first {@value #MAX_QUESTION_CHARS} characters are read
	 * @param hints the channel's knowledge of the asker's language
	 * @param previous the conversation so far ({@link DialogState#EMPTY} for a new one)
	 * @return the answer and the conversation's new state, whose language is the reply's
	 */
	public Reply answer(String question, LanguageHints hints, DialogState previous) {
		String message = Folding.visible(bounded(question));
		Optional<String> conversation = previous.language().filter(analyzers::containsKey);
		Optional<String> channel = hints.channel().filter(analyzers::containsKey);
		Optional<String> chosen = hints.chosen().filter(analyzers::containsKey);
		LanguageDetector.Detection detection = detector.detection(message, conversation, channel);
		if (detection.foreign()) {
			return inOtherLanguage(chosen.or(() -> conversation).or(() -> channel)
				.orElse(corpus.info().defaultLanguage()), detection, previous);
		}
		String lang = detection.language();
		String replyLang = chosen.or(() -> Optional.of(lang).filter(l -> detection.confident()))
			.or(() -> conversation).or(() -> channel)
			.orElse(detection.mostlyKnown() ? lang : corpus.info().defaultLanguage());
		Map<String, String> corrections = new LinkedHashMap<>();
		String corrected = correctSpelling(readers.get(lang).read(Folding.fold(message)), lang, corrections);
		Extraction extraction = extractor.extract(corrected, lang, previous.values());
		Optional<String> rewritten = rewriteFollowUp(extraction, lang, previous);
		if (rewritten.isPresent()) {
			extraction = extractor.extract(rewritten.get(), lang, previous.values());
		}
		List<String> fallbacks = corpus.info().fallbacksFor(lang);
		Set<String> remembered = extraction.leansOnContext() ? previous.values().keySet() : Set.of();
		List<Scored> sections = index.sections(analyzers.get(corpus.info().defaultLanguage()).terms(extraction.masked()), 3)
			.stream().map(h -> new Scored(corpus.sections().get(h.ord()).id(), h.score())).toList();
		Map<String, Double> relativeSections = new HashMap<>();
		sections.stream().filter(s -> s.score() > 0)
			.forEach(s -> relativeSections.put(s.name(), s.score() / sections.get(0).score()));
		IntentRanker.Entities entities = new IntentRanker.Entities(extraction.selectedFamilies(), extraction.namedValues(),
				remembered, extraction.familiesContradictedByDates(datedFamilies), relativeSections);
		List<Scored> ranked = ranker.rank(extraction.masked(), lang, fallbacks.isEmpty() ? null : fallbacks.get(0), entities);
		List<String> mentions = extraction.mentions().stream()
			.map(m -> m.tag() + ":" + (m.values().isEmpty() ? "?" : m.values().stream().map(EntityValue::id).toList()))
			.toList();
		String masked = extraction.masked();
		DialogResolver.Decision decision = dialog.decide(extraction, ranked, previous,
				ranker.foreignShare(masked, lang), intent -> ranker.coverage(intent, masked, lang),
				readers.get(lang).hasQuestionWord(corrected));
		List<String> languages = new ArrayList<>(List.of(replyLang));
		languages.addAll(corpus.info().fallbacksFor(replyLang));
		Trace trace = new Trace(lang, corrections, extraction.masked(), mentions, ranked.stream().limit(5).toList(),
				sections, decision.reason());
		if (decision.intent().isEmpty()) {
			return new Reply(composer.fallback(replyLang, languages, ranked, unknownValue(decision.unknownValue(), replyLang, languages), trace),
					previous.inLanguage(replyLang));
		}
		Intent intent = decision.intent().get();
		if (intent.unanswerable()) {
			Optional<String> explanation = intent.answer().in(replyLang, languages);
			return new Reply(composer.fallback(replyLang, languages, ranked, explanation, trace), previous.inLanguage(replyLang));
		}
		Optional<String> text = composer.compose(intent, decision.selected(), decision.useAnswerAll(), languages);
		if (text.isEmpty()) {
			Trace missing = new Trace(lang, corrections, extraction.masked(), mentions, trace.intents(), sections,
					"intent " + intent.name() + " has no data for the values named");
			return new Reply(composer.fallback(replyLang, languages, ranked, unknownValue(true, replyLang, languages), missing),
					previous.inLanguage(replyLang));
		}
		Answer answer = new Answer(text.get(), true, intent.name(), decision.confidence(), replyLang, composer.sources(intent),
				composer.suggestions(intent.suggest(), languages, intent.name()), trace);
		return new Reply(answer, new DialogState(Optional.of(replyLang), Optional.of(intent.name()),
				Optional.of(extraction.folded()).filter(q -> q.length() <= MAX_REMEMBERED_QUESTION_CHARS),
				decision.remembered()));
	}

	/**
	 * The reply to a text in a language the corpus lacks, in {@code lang}: which languages the bot speaks, then
	 * the fallback's questions. Nothing of the text is read further: words of another language would only
	 * match by accident.
	 */
	private Reply inOtherLanguage(String lang, LanguageDetector.Detection detection, DialogState previous) {
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		Trace trace = new Trace(detection.language(), Map.of(), "", List.of(), List.of(), List.of(),
				"written in a language the corpus lacks");
		return new Reply(composer.fallback(lang, languages, List.of(), corpus.messages().languagesSpoken().in(lang, languages),
				trace), previous.inLanguage(lang));
	}

	/**
	 * The answer of the intent called {@code name}, as if asked in {@code language} naming no value: what a
	 * menu command ("/fechas") shows. The conversation continues from it, so "¿y el 27?" can follow.
	 *
	 * @throws IllegalArgumentException when the corpus has no such intent
	 */
	public Reply answerIntent(String name, String language, DialogState previous) {
		Intent intent = corpus.intent(name)
			.orElseThrow(() -> new IllegalArgumentException("the corpus has no intent named '" + name + "'"));
		String lang = analyzers.containsKey(language) ? language : corpus.info().defaultLanguage();
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(corpus.info().fallbacksFor(lang));
		Trace trace = new Trace(lang, Map.of(), "", List.of(), List.of(new Scored(name, 1)), List.of(),
				"asked for intent " + name + " directly");
		Optional<String> text = intent.unanswerable() ? Optional.empty()
				: composer.compose(intent, Map.of(), intent.slot().isPresent(), languages);
		if (text.isEmpty()) {
			return new Reply(composer.fallback(lang, languages, List.of(), intent.answer().in(lang, languages), trace),
					previous.inLanguage(lang));
		}
		String question = intent.firstExample(lang).or(() -> intent.firstExample(corpus.info().defaultLanguage())).orElse("");
		Answer answer = new Answer(text.get(), true, intent.name(), 1, lang, composer.sources(intent),
				composer.suggestions(intent.suggest(), languages, intent.name()), trace);
		return new Reply(answer, new DialogState(Optional.of(lang), Optional.of(intent.name()),
				Optional.of(Folding.fold(question)), previous.values()));
	}

	/**
	 * At most the first {@value #MAX_QUESTION_CHARS} characters (never half an emoji): no question is longer,
	 * and the cost of answering a pasted wall of text stays bounded.
	 */
	private static String bounded(String text) {
		if (text.length() <= MAX_QUESTION_CHARS) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(MAX_QUESTION_CHARS - 1)) ? MAX_QUESTION_CHARS - 1 : MAX_QUESTION_CHARS;
		return text.substring(0, end);
	}

	/** The sentence saying the document has no data on what was named, when that is why the bot falls back. */
	private Optional<String> unknownValue(boolean named, String lang, List<String> languages) {
		return named ? corpus.messages().unknownValue().in(lang, languages) : Optional.empty();
	}

	/**
	 * Reads "¿y por X?" as the previous question with X in place of the value of the same kind it named:
	 * after "¿cuántos entraron por Zoom?", "¿y por YouTube?" is "¿cuántos entraron por YouTube?".
	 */
	private Optional<String> rewriteFollowUp(Extraction extraction, String lang, DialogState previous) {
		if (!extraction.followUp() || !extraction.isShort() || extraction.mentions().isEmpty()
				|| previous.question().isEmpty()) {
			return Optional.empty();
		}
		String question = previous.question().get();
		Extraction before = extractor.extract(question, lang);
		Map<Mention, Mention> replacements = new java.util.TreeMap<>(
				java.util.Comparator.comparingInt(Mention::start).reversed());
		for (Mention now : extraction.mentions()) {
			Optional<Mention> same = before.mentions().stream()
				.filter(m -> m.tag().equals(now.tag()) && !replacements.containsKey(m)).findFirst();
			if (same.isEmpty()) {
				return Optional.empty();
			}
			replacements.put(same.get(), now);
		}
		// From the end of the question backwards, so earlier offsets stay valid.
		StringBuilder out = new StringBuilder(question);
		replacements.forEach((old, now) -> out.replace(old.start(), old.end(), now.text()));
		return Optional.of(out.toString());
	}

	public Reply answer(String message) {
		return answer(message, Optional.empty(), DialogState.EMPTY);
	}

	private boolean knowsStem(String language, String word) {
		List<String> stems = analyzers.get(language).terms(word);
		return !stems.isEmpty() && knownStems.containsAll(stems);
	}

	/**
	 * Replaces words the corpus does not know by the closest word it knows in the question's language
	 * ("reunon" → "reunion"). A word whose stem the examples know ("estructurada") is left alone; only the
	 * first {@value #MAX_SPELLING_CANDIDATES} unknown words are looked up, the others are left as written.
	 */
	private String correctSpelling(String folded, String language, Map<String, String> corrections) {
		Matcher words = WORD.matcher(folded);
		StringBuilder out = new StringBuilder();
		int at = 0;
		int candidates = 0;
		while (words.find()) {
			String word = words.group();
			out.append(folded, at, words.start());
			String replacement = word;
			if (candidates < MAX_SPELLING_CANDIDATES && word.length() >= 4 && !index.knowsWord(language, word)
					&& !knowsStem(language, word)) {
				candidates++;
				replacement = index.spellingSuggestion(language, word).orElse(word);
				if (!replacement.equals(word)) {
					corrections.put(word, replacement);
				}
			}
			out.append(replacement);
			at = words.end();
		}
		return out.append(folded.substring(at)).toString();
	}
}
