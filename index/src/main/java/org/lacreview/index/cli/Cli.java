package org.lacreview.index.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lacreview.index.Answer;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.CorpusInfo;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenReport;
import org.lacreview.index.golden.GoldenRunner;
import org.lacreview.index.golden.GoldenSet;

/**
 * The command line for staff and developers: ask a question, validate a corpus, run golden tests, and sweep
 * the answer threshold. Usage is printed by {@code help}.
 */
public final class Cli {

	private static final String USAGE = """
			usage:
			  ask <corpus-dir> <question…>          answer a question and show how ("q1 | q2" asks in turn)
			  validate <corpus-dir>                 check a corpus; errors name file and line
			  golden <corpus-dir> [file-or-dir]     run golden tests (default <corpus-dir>/golden)
			  calibrate <corpus-dir> [file-or-dir]  golden accuracy for thresholds 0.20…0.70
			""";

	private final PrintStream out;

	Cli(PrintStream out) {
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(new Cli(System.out).run(args));
	}

	/** @return the process exit code: 0 when all is well, 1 when the corpus has errors, 2 on bad usage */
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
				case "validate" -> validate(corpus);
				case "golden" -> golden(corpus, rest);
				case "calibrate" -> calibrate(corpus, rest);
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

	private int validate(Path corpus) {
		CorpusLoader.Loaded loaded = CorpusLoader.loadWithWarnings(corpus);
		loaded.warnings().forEach(out::println);
		Corpus c = loaded.corpus();
		out.printf("ok: %d sections, %d entity families, %d intents, %d examples, languages %s%n", c.sections().size(),
				c.families().size(), c.intents().size(), c.exampleCount(), c.info().languages());
		return loaded.warnings().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR) ? 1 : 0;
	}

	private int golden(Path corpus, List<String> rest) {
		long start = System.nanoTime();
		Corpus c = CorpusLoader.load(corpus);
		AnswerEngine engine = AnswerEngine.build(c);
		long built = System.nanoTime();
		List<GoldenItem> items = GoldenSet.load(goldenPath(corpus, rest));
		GoldenReport report = GoldenRunner.run(engine, items);
		long done = System.nanoTime();
		out.print(report.format());
		out.printf(Locale.ROOT, "%ncorpus loaded and engine built in %d ms; %d items answered in %d ms%n",
				(built - start) / 1_000_000, items.size(), (done - built) / 1_000_000);
		return 0;
	}

	private int calibrate(Path corpus, List<String> rest) {
		Corpus c = CorpusLoader.load(corpus);
		List<GoldenItem> items = GoldenSet.load(goldenPath(corpus, rest));
		for (int step = 20; step <= 70; step += 5) {
			double threshold = step / 100.0;
			CorpusInfo info = c.info();
			Corpus at = new Corpus(new CorpusInfo(info.title(), info.documentTitle(), info.documentUrl(), info.languages(),
					info.languageFallback(), threshold), c.languages(), c.messages(), c.telegram(), c.sections(), c.families(),
					c.intents());
			GoldenReport report = GoldenRunner.run(AnswerEngine.build(at), items);
			out.printf(Locale.ROOT, "threshold %.2f: %d/%d = %.1f%%%n", threshold, report.passed(), report.total(),
					100 * report.accuracy());
		}
		return 0;
	}

	private static Path goldenPath(Path corpus, List<String> rest) {
		return rest.isEmpty() ? corpus.resolve("golden") : Path.of(rest.get(0));
	}
}
