package org.lacreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * What an expensive question costs (issue 11, item 5): the CPU time of one
 * {@code engine.answer} for the public question set and for questions of the longest
 * length the bot accepts (1,000 characters) made of random words, each of which the
 * spelling corrector tries to correct. CPU time of this thread (not wall time), so that
 * other processes on a shared machine disturb the figures less. Prints median, p90 and
 * mean per kind.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar org.lacreview.bench.LongQuestions [questions per kind, 200]}
 */
public final class LongQuestions {

	/** The longest question the bot accepts ({@code chatbot.max-message-length}). */
	private static final int LENGTH = 1_000;

	private LongQuestions() {
	}

	public static void main(String[] args) {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(Questions.corpus()));
		List<String> ordinary = Questions.load().stream().map(Questions.Turn::text).toList();
		Random random = new Random(11);
		// Warm-up: the JIT compiles the answer path on all three kinds before anything is
		// measured.
		for (int round = 0; round < 3; round++) {
			measure(engine, ordinary, count);
			measure(engine, randomWords(random, count), count);
			measure(engine, ordinaryWords(random, ordinary, count), count);
		}
		System.out.println("| questions | count | median ms | p90 ms | mean ms |");
		System.out.println("|---|---:|---:|---:|---:|");
		print("public set (ordinary)", measure(engine, ordinary, count));
		// New random words every time, as in an attack: none is in the engine's memory of
		// spelling suggestions.
		print("1,000 chars of random words", measure(engine, randomWords(random, count), count));
		print("1,000 chars of the public set's words", measure(engine, ordinaryWords(random, ordinary, count), count));
	}

	private static List<String> randomWords(Random random, int count) {
		List<String> questions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			questions.add(randomWords(random));
		}
		return questions;
	}

	private static List<String> ordinaryWords(Random random, List<String> ordinary, int count) {
		List<String> questions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			questions.add(ordinaryWords(random, ordinary));
		}
		return questions;
	}

	/** Words of 2 to 10 random letters, as an attacker's generator makes them. */
	private static String randomWords(Random random) {
		StringBuilder text = new StringBuilder();
		while (text.length() < LENGTH) {
			int letters = 2 + random.nextInt(9);
			for (int i = 0; i < letters; i++) {
				text.append((char) ('a' + random.nextInt(26)));
			}
			text.append(' ');
		}
		return text.substring(0, LENGTH);
	}

	/**
	 * Public questions run together until 1,000 characters: long, but words the corpus
	 * knows.
	 */
	private static String ordinaryWords(Random random, List<String> ordinary) {
		StringBuilder text = new StringBuilder();
		while (text.length() < LENGTH) {
			text.append(ordinary.get(random.nextInt(ordinary.size()))).append(' ');
		}
		return text.substring(0, LENGTH);
	}

	private static long[] measure(AnswerEngine engine, List<String> questions, int count) {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			String question = questions.get(i % questions.size());
			long start = cpu.getCurrentThreadCpuTime();
			engine.answer(question, Optional.empty(), DialogState.EMPTY);
			nanos[i] = cpu.getCurrentThreadCpuTime() - start;
		}
		return nanos;
	}

	private static void print(String kind, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", kind, sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6,
				Arrays.stream(sorted).average().orElse(0) / 1e6);
	}

}
