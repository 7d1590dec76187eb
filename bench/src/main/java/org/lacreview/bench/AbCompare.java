package org.lacreview.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Two builds of the engine side by side in one JVM, for a speed change too small to see
 * across runs on a machine whose speed drifts by a fifth within minutes (BENCHMARKS.md,
 * "Fast and light"): each build is loaded from its own class directory in its own class
 * loader, both build the same corpus, and one thread asks both the same questions in
 * alternating blocks of {@value #BLOCK} (the order of the two swapped every block),
 * timing each block with the thread's CPU time ({@link ThreadMXBean}). The first third of
 * the run is warm-up. Prints the mean CPU time per answer of each and their ratio. Each
 * question is asked on its own (a new conversation), as {@code AnswerBenchmark} asks
 * them. Usage:
 * {@code java -Dbench.questions=bench/compare/questions.txt -cp bench/target/benchmarks.jar org.lacreview.bench.AbCompare A_CLASSES B_CLASSES DEPENDENCIES SECONDS}
 * where the class directories are two builds' {@code index/target/classes} and
 * DEPENDENCIES the index module's class path ({@code ./mvnw -q -pl index
 * dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class AbCompare {

	/** Questions asked of one build before the other gets the same ones. */
	static final int BLOCK = 50;

	private AbCompare() {
	}

	/** One build of the engine, reached by reflection through its own class loader. */
	private static final class Build {

		private final Object engine;

		private final Method answer;

		private final Object newConversation;

		Build(Path classes, String dependencies, Path corpus) throws ReflectiveOperationException, IOException {
			List<URL> urls = new ArrayList<>();
			urls.add(url(classes));
			for (String jar : dependencies.split(java.io.File.pathSeparator)) {
				urls.add(url(Path.of(jar)));
			}
			ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			Class<?> corpusClass = loader.loadClass("org.lacreview.index.corpus.Corpus");
			Object loaded = loader.loadClass("org.lacreview.index.corpus.CorpusLoader")
				.getMethod("load", Path.class)
				.invoke(null, corpus);
			Class<?> engineClass = loader.loadClass("org.lacreview.index.AnswerEngine");
			this.engine = engineClass.getMethod("build", corpusClass).invoke(null, loaded);
			Class<?> state = loader.loadClass("org.lacreview.index.DialogState");
			this.newConversation = state.getField("EMPTY").get(null);
			this.answer = engineClass.getMethod("answer", String.class, Optional.class, state);
		}

		private static URL url(Path path) throws MalformedURLException {
			return path.toUri().toURL();
		}

		void ask(String question) throws ReflectiveOperationException {
			answer.invoke(engine, question, Optional.empty(), newConversation);
		}

	}

	public static void main(String[] args) throws ReflectiveOperationException, IOException {
		if (args.length != 4) {
			throw new IllegalArgumentException("usage: AbCompare A_CLASSES B_CLASSES DEPENDENCIES SECONDS");
		}
		Build a = new Build(Path.of(args[0]), args[2], Questions.corpus());
		Build b = new Build(Path.of(args[1]), args[2], Questions.corpus());
		List<String> questions = Questions.load().stream().map(Questions.Turn::text).toList();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long seconds = Long.parseLong(args[3]);
		long start = System.nanoTime();
		long warm = start + seconds * 1_000_000_000L / 3;
		long end = start + seconds * 1_000_000_000L;
		long[] cpu = new long[2];
		long asked = 0;
		int next = 0;
		for (boolean bFirst = false; System.nanoTime() < end; bFirst = !bFirst) {
			Build first = bFirst ? b : a;
			Build second = bFirst ? a : b;
			long t0 = threads.getCurrentThreadCpuTime();
			askBlock(first, questions, next);
			long t1 = threads.getCurrentThreadCpuTime();
			askBlock(second, questions, next);
			long t2 = threads.getCurrentThreadCpuTime();
			if (System.nanoTime() > warm) {
				cpu[bFirst ? 1 : 0] += t1 - t0;
				cpu[bFirst ? 0 : 1] += t2 - t1;
				asked += BLOCK;
			}
			next = (next + BLOCK) % questions.size();
		}
		System.out.println(String.format(Locale.ROOT,
				"A %.1f µs/answer, B %.1f µs/answer (CPU, %d answers each after warm-up); B/A = %.3f",
				cpu[0] / 1000.0 / asked, cpu[1] / 1000.0 / asked, asked, (double) cpu[1] / cpu[0]));
	}

	private static void askBlock(Build build, List<String> questions, int from) throws ReflectiveOperationException {
		for (int i = 0; i < BLOCK; i++) {
			try {
				build.ask(questions.get((from + i) % questions.size()));
			}
			catch (InvocationTargetException ex) {
				throw new IllegalStateException("the engine failed on: " + questions.get((from + i) % questions.size()),
						ex.getCause());
			}
		}
	}

}
