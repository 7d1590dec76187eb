package org.lacreview.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.Reply;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one {@code engine.answer(question)} over the public question set, cycling
 * through it (each thread from its own starting point). {@link Mode#SampleTime} gives the
 * distribution: JMH prints p0.50, p0.99, p0.999. The engine is built once per fork, as
 * the bot builds it once per corpus version. The warm-up is a minute because on 2 vCPUs
 * the JVM has one C2 compiler thread, and it is still compiling the answer path after 15
 * s: shorter warm-ups measure the compiler's backlog, not the engine.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class AnswerBenchmark {

	@State(Scope.Benchmark)
	public static class Engine {

		AnswerEngine engine;

		List<Questions.Turn> questions;

		final AtomicInteger threads = new AtomicInteger();

		@Setup(Level.Trial)
		public void build() {
			engine = AnswerEngine.build(CorpusLoader.load(Questions.corpus()));
			questions = Questions.load();
		}

	}

	@State(Scope.Thread)
	public static class Cursor {

		Questions.Asker asker;

		@Setup(Level.Trial)
		public void start(Engine engine) {
			int thread = engine.threads.getAndIncrement();
			asker = new Questions.Asker(engine.engine, engine.questions, thread * engine.questions.size() / 2);
		}

	}

	@Benchmark
	@Threads(1)
	public Reply answer1Thread(Cursor cursor) {
		return cursor.asker.ask();
	}

	@Benchmark
	@Threads(2)
	public Reply answer2Threads(Cursor cursor) {
		return cursor.asker.ask();
	}

}
