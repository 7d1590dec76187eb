package org.lacreview.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * How the engine scales with the corpus: for the real corpus ×1, ×10, ×100, ×1,000 (see
 * {@link SyntheticCorpus}), the corpus load time, the engine build time (Lucene index +
 * OpenNLP training + language model), the heap in use after the build (after GC, engine
 * and corpus reachable), and the answer latency p50/p99 over the public questions. Each
 * size runs in its own JVM (a clean heap to measure, and an out-of-memory or a time-out
 * ends only that size), with a time limit; when the limit is reached its thread dump is
 * kept in the log, so the table says where it was.
 * <p>
 * Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar org.lacreview.bench.ScaleBenchmark}
 * [factors, default 1,10,30,100,1000]. System properties: {@code bench.scale.timeout}
 * (seconds per size, 600), {@code bench.scale.xmx} (child heap, 6g),
 * {@code bench.scale.out} (bench/results), {@code bench.scale.keepGoing} (try the larger
 * sizes even after one missed the limit; by default they are reported as not run).
 * {@code --write N dir} only writes the corpus ×N, and {@code --measure dir N} measures
 * one (what each child JVM runs), to profile one size by hand; {@code --replot} draws
 * scale.png again from scale.md. Writes {@code scale.md}, {@code scale.png} and one
 * {@code scale-xN.log} per size.
 */
public final class ScaleBenchmark {

	private static final String RESULT = "RESULT ";

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--measure")) {
			measure(Path.of(args[1]), Integer.parseInt(args[2]));
			return;
		}
		if (args.length > 0 && args[0].equals("--replot")) {
			// Redraws scale.png from scale.md (the figures of the last run), e.g. after a
			// change to the plot.
			Path out = Path.of(System.getProperty("bench.scale.out", "bench/results"));
			ScalePlot.draw(readTable(out.resolve("scale.md")), out.resolve("scale.png"));
			return;
		}
		if (args.length > 0 && args[0].equals("--write")) {
			// Only writes a corpus ×N (to profile one size by hand: --measure <dir> <N>
			// with JFR or jcmd).
			System.out.println(SyntheticCorpus.write(Questions.corpus(), Path.of(args[2]), Integer.parseInt(args[1])));
			return;
		}
		int[] factors = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1, 10, 30, 100, 1000 };
		boolean keepGoing = Boolean.getBoolean("bench.scale.keepGoing");
		long timeout = Long.getLong("bench.scale.timeout", 600);
		String xmx = System.getProperty("bench.scale.xmx", "6g");
		Path out = Path.of(System.getProperty("bench.scale.out", "bench/results"));
		Files.createDirectories(out);
		List<Row> rows = new ArrayList<>();
		Row stopped = null;
		for (int factor : factors) {
			if (stopped != null && !keepGoing) {
				// A corpus ten times larger does not build faster: once a size misses the
				// limit, larger ones are not
				// tried (-Dbench.scale.keepGoing=true tries them anyway).
				Row skipped = new Row(factor, 0, 0, 0, 0, 0, loadAverage(), Map.of(),
						"not run: ×" + stopped.factor() + " already " + shortStatus(stopped.status()));
				rows.add(skipped);
				System.out.println(skipped.markdown());
				continue;
			}
			Row row = runOne(factor, timeout, xmx, out);
			rows.add(row);
			System.out.println(row.markdown());
			if (!row.status().startsWith("ok")) {
				stopped = row;
			}
		}
		String table = table(rows, timeout, xmx);
		Files.writeString(out.resolve("scale.md"), table, StandardCharsets.UTF_8);
		ScalePlot.draw(rows, out.resolve("scale.png"));
		System.out.println();
		System.out.println(table);
		System.out.println("wrote " + out.resolve("scale.md") + " and " + out.resolve("scale.png"));
	}

	/**
	 * One size's figures; a size that did not finish has only what it got to, and
	 * {@code status} says why.
	 */
	record Row(int factor, int sections, int intents, int examples, long corpusBytes, double generateSeconds,
			String loadAverage, Map<String, String> values, String status) {

		Optional<Double> number(String key) {
			return Optional.ofNullable(values.get(key)).map(Double::parseDouble);
		}

		String cell(String key, double divide, String format) {
			return number(key).map(v -> String.format(Locale.ROOT, format, v / divide)).orElse("—");
		}

		String markdown() {
			if (sections == 0) {
				return String.format(Locale.ROOT, "| ×%,d | | | | | | | | | | | | %s | %s |", factor, loadAverage,
						status);
			}
			return String.format(Locale.ROOT,
					"| ×%,d | %,d | %,d | %,d | %.1f | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s |", factor,
					sections, intents, examples, corpusBytes / 1e6, generateSeconds, cell("load_ms", 1000, "%.1f"),
					cell("heap_load_bytes", 1 << 20, "%,.0f"), cell("build_ms", 1000, "%.1f"),
					cell("heap_bytes", 1 << 20, "%,.0f"), cell("p50_us", 1000, "%.2f"), cell("p99_us", 1000, "%.2f"),
					values.getOrDefault("answers", "—"), loadAverage, status);
		}
	}

	/** The rows of a scale.md written by {@link #table}, enough to plot them again. */
	private static List<Row> readTable(Path md) throws IOException {
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
			if (!line.startsWith("| ×")) {
				continue;
			}
			String[] c = line.split("\\|", -1);
			int factor = Integer.parseInt(c[1].trim().substring(1).replace(",", ""));
			String status = c[c.length - 2].trim();
			Map<String, String> values = new LinkedHashMap<>();
			if (status.startsWith("ok")) {
				values.put("build_ms", Double.toString(Double.parseDouble(c[9].trim()) * 1000));
				values.put("p50_us", Double.toString(Double.parseDouble(c[11].trim()) * 1000));
				values.put("p99_us", Double.toString(Double.parseDouble(c[12].trim()) * 1000));
			}
			rows.add(new Row(factor, 1, 0, 0, 0, 0, "", values, status));
		}
		return rows;
	}

	private static String shortStatus(String status) {
		int paren = status.indexOf(" (");
		return paren > 0 ? status.substring(0, paren) : status;
	}

	private static String table(List<Row> rows, long timeout, String xmx) {
		StringBuilder md = new StringBuilder();
		md.append(
				"| corpus | sections | intents | examples | corpus MB | written s | load s | heap after load MiB | build s | heap after build MiB | p50 ms | p99 ms | answers timed | load avg (start→end) | status |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
		rows.forEach(r -> md.append(r.markdown()).append('\n'));
		md.append("\nEach size in its own JVM (-Xmx")
			.append(xmx)
			.append(", limit ")
			.append(timeout)
			.append(" s); ")
			.append(LocalDateTime.now(ZoneOffset.UTC)
				.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT))
				.substring(0, 16))
			.append(". written = generating the corpus files (not part of the limit); load = CorpusLoader.load; build = AnswerEngine.build (Lucene index, OpenNLP training, language model); heap = used after System.gc() with the corpus (and then the engine) reachable; latency = engine.answer over the public questions, cycling, after a warm-up; load avg = /proc/loadavg (1 min) on this 2-core machine.\n");
		return md.toString();
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
			return parts[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static Row runOne(int factor, long timeout, String xmx, Path out) throws Exception {
		Path dir = Files.createTempDirectory("corpus-x" + factor + "-");
		Files.delete(dir);
		String loadBefore = loadAverage();
		long start = System.nanoTime();
		System.out.printf(Locale.ROOT, "×%d: writing the corpus to %s …%n", factor, dir);
		SyntheticCorpus.Stats stats = SyntheticCorpus.write(Questions.corpus(), dir, factor);
		double generated = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"×%d: %,d sections, %,d intents, %,d examples, %.1f MB in all, written in %.1f s; measuring (limit %d s) …%n",
				factor, stats.sections(), stats.intents(), stats.examples(), stats.bytes() / 1e6, generated, timeout);
		Path log = out.resolve("scale-x" + factor + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+UseG1GC",
				"-Dorg.slf4j.simpleLogger.log.opennlp=info", "-Dbench.questions=" + Questions.path()));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleBenchmark.class.getName(),
				"--measure", dir.toString(), Integer.toString(factor)));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		String status;
		try {
			if (child.waitFor(timeout, TimeUnit.SECONDS)) {
				status = child.exitValue() == 0 ? "ok"
						: "failed (exit " + child.exitValue() + ", see " + log.getFileName() + ")";
			}
			else {
				dumpThreads(child.pid(), log);
				status = "stopped after " + timeout + " s (thread dump in " + log.getFileName() + ")";
				child.destroy();
				if (!child.waitFor(10, TimeUnit.SECONDS)) {
					child.destroyForcibly().waitFor();
				}
			}
		}
		finally {
			SyntheticCorpus.delete(dir);
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		Map<String, String> values = new LinkedHashMap<>();
		lines.stream().filter(l -> l.startsWith(RESULT)).forEach(l -> {
			for (String pair : l.substring(RESULT.length()).trim().split("\\s+")) {
				String[] kv = pair.split("=", 2);
				values.put(kv[0], kv[1]);
			}
		});
		if (status.equals("ok") && "0".equals(values.get("classifier"))) {
			status = "ok, retrieval only (too large for the classifier)";
		}
		if (lines.stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
			status = "out of memory (-Xmx" + xmx + "), " + status;
		}
		return new Row(factor, stats.sections(), stats.intents(), stats.examples(), stats.bytes(), generated,
				loadBefore + "→" + loadAverage(), values, status);
	}

	private static void dumpThreads(long pid, Path log) {
		try {
			String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
			Process dump = new ProcessBuilder(jcmd, Long.toString(pid), "Thread.print").redirectErrorStream(true)
				.start();
			byte[] text = dump.getInputStream().readAllBytes();
			dump.waitFor(30, TimeUnit.SECONDS);
			Files.write(log, ("\n==== thread dump at the time limit ====\n").getBytes(StandardCharsets.UTF_8),
					java.nio.file.StandardOpenOption.APPEND);
			Files.write(log, text, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException | InterruptedException ex) {
			System.err.println("no thread dump: " + ex);
		}
	}

	/**
	 * In the child JVM: load, build, measure, print one RESULT line (progress lines as it
	 * goes).
	 */
	private static void measure(Path dir, int factor) {
		List<Questions.Turn> questions = Questions.load();
		long t0 = System.nanoTime();
		Corpus corpus = CorpusLoader.load(dir);
		long t1 = System.nanoTime();
		result("load_ms", (t1 - t0) / 1e6);
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		result("heap_load_bytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		progress("×%d loaded in %.1f s; building the engine", factor, (t1 - t0) / 1e9);
		t1 = System.nanoTime();
		AnswerEngine engine = AnswerEngine.build(corpus);
		long t2 = System.nanoTime();
		result("build_ms", (t2 - t1) / 1e6);
		result("classifier", engine.rankedByClassifier() ? 1 : 0);
		progress("×%d built in %.1f s", factor, (t2 - t1) / 1e9);
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		result("heap_bytes", heap);
		Questions.Asker asker = new Questions.Asker(engine, questions, 0);
		// Warm-up: at least two passes over the questions, up to 10 s or 3,000 answers.
		long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		for (int i = 0; i < 3_000 && (i < 2 * questions.size() || System.nanoTime() < warmUntil); i++) {
			asker.ask();
		}
		// Measure: at least five passes, up to 15 s or 10,000 answers.
		long[] times = new long[10_000];
		int n = 0;
		long measureUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (n < times.length && (n < 5 * questions.size() || System.nanoTime() < measureUntil)) {
			long s = System.nanoTime();
			asker.ask();
			times[n++] = System.nanoTime() - s;
		}
		Arrays.sort(times, 0, n);
		result("p50_us", times[(int) Math.ceil(0.50 * n) - 1] / 1e3);
		result("p99_us", times[(int) Math.ceil(0.99 * n) - 1] / 1e3);
		result("max_us", times[n - 1] / 1e3);
		result("answers", n);
		Reference.reachabilityFence(engine);
		Reference.reachabilityFence(corpus);
	}

	private static void result(String key, double value) {
		System.out.println(RESULT + key + "=" + (value == Math.rint(value) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.1f", value)));
		System.out.flush();
	}

	private static void progress(String format, Object... args) {
		System.out.printf(Locale.ROOT, "%s %s%n", LocalTime.now(ZoneOffset.UTC).withNano(0),
				String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

}
