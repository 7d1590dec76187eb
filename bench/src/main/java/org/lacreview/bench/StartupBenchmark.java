package org.lacreview.bench;

import java.util.concurrent.TimeUnit;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the bot pays before it can answer: load the corpus directory (YAML + Markdown,
 * validation), build the Lucene index, train the OpenNLP classifier, load the
 * language-detection model.
 * <ul>
 * <li>{@code cold}: the first build in a fresh JVM (nothing JIT-compiled, classes not
 * loaded) — what a start of the bot or of the CLI costs. One shot per fork, many
 * forks.</li>
 * <li>{@code warm}: a rebuild in a JVM that has built before — what publishing a new
 * corpus version in a running bot costs. Split into its two halves, load and build.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBenchmark {

	@State(Scope.Benchmark)
	public static class Loaded {

		Corpus corpus;

		@Setup(Level.Trial)
		public void load() {
			corpus = CorpusLoader.load(Questions.corpus());
		}

	}

	@Benchmark
	@Fork(value = 8, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public AnswerEngine coldLoadAndBuild() {
		return AnswerEngine.build(CorpusLoader.load(Questions.corpus()));
	}

	@Benchmark
	@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public AnswerEngine warmLoadAndBuild() {
		return AnswerEngine.build(CorpusLoader.load(Questions.corpus()));
	}

	@Benchmark
	@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public Corpus warmLoadOnly() {
		return CorpusLoader.load(Questions.corpus());
	}

	@Benchmark
	@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public AnswerEngine warmBuildOnly(Loaded loaded) {
		return AnswerEngine.build(loaded.corpus);
	}

}
