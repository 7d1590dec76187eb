package org.lacreview.bot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.lacreview.index.TrainingCost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a corpus's intent model in a separate JVM ({@code Cli keep-model}, as the build
 * does for the bundled corpus), so that the serving process's heap need not hold the
 * training. OpenNLP's L-BFGS trainer keeps dense tables of features × intents: for the
 * bundled corpus its live heap peaks at about two thirds of what {@link TrainingCost}
 * estimates, more than the whole heap the bot is launched with can spare (issue 15;
 * BENCHMARKS.md, "Fast and light", third session). The child gets the estimate plus
 * {@link #HEADROOM}, at most {@code chatbot.publishing.training-memory}; one child runs
 * at a time, and one that outlives {@code chatbot.publishing.training-timeout} is killed.
 */
final class ChildTraining {

	private static final Logger log = LoggerFactory.getLogger(ChildTraining.class);

	/**
	 * What the child needs besides the training: the JVM, the corpus and the engine it
	 * builds first (about 60 MB for the bundled corpus), with room for the collector.
	 */
	static final long HEADROOM = 128L << 20;

	private static final String CLI = "org.lacreview.index.cli.Cli";

	/** Spring Boot's launcher for a main class other than the jar's. */
	private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private final long maxHeapBytes;

	private final Duration timeout;

	private final Semaphore oneAtATime = new Semaphore(1);

	/**
	 * @param maxHeapBytes the largest heap a child may have; a corpus whose estimate
	 * needs more is refused
	 * @param timeout how long a child may run (waiting for another one included)
	 */
	ChildTraining(long maxHeapBytes, Duration timeout) {
		this.maxHeapBytes = maxHeapBytes;
		this.timeout = timeout;
	}

	/**
	 * Never trains in a child: a build trains in its own process, or ranks by retrieval
	 * alone (the build's own tools, tests).
	 */
	static ChildTraining off() {
		return new ChildTraining(0, Duration.ZERO);
	}

	/** The heap a child training a corpus of this cost is given, in bytes. */
	static long heapFor(TrainingCost cost) {
		return cost.bytes() + HEADROOM;
	}

	/** Whether a child may train a corpus of this cost. */
	boolean allows(TrainingCost cost) {
		return heapFor(cost) <= maxHeapBytes;
	}

	/**
	 * Refuses a corpus a child may not train.
	 * @throws CandidateTooLarge saying what the training needs and what is allowed
	 */
	void check(TrainingCost cost) {
		if (!allows(cost)) {
			throw new CandidateTooLarge(String.format(Locale.ROOT,
					"training the intent classifier on %d examples of %d intents (%d distinct words and word pairs) needs about %d MB, "
							+ "more than the %d MB allowed for training (chatbot.publishing.training-memory): "
							+ "split intents that are alike, or remove examples that repeat others",
					cost.examples(), cost.intents(), cost.features(), mb(heapFor(cost)), mb(maxHeapBytes)));
		}
	}

	/**
	 * Trains the model of the corpus in {@code corpus} in a child JVM.
	 * @return the directory the child wrote the model to ({@code <key>.bin}), which the
	 * caller deletes; empty when the child could not run, failed or timed out (logged),
	 * or found the corpus too large to train
	 */
	Optional<Path> train(Path corpus, TrainingCost cost) {
		long started = System.nanoTime();
		try {
			if (!oneAtATime.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("another intent model was still training after {}; this corpus is built without one", timeout);
				return Optional.empty();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		try {
			return run(corpus, cost, started);
		}
		finally {
			oneAtATime.release();
		}
	}

	private Optional<Path> run(Path corpus, TrainingCost cost, long started) {
		Path out = null;
		Path output = null;
		try {
			out = Files.createTempDirectory("intent-model-");
			output = Files.createTempFile("intent-model-", ".log");
			List<String> command = command(heapFor(cost), corpus, out);
			Process child = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			long left = timeout.toNanos() - (System.nanoTime() - started);
			if (!child.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
				child.destroyForcibly();
				log.warn("training the intent model in a child JVM took more than {}; it was stopped", timeout);
				return Optional.empty();
			}
			if (child.exitValue() != 0) {
				log.warn("training the intent model in a child JVM failed (exit {}): {}", child.exitValue(),
						tail(output));
				return Optional.empty();
			}
			log.info("trained the intent model in a child JVM with {} MB of heap in {} ms", mb(heapFor(cost)),
					(System.nanoTime() - started) / 1_000_000);
			Path done = out;
			out = null;
			return Optional.of(done);
		}
		catch (IOException ex) {
			log.warn("cannot train the intent model in a child JVM: {}", ex.getMessage());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		finally {
			CandidateBuilder.delete(out);
			CandidateBuilder.delete(output);
		}
	}

	/**
	 * The child's command line: this JVM's {@code java}, its class path, and the command
	 * line's main class, through Spring Boot's launcher when this process runs from the
	 * packaged jar (whose classes are nested in it) rather than from a plain class path
	 * ({@code bot/run.sh}'s unpacked jar, tests).
	 */
	static List<String> command(long heapBytes, Path corpus, Path out) {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + (mb(heapBytes) << 20),
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
		if (ChildTraining.class.getClassLoader().getClass().getName().startsWith("org.springframework.boot.loader.")) {
			command.add("-Dloader.main=" + CLI);
			command.add(PROPERTIES_LAUNCHER);
		}
		else {
			command.add(CLI);
		}
		command.addAll(List.of("keep-model", corpus.toAbsolutePath().toString(), out.toAbsolutePath().toString()));
		return command;
	}

	private static String tail(Path output) {
		try {
			List<String> lines = Files.readAllLines(output);
			return String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no output)";
		}
	}

	private static long mb(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}

}
