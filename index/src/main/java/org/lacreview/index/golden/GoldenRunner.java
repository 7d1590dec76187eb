package org.lacreview.index.golden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.Answer;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.Reply;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;

/**
 * Runs golden tests through an engine with the rule of {@code eval.py}: every
 * {@code expect} regex (RE2/J, linear in the answer's length, so an uploaded pattern
 * cannot spin the run) must be found in the lower-case, accent-free answer; a fallback
 * turn must not be answered; a turn with {@code lang} must be answered in that language;
 * a turn with {@code intent} must hit that intent. Stricter than {@code eval.py} in one
 * way: a turn with patterns must also be answered in full ({@code answered}), so a reply
 * that says one part is missing fails here ({@link GoldenReport.Kind#PARTIAL}).
 */
public final class GoldenRunner {

	private GoldenRunner() {
	}

	public static GoldenReport run(AnswerEngine engine, List<GoldenItem> items) {
		int passed = 0;
		Map<String, int[]> counts = new HashMap<>();
		List<GoldenReport.Failure> failures = new ArrayList<>();
		for (GoldenItem item : items) {
			DialogState state = DialogState.EMPTY;
			boolean ok = true;
			for (GoldenTurn turn : item.turns()) {
				Reply reply = engine.answer(turn.question(), Optional.empty(), state);
				state = reply.state();
				Answer answer = reply.answer();
				boolean good = check(turn, answer);
				count(turn, answer, counts);
				if (!good) {
					failures.add(new GoldenReport.Failure(item.id(), turn.question(), describe(turn), answer.intent(),
							answer.text(), GoldenReport.Kind.of(turn, answer)));
				}
				ok &= good;
			}
			passed += ok ? 1 : 0;
		}
		Map<String, GoldenReport.IntentScore> perIntent = new HashMap<>();
		counts.forEach((intent, c) -> perIntent.put(intent, new GoldenReport.IntentScore(c[0], c[1], c[2])));
		return new GoldenReport(items.size(), passed, perIntent, failures);
	}

	/**
	 * Asks every turn once, as {@link #run} does, for calibration: a turn that must fall
	 * back has the truth {@code out_of_scope}; any other its {@code intent}, or
	 * "(golden)" when it names none, and is right when {@link #check} passes. Meant for
	 * an engine built at threshold 0; the outcome at a higher threshold is then exact for
	 * single questions, and for a dialog's later turns assumes the earlier turns went as
	 * at 0.
	 */
	public static List<Observation> observe(AnswerEngine engine, List<GoldenItem> items) {
		List<Observation> observations = new ArrayList<>();
		for (GoldenItem item : items) {
			DialogState state = DialogState.EMPTY;
			for (GoldenTurn turn : item.turns()) {
				Reply reply = engine.answer(turn.question(), Optional.empty(), state);
				state = reply.state();
				Answer answer = reply.answer();
				String truth = turn.fallback() ? Intent.OUT_OF_SCOPE : turn.intent().orElse("(golden)");
				Optional<String> answered = answer.answered() ? Optional.of(answer.intent()) : Optional.empty();
				observations.add(new Observation(truth, answered, answer.confidence(),
						answer.answered() && check(turn, answer)));
			}
		}
		return observations;
	}

	public static boolean check(GoldenTurn turn, Answer answer) {
		if (turn.fallback()) {
			return !answer.answered();
		}
		return answer.answered() && matches(turn, answer);
	}

	/**
	 * Whether {@code answer} holds every pattern of {@code turn} (a turn with patterns),
	 * in its language and by its intent when it names them, answered in full or not.
	 */
	static boolean matches(GoldenTurn turn, Answer answer) {
		String text = Folding.fold(answer.text());
		boolean content = turn.expect().stream().allMatch(rx -> GoldenPatterns.compile(rx).matcher(text).find());
		boolean intent = turn.intent().map(answer.intent()::equals).orElse(true);
		boolean language = turn.language().map(answer.language()::equals).orElse(true);
		return content && intent && language;
	}

	private static void count(GoldenTurn turn, Answer answer, Map<String, int[]> counts) {
		Optional<String> expected = turn.fallback() ? Optional.of(Answer.FALLBACK) : turn.intent();
		if (expected.isEmpty()) {
			return;
		}
		if (expected.get().equals(answer.intent())) {
			counts.computeIfAbsent(expected.get(), k -> new int[3])[0]++;
		}
		else {
			counts.computeIfAbsent(answer.intent(), k -> new int[3])[1]++;
			counts.computeIfAbsent(expected.get(), k -> new int[3])[2]++;
		}
	}

	private static String describe(GoldenTurn turn) {
		if (turn.fallback()) {
			return "a fallback";
		}
		return turn.expect() + turn.intent().map(i -> " intent " + i).orElse("")
				+ turn.language().map(l -> " in " + l).orElse("");
	}

}
