package org.lacreview.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.Reply;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Which questions are slow: builds the engine, warms it up, then times every question of
 * the public set on its own (interleaved rounds, so a burst of load hits all of them
 * alike) and prints, slowest first, each question's median and 90th percentile with the
 * intent it got and the spelling corrections made. A companion to
 * {@link AnswerBenchmark}, which gives the distribution over the whole set.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar org.lacreview.bench.PerQuestion [rounds, 200]}
 */
public final class PerQuestion {

	private PerQuestion() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(Questions.corpus()));
		List<Questions.Turn> turns = Questions.load();
		Questions.Asker warm = new Questions.Asker(engine, turns, 0);
		long warmUntil = System.nanoTime() + 15_000_000_000L;
		while (System.nanoTime() < warmUntil) {
			warm.ask();
		}
		long[][] times = new long[turns.size()][rounds];
		Reply[] replies = new Reply[turns.size()];
		for (int r = 0; r < rounds; r++) {
			DialogState state = DialogState.EMPTY;
			for (int q = 0; q < turns.size(); q++) {
				Questions.Turn turn = turns.get(q);
				long start = System.nanoTime();
				Reply reply = engine.answer(turn.text(), java.util.Optional.empty(),
						turn.followUp() ? state : DialogState.EMPTY);
				times[q][r] = System.nanoTime() - start;
				state = reply.state();
				replies[q] = reply;
			}
		}
		List<String[]> rows = new ArrayList<>();
		long[] medians = new long[turns.size()];
		for (int q = 0; q < turns.size(); q++) {
			long[] t = times[q].clone();
			Arrays.sort(t);
			medians[q] = t[rounds / 2];
			var answer = replies[q].answer();
			rows.add(new String[] { String.format(Locale.ROOT, "%.3f", t[rounds / 2] / 1e6),
					String.format(Locale.ROOT, "%.3f", t[(int) (rounds * 0.9)] / 1e6), turns.get(q).text(),
					answer.language() + " " + (answer.answered() ? answer.intent() : "(fallback)"),
					answer.trace() == null ? "" : answer.trace().corrections().toString() });
		}
		rows.sort((a, b) -> Double.compare(Double.parseDouble(b[0]), Double.parseDouble(a[0])));
		System.out.println("| median ms | p90 ms | question | language, intent | spelling corrections |");
		System.out.println("|---:|---:|---|---|---|");
		rows.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
		long[] all = Arrays.stream(medians).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"%n%d questions × %d rounds; median of the per-question medians %.3f ms, sum of medians %.1f ms%n",
				turns.size(), rounds, all[all.length / 2] / 1e6, Arrays.stream(medians).sum() / 1e6);
	}

}
