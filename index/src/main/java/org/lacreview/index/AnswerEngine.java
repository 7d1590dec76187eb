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

	private final EntityExtractor extractor;

	private final ExampleIndex index;

	private final IntentRanker ranker;

	private final boolean rankedByClassifier;

	private final LanguageDetector detector;

	private final AnswerComposer composer;

	private final DialogResolver dialog;

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
			this.extractor = new EntityExtractor(corpus);
			List<Example> examples = new ArrayList<>();
			List<String[]> masked = new ArrayList<>();
			List<Set<String>> terms = new ArrayList<>();
			List<Map.Entry<String, List<String>>> samples = new ArrayList<>();
			Map<String, Set<String>> examplesNamed = new HashMap<>();
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
					answerableTerms(corpus, examples, terms), examplesNamed, corpus.intents().stream()
						.collect(java.util.stream.Collectors.toMap(Intent::name, Intent::sections, (a, b) -> a)));
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
		this.dialog = new DialogResolver(corpus);
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

	/** Per language, the terms of everything the bot can answer: examples, answers, value names, sections. */
	private Map<String, Set<String>> answerableTerms(Corpus corpus, List<Example> examples, List<Set<String>> terms) {
		Map<String, Set<String>> known = new HashMap<>();
		analyzers.keySet().forEach(l -> known.put(l, new HashSet<>()));
		for (int i = 0; i < examples.size(); i++) {
			Example example = examples.get(i);
			if (!example.intent().equals(Intent.OUT_OF_SCOPE)) {
				known.get(example.language()).addAll(terms.get(i));
			}
		}
		for (Intent intent : corpus.intents()) {
			for (Localized answer : List.of(intent.answer(), intent.answerAll())) {
				answer.texts().forEach((language, text) -> {
					if (known.containsKey(language)) {
						known.get(language).addAll(analyzers.get(language).terms(text));
					}
				});
			}
		}
		corpus.families().forEach(f -> f.values().stream().filter(EntityValue::inDocument).forEach(v -> {
			List<String> texts = new ArrayList<>(v.allNames());
			v.attributes().values().stream().filter(a -> a instanceof Localized).map(a -> (Localized) a)
				.forEach(l -> texts.addAll(l.texts().values()));
			analyzers.forEach((language, analyzer) -> texts.forEach(t -> known.get(language).addAll(analyzer.terms(t))));
		}));
		LanguageAnalyzer document = analyzers.get(corpus.info().defaultLanguage());
		corpus.sections().forEach(s -> known.get(document.language()).addAll(document.terms(s.title() + " " + s.body())));
		return known;
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
	 * @param language the asker's language when the channel knows it (e.g. Telegram's language_code), else
	 * empty to detect it
	 */
	public Reply answer(String question, Optional<String> language, DialogState previous) {
		String message = Folding.visible(bounded(question));
		String lang = language.filter(analyzers::containsKey)
			.orElseGet(() -> detector.detect(message, previous.language()));
		Map<String, String> corrections = new LinkedHashMap<>();
		String corrected = correctSpelling(Folding.fold(message), lang, corrections);
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
		DialogResolver.Decision decision = dialog.decide(extraction, ranked, previous,
				ranker.hasForeignWords(extraction.masked(), lang));
		List<String> languages = new ArrayList<>(List.of(lang));
		languages.addAll(fallbacks);
		Trace trace = new Trace(lang, corrections, extraction.masked(), mentions, ranked.stream().limit(5).toList(),
				sections, decision.reason());
		if (decision.intent().isEmpty()) {
			return new Reply(composer.fallback(lang, languages, ranked, unknownValue(decision.unknownValue(), lang, languages), trace),
					previous.inLanguage(lang));
		}
		Intent intent = decision.intent().get();
		if (intent.unanswerable()) {
			Optional<String> explanation = intent.answer().in(lang, languages);
			return new Reply(composer.fallback(lang, languages, ranked, explanation, trace), previous.inLanguage(lang));
		}
		Optional<String> text = composer.compose(intent, decision.selected(), decision.useAnswerAll(), languages);
		if (text.isEmpty()) {
			Trace missing = new Trace(lang, corrections, extraction.masked(), mentions, trace.intents(), sections,
					"intent " + intent.name() + " has no data for the values named");
			return new Reply(composer.fallback(lang, languages, ranked, unknownValue(true, lang, languages), missing),
					previous.inLanguage(lang));
		}
		Answer answer = new Answer(text.get(), true, intent.name(), decision.confidence(), lang, composer.sources(intent),
				composer.suggestions(intent.suggest(), languages, intent.name()), trace);
		return new Reply(answer, new DialogState(Optional.of(lang), Optional.of(intent.name()),
				Optional.of(extraction.folded()).filter(q -> q.length() <= MAX_REMEMBERED_QUESTION_CHARS),
				decision.remembered()));
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
