package org.lacreview.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.Reply;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The public question set ({@code index/src/test/resources/eval/public-questions.jsonl},
 * a copy of the shared set; one JSON object per line with {@code q} or {@code turns}),
 * flattened into the order the benchmarks ask it: a dialog's turns one after the other,
 * each after the first continuing the conversation. JSON is read with SnakeYAML (YAML is
 * a superset of the JSON used there), so the benchmarks need no JSON library. A
 * {@code .txt} file is a plain list instead: one JSON-escaped question a line, each asked
 * on its own (the HTTP comparison's {@code bench/compare/questions.txt}).
 */
public final class Questions {

	/**
	 * Where the benchmarks look, relative to the repository root, unless
	 * {@code -Dbench.questions} says.
	 */
	public static final String DEFAULT_PATH = "index/src/test/resources/eval/public-questions.jsonl";

	/**
	 * Where the corpus is, relative to the repository root, unless {@code -Dbench.corpus}
	 * says.
	 */
	public static final String DEFAULT_CORPUS = "corpus";

	/**
	 * One message; {@code followUp} when it continues the previous one's conversation.
	 */
	public record Turn(String text, boolean followUp) {
	}

	private Questions() {
	}

	public static Path path() {
		return Path.of(System.getProperty("bench.questions", DEFAULT_PATH));
	}

	public static Path corpus() {
		return Path.of(System.getProperty("bench.corpus", DEFAULT_CORPUS));
	}

	public static List<Turn> load() {
		return load(path());
	}

	public static List<Turn> load(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the question set " + file.toAbsolutePath()
					+ " (run from the repository root, or pass -Dbench.questions=...)", ex);
		}
		Yaml yaml = new Yaml(new LoaderOptions());
		List<Turn> turns = new ArrayList<>();
		int number = 0;
		// A plain list (bench/compare/questions.txt): one JSON-escaped question a line,
		// each on its own.
		boolean plainList = file.getFileName().toString().endsWith(".txt");
		for (String line : lines) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			if (plainList) {
				turns.add(new Turn((String) yaml.load('"' + line + '"'), false));
				continue;
			}
			Object parsed = yaml.load(line);
			if (!(parsed instanceof Map<?, ?> item)) {
				throw new IllegalArgumentException(file + ":" + number + ": not a JSON object");
			}
			if (item.get("q") instanceof String q) {
				turns.add(new Turn(q, false));
			}
			else if (item.get("turns") instanceof List<?> dialog) {
				boolean first = true;
				for (Object turn : dialog) {
					Object q = turn instanceof Map<?, ?> m ? m.get("q") : turn;
					if (q instanceof String text) {
						turns.add(new Turn(text, !first));
						first = false;
					}
				}
			}
			else {
				throw new IllegalArgumentException(file + ":" + number + ": neither 'q' nor 'turns'");
			}
		}
		if (turns.isEmpty()) {
			throw new IllegalArgumentException(file + ": no questions");
		}
		return List.copyOf(turns);
	}

	/**
	 * Asks the questions in order from {@code next}, cycling, each carrying the
	 * conversation of the one before when it is a follow-up. Not thread-safe: one per
	 * thread.
	 */
	public static final class Asker {

		private final AnswerEngine engine;

		private final Turn[] turns;

		private int next;

		private DialogState state = DialogState.EMPTY;

		public Asker(AnswerEngine engine, List<Turn> turns, int start) {
			this.engine = engine;
			this.turns = turns.toArray(Turn[]::new);
			this.next = Math.floorMod(start, this.turns.length);
			// Never start in the middle of a dialog.
			while (this.turns[this.next].followUp()) {
				this.next = (this.next + 1) % this.turns.length;
			}
		}

		public Reply ask() {
			Turn turn = turns[next];
			next = (next + 1) % turns.length;
			Reply reply = engine.answer(turn.text(), java.util.Optional.empty(),
					turn.followUp() ? state : DialogState.EMPTY);
			state = reply.state();
			return reply;
		}

	}

}
