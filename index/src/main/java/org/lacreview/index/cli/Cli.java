package org.lacreview.index.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.lacreview.index.Answer;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.CrossValidation;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenReport;
import org.lacreview.index.golden.GoldenRunner;
import org.lacreview.index.golden.GoldenSet;
import org.lacreview.index.golden.NluBenchmark;
import org.lacreview.index.golden.Observation;
import org.lacreview.index.golden.SettingsSearch;
import org.lacreview.index.golden.Tally;

/**
 * The command line for staff and developers: ask a question, validate a corpus, run
 * golden tests, and sweep the answer threshold. Usage is printed by {@code help}.
 */
public final class Cli {

	private static final String USAGE = """
			usage:
			  ask <corpus-dir> <question…>          answer a question and show how ("q1 | q2" asks in turn)
			  validate <corpus-dir> [--strict]      check a corpus; errors and warnings name file and line;
			                                        --strict: a key the bot does not read is an error, as when publishing
			  golden <corpus-dir> [file-or-dir]     run golden tests (default <corpus-dir>/golden)
			  calibrate <corpus-dir> [file-or-dir] [--folds k] [--seed n] [--settings]
			                                        choose the threshold: k-fold cross-validation (k=5) on the
			                                        corpus's examples, plus the golden tests when present;
			                                        --settings: choose coverage_weight and character_trigrams too
			  keep-model <corpus-dir> <dir>         train the corpus's intent model and write it to <dir>/<key>.bin
			                                        (the bot's build ships the bundled corpus's model this way)
			  nlu-benchmark <file.json> [corpus-dir] [--folds k] [--seed n]
			                                        score an intent benchmark of Braun et al. (2017): calibrate on
			                                        its training sentences (settings and threshold), score its
			                                        test sentences
			                                        (language pack and default threshold from corpus-dir, default corpus)
			""";

	/**
	 * Published F1 on the test sentences of the benchmarks of Braun et al. (2017), summed
	 * as this counts it.
	 */
	private static final Map<String, String> PUBLISHED = Map.of("AskUbuntuCorpus",
			"NLP.js 0.94, Watson 0.92, LUIS 0.90, Rasa (2017) 0.86");

	private final PrintStream out;

	Cli(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(new Cli(System.out).run(args));
	}

	/**
	 * @return the process exit code: 0 when all is well, 1 when the corpus has errors, 2
	 * on bad usage
	 */
	int run(String[] args) {
		if (args.length < 2) {
			out.print(USAGE);
			return 2;
		}
		Path corpus = Path.of(args[1]);
		List<String> rest = Arrays.asList(args).subList(2, args.length);
		try {
			return switch (args[0]) {
				case "ask" -> ask(corpus, String.join(" ", rest));
				case "validate" -> validate(corpus, strict(rest));
				case "golden" -> golden(corpus, rest);
				case "calibrate" -> calibrate(corpus, Options.parse(rest));
				case "nlu-benchmark" -> benchmark(corpus, Options.parse(rest));
				case "keep-model" -> keepModel(corpus, rest);
				default -> {
					out.print(USAGE);
					yield 2;
				}
			};
		}
		catch (CorpusException ex) {
			out.println(ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.print(USAGE);
			return 2;
		}
	}

	/**
	 * Trains the corpus's intent model (or finds it already there) and keeps it in the
	 * directory {@code rest} names, as {@code <key>.bin}.
	 */
	private int keepModel(Path corpus, List<String> rest) {
		if (rest.size() != 1) {
			throw new IllegalArgumentException("keep-model needs one directory");
		}
		Path directory = Path.of(rest.get(0));
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(corpus), new ModelDirectory(directory));
		out.println(engine.rankedByClassifier() ? "intent model kept in " + directory
				: "no intent model: the corpus is too large to train one");
		return 0;
	}

	/** One question, or several separated by " | " asked in turn as one conversation. */
	private int ask(Path corpus, String questions) {
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(corpus));
		DialogState state = DialogState.EMPTY;
		for (String question : questions.split("\\s+\\|\\s+")) {
			var reply = engine.answer(question, Optional.empty(), state);
			state = reply.state();
			Answer answer = reply.answer();
			out.println("> " + question);
			out.println(answer.text());
			out.printf(Locale.ROOT, "answered=%s intent=%s confidence=%.2f language=%s%n", answer.answered(),
					answer.intent(), answer.confidence(), answer.language());
			answer.sources().forEach(s -> out.println("source: " + s.title() + " <" + s.url() + ">"));
			answer.suggestions().forEach(s -> out.println("suggestion: " + s));
			out.println("trace: " + answer.trace());
			out.println();
		}
		return 0;
	}

	/**
	 * Prints the corpus's warnings (keys the bot does not read among them) and its size;
	 * 0 when it loads, even with warnings. Strict, a key the bot does not read is an
	 * error (exit 1), as the bot's publish gate has it.
	 */
	private int validate(Path corpus, boolean strict) {
		CorpusLoader.Loaded loaded = strict ? CorpusLoader.loadStrict(corpus) : CorpusLoader.loadWithWarnings(corpus);
		loaded.warnings().forEach(out::println);
		// GoldenSet names a golden file without its folder: said here, so staff find it.
		List<Problem> golden = Files.isDirectory(corpus.resolve("golden"))
				? GoldenSet.read(corpus.resolve("golden")).warnings() : List.of();
		golden.stream().map(p -> strict ? p.asError() : p).forEach(p -> out.println("golden/" + p));
		if (strict && !golden.isEmpty()) {
			return 1;
		}
		Corpus c = loaded.corpus();
		out.printf(Locale.ROOT, "ok: %d sections, %d entity families, %d intents, %d examples, languages %s%n",
				c.sections().size(), c.families().size(), c.intents().size(), c.exampleCount(), c.info().languages());
		return loaded.warnings().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR) ? 1 : 0;
	}

	private int golden(Path corpus, List<String> rest) {
		long start = System.nanoTime();
		Corpus c = CorpusLoader.load(corpus);
		AnswerEngine engine = AnswerEngine.build(c);
		long built = System.nanoTime();
		GoldenSet.Loaded read = GoldenSet.read(goldenPath(corpus, rest));
		read.warnings().forEach(out::println);
		List<GoldenItem> items = read.items();
		GoldenReport report = GoldenRunner.run(engine, items);
		long done = System.nanoTime();
		out.print(report.format());
		out.printf(Locale.ROOT, "%ncorpus loaded and engine built in %d ms; %d items answered in %d ms%n",
				(built - start) / 1_000_000, items.size(), (done - built) / 1_000_000);
		return 0;
	}

	/**
	 * Cross-validates on the corpus's examples, scores the golden tests with the whole
	 * corpus when there are any, sweeps the threshold over both and prints the one to
	 * set.
	 */
	private int calibrate(Path corpus, Options options) {
		long start = System.nanoTime();
		Corpus loaded = CorpusLoader.load(corpus);
		Path golden = goldenPath(corpus, options.positional());
		Corpus c = options.settings() ? SettingsSearch.apply(loaded, searchSettings(loaded, candidate -> {
			List<Observation> all = new ArrayList<>(CrossValidation.run(candidate, options.folds(), options.seed()));
			if (Files.exists(golden)) {
				all.addAll(
						GoldenRunner.observe(AnswerEngine.build(candidate.withThreshold(0)), GoldenSet.load(golden)));
			}
			return all;
		}, new CalibrationOutput(out))) : loaded;
		Map<String, List<Observation>> groups = new LinkedHashMap<>();
		List<Observation> folds = CrossValidation.run(c, options.folds(), options.seed());
		groups.put(options.folds() + "-fold cross-validation", folds);
		List<Observation> all = new ArrayList<>(folds);
		if (Files.exists(golden)) {
			List<Observation> turns = GoldenRunner.observe(AnswerEngine.build(c.withThreshold(0)),
					GoldenSet.load(golden));
			groups.put("golden", turns);
			all.addAll(turns);
			groups.put("cross-validation + golden", all);
		}
		out.printf(Locale.ROOT, "%d examples of %d intents in %d folds (seed %d)%s; P = right answers / answers, "
				+ "R = right answers / answerable, F1 summed per intent with out_of_scope as one, wrong = answers given that are wrong%n%n",
				c.exampleCount(), c.intents().size(), options.folds(), options.seed(),
				Files.exists(golden) ? "; golden tests of " + golden + " asked of the whole corpus" : "");
		CalibrationOutput print = new CalibrationOutput(out);
		Tally chosen = print.sweep(groups);
		out.println();
		for (Map.Entry<String, List<Observation>> group : groups.entrySet()) {
			print.summary(group.getKey(), Tally.of(group.getValue(), chosen.threshold()));
		}
		out.printf(Locale.ROOT,
				"%nchosen threshold: %.2f (best F1 %.3f; ties go to fewer wrong answers, then the higher threshold)%n",
				chosen.threshold(), chosen.f1());
		out.printf(Locale.ROOT, "to use it, set  threshold: %.2f  in %s (now %.2f)%n", chosen.threshold(),
				corpus.resolve("corpus.yml"), loaded.info().threshold());
		out.printf(Locale.ROOT, "took %d ms%n", (System.nanoTime() - start) / 1_000_000);
		return 0;
	}

	/**
	 * The settings a {@link SettingsSearch} over {@code observe} chose, after printing
	 * every candidate's figures.
	 */
	private static SettingsSearch.Result searchSettings(Corpus corpus, Function<Corpus, List<Observation>> observe,
			CalibrationOutput print) {
		List<SettingsSearch.Result> results = SettingsSearch.run(corpus, observe);
		SettingsSearch.Result chosen = SettingsSearch.best(results);
		print.settings(results, chosen);
		return chosen;
	}

	/**
	 * Calibrates on a benchmark's training sentences alone (classifier settings and
	 * threshold), then scores its test sentences.
	 */
	private int benchmark(Path file, Options options) {
		long start = System.nanoTime();
		NluBenchmark benchmark = NluBenchmark.read(file);
		Path base = options.positional().isEmpty() ? Path.of("corpus") : Path.of(options.positional().get(0));
		Corpus defaults = CorpusLoader.load(base);
		Corpus corpus = benchmark.corpus(defaults);
		out.printf(Locale.ROOT,
				"%s: %d training and %d test sentences, %d intents (None is out_of_scope); language pack "
						+ "and default threshold from %s%n%n",
				benchmark.name(), benchmark.training().size(), benchmark.test().size(), corpus.intents().size(), base);
		CalibrationOutput print = new CalibrationOutput(out);
		// A new corpus has no settings of its own yet: they are chosen with the
		// threshold.
		SettingsSearch.Result settings = searchSettings(corpus,
				c -> CrossValidation.run(c, options.folds(), options.seed()), print);
		corpus = SettingsSearch.apply(corpus, settings);
		Map<String, List<Observation>> groups = new LinkedHashMap<>();
		// The chosen settings' cross-validation, already run by the search.
		groups.put(options.folds() + "-fold cross-validation on training", settings.observations());
		Tally chosen = print.sweep(groups);
		out.printf(Locale.ROOT, "%nchosen threshold: %.2f (cross-validation F1 %.3f, seed %d)%n%n", chosen.threshold(),
				chosen.f1(), options.seed());
		List<Observation> test = benchmark.observeTest(AnswerEngine.build(corpus.withThreshold(0)));
		Tally calibrated = Tally.of(test, chosen.threshold());
		out.printf(Locale.ROOT, "test sentences at the chosen threshold %.2f:%n", chosen.threshold());
		print.perIntent(calibrated);
		print.summary("test sentences", calibrated);
		print.summary("test sentences, default threshold of " + base.resolve("corpus.yml"),
				Tally.of(test, defaults.info().threshold()));
		out.printf(Locale.ROOT, "%nF1 on %s: %.3f at the cross-validated threshold, %.3f at the default threshold%n",
				benchmark.name(), calibrated.f1(), Tally.of(test, defaults.info().threshold()).f1());
		if (PUBLISHED.containsKey(benchmark.name())) {
			out.println("published F1 (Braun et al. 2017 counting): " + PUBLISHED.get(benchmark.name()));
		}
		out.printf(Locale.ROOT, "took %d ms%n", (System.nanoTime() - start) / 1_000_000);
		return 0;
	}

	/** Whether {@code validate}'s options are {@code --strict}; nothing else is one. */
	private static boolean strict(List<String> options) {
		if (options.stream().anyMatch(o -> !o.equals("--strict"))) {
			throw new IllegalArgumentException("validate takes only --strict after the corpus: " + options);
		}
		return !options.isEmpty();
	}

	private static Path goldenPath(Path corpus, List<String> rest) {
		return rest.isEmpty() ? corpus.resolve("golden") : Path.of(rest.get(0));
	}

}
