package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.AskedKind;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.LanguageDetector;
import org.lacreview.index.text.QuestionReader;
import org.lacreview.index.text.QuestionSplitter;

import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The build stage: from a corpus to the parts an {@link AnswerEngine} answers with. Every
 * example is read by the {@link EntityExtractor} (values masked) and analysed in its
 * language; the analysed examples and the document's sections make the Lucene
 * {@link ExampleIndex}, and the same terms train the {@link IntentClassifier} and make
 * the {@link IntentVocabulary} and {@link DefiningFamilies}; OpenNLP's language model is
 * loaded for the {@link LanguageDetector}.
 */
final class EngineBuilder {

	/**
	 * What one corpus's engine is made of; all of it immutable once built, or safe to
	 * share between threads.
	 *
	 * @param rankedByClassifier whether the intent classifier was trained (see
	 * {@link AnswerEngine#rankedByClassifier()})
	 * @param datedFamilies families with values that have dates: a date in a question
	 * must select one of theirs to fit
	 */
	record Parts(Map<String, LanguageAnalyzer> analyzers, Map<String, QuestionReader> readers,
			EntityExtractor extractor, SpellingCorrector spelling, FollowUpRewriter followUps, ExampleIndex index,
			IntentRanker ranker, boolean rankedByClassifier, LanguageChoice languageChoice, AnswerComposer composer,
			DialogResolver dialog, Set<String> datedFamilies, UnknownNames unknownNames,
			Map<String, QuestionSplitter> splitters, PartsComposer partsComposer, Computations computations,
			OperationReader operations, Map<String, AskedKind> askedKinds, FigureHolders figureHolders) {
	}

	/**
	 * An example with what the entity extractor read in it and the analysed terms of its
	 * masked text.
	 */
	private record ReadExample(Example example, Extraction extraction, List<String> terms) {
	}

	private EngineBuilder() {
	}

	/**
	 * @param maxTrainingCells the largest corpus (examples × intents) the intent
	 * classifier is trained on
	 * @param models where a model trained before on the same examples is loaded from, and
	 * a new one kept
	 * @throws IllegalStateException when interrupted, or when a build step fails with a
	 * checked exception
	 */
	static Parts build(Corpus corpus, long maxTrainingCells, TrainedModels models) {
		// The language model and the classifier are the slow parts of a build and
		// independent of the Lucene
		// index: they are made on two named threads while this one indexes.
		ExecutorService build = Executors.newFixedThreadPool(2, new BuildThreads());
		try {
			Future<LanguageDetectorModel> languageModel = build.submit(LanguageDetector::loadModel);
			Map<String, LanguageAnalyzer> analyzers = new LinkedHashMap<>();
			corpus.languages().forEach((code, pack) -> analyzers.put(code, new LanguageAnalyzer(pack)));
			Map<String, QuestionReader> readers = new HashMap<>();
			corpus.languages().forEach((code, pack) -> readers.put(code, new QuestionReader(pack.phrasing())));
			Map<String, AskedKind> askedKinds = new HashMap<>();
			Set<String> given = AnswerKinds.listed(corpus);
			corpus.languages().forEach((code, pack) -> askedKinds.put(code, new AskedKind(pack.phrasing(), given)));
			Map<String, QuestionSplitter> splitters = new HashMap<>();
			corpus.languages()
				.forEach((code, pack) -> splitters.put(code,
						new QuestionSplitter(pack.phrasing(), pack.stopwords(), pack.dates().rangeOpeners())));
			FiguresInTexts figuresInTexts = new FiguresInTexts(corpus);
			EntityExtractor extractor = new EntityExtractor(corpus,
					(other, value) -> figuresInTexts.inTextsOf(other, value).isPresent());
			List<Example> examples = new ArrayList<>();
			List<String[]> analysed = new ArrayList<>();
			List<Set<String>> terms = new ArrayList<>();
			List<Map.Entry<String, List<String>>> samples = new ArrayList<>();
			Map<String, Set<String>> examplesNamed = new HashMap<>();
			DefiningFamilies defining = new DefiningFamilies();
			// Each example is read and analysed on its own, so on every core, in order:
			// on a large corpus this was
			// the larger half of the build.
			List<ReadExample> read = corpus.intents()
				.stream()
				.flatMap(i -> i.examples().stream())
				.filter(e -> analyzers.containsKey(e.language()))
				.toList()
				.parallelStream()
				.map(e -> {
					Extraction extraction = extractor.extractExample(e.text(), e.language());
					return new ReadExample(e, extraction, analyzers.get(e.language()).terms(extraction.masked()));
				})
				.toList();
			List<String> maskedExamples = new ArrayList<>();
			for (ReadExample each : read) {
				Example example = each.example();
				Extraction extraction = each.extraction();
				if (example.intent().equals(Intent.OUT_OF_SCOPE) && !extraction.uncoveredInQuestion().isEmpty()) {
					// An out-of-scope example that names something the document does not
					// cover ("¿y la revisión
					// de Europa?") is already refused by that name; learning from it
					// would only teach that the
					// rest of its wording, an ordinary question, is out of scope.
					continue;
				}
				examples.add(example);
				maskedExamples.add(extraction.masked());
				examplesNamed.computeIfAbsent(example.intent(), k -> new HashSet<>()).addAll(extraction.namedValues());
				defining.add(example.intent(), extraction.selectedFamilies());
				List<String> exampleTerms = each.terms();
				analysed.add(new String[] { example.language(), String.join(" ", exampleTerms) });
				terms.add(new HashSet<>(exampleTerms));
				samples.add(Map.entry(example.intent(), exampleTerms));
			}
			Future<Optional<IntentClassifier>> classifier = build.submit(() -> IntentClassifier.trainedOn(samples,
					maxTrainingCells, models, IntentClassifier.Features.of(corpus.info().characterTrigrams())));
			Vocabulary vocabulary = Vocabulary.of(corpus);
			ExampleIndex index = new ExampleIndex(analyzers, corpus.info().defaultLanguage(), analysed,
					corpus.sections(), vocabulary.spelling());
			Set<String> knownStems = new HashSet<>();
			terms.forEach(t -> t.stream()
				.filter(x -> !x.startsWith(LanguageAnalyzer.ENTITY_PREFIX))
				.forEach(knownStems::add));
			// The words of the values' names are the corpus's too: "começaram" is an
			// inflection of the "começou" of a name, no typo of another word.
			corpus.families()
				.forEach(family -> family.values()
					.forEach(value -> value.names()
						.forEach((language, names) -> Optional.ofNullable(analyzers.get(language))
							.ifPresent(analyzer -> names.forEach(name -> knownStems.addAll(analyzer.terms(name)))))));
			Map<String, String> slots = new HashMap<>();
			corpus.intents().forEach(i -> i.slot().ifPresent(slot -> slots.put(i.name(), slot)));
			IntentVocabulary intentVocabulary = IntentVocabulary.of(corpus, analyzers, examples, terms, examplesNamed);
			IntentRanker ranker = new IntentRanker(index, classifier.get(), analyzers, examples, terms, slots,
					intentVocabulary, corpus.info().coverageWeight(), examplesNamed, defining.byIntent(),
					corpus.intents().stream().collect(Collectors.toMap(Intent::name, Intent::sections, (a, b) -> a)),
					new ExactExamples(examples, maskedExamples));
			LanguageDetector detector = new LanguageDetector(languageModel.get(), corpus.info().languages(),
					vocabulary.byLanguage(), vocabulary.functionWords(), vocabulary.pairs());
			Set<String> datedFamilies = new HashSet<>();
			corpus.families()
				.stream()
				.filter(f -> f.values().stream().anyMatch(v -> v.date().isPresent()))
				.forEach(f -> datedFamilies.add(f.name()));
			Computations computations = new Computations(corpus, defining.mentioned(), datedFamilies, figuresInTexts);
			return new Parts(analyzers, readers, extractor,
					new SpellingCorrector(index, analyzers, knownStems,
							vocabulary.byLanguage().values().stream().flatMap(Set::stream).collect(Collectors.toSet())),
					new FollowUpRewriter(extractor, corpus), index, ranker, classifier.get().isPresent(),
					new LanguageChoice(detector, analyzers.keySet(), corpus.info().defaultLanguage()),
					new AnswerComposer(corpus, new TemplateRenderer(corpus.familiesByName()),
							new AnswerSearch(corpus, searchAnalyzers(corpus), askedKinds), computations),
					new DialogResolver(corpus, defining.byIntent(), defining.mentioned(), examplesNamed, figuresInTexts,
							analyzers),
					datedFamilies, UnknownNames.of(corpus.languages(), analyzers, intentVocabulary.answerable()),
					splitters, new PartsComposer(corpus), computations, new OperationReader(corpus, analyzers),
					askedKinds, new FigureHolders(corpus, figuresInTexts));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while building the engine", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			build.shutdown();
		}
	}

	/**
	 * Per corpus language, the analyser that searches sentences: plurals folded before
	 * stemming
	 * ({@link LanguageAnalyzer#LanguageAnalyzer(org.lacreview.index.corpus.LanguagePack, boolean)}).
	 */
	private static Map<String, LanguageAnalyzer> searchAnalyzers(Corpus corpus) {
		Map<String, LanguageAnalyzer> search = new LinkedHashMap<>();
		corpus.languages().forEach((code, pack) -> search.put(code, new LanguageAnalyzer(pack, true)));
		return search;
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

}
