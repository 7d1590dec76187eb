package org.lacreview.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lacreview.index.Answer;
import org.lacreview.index.AnswerEngine;
import org.lacreview.index.DialogState;
import org.lacreview.index.corpus.CorpusLoader;

/**
 * Writes what the engine replies to every question of a set, one line each (language,
 * intent, confidence to four places, answered, the text with its line breaks escaped), in
 * the set's order, dialogs carrying their conversation. Two runs of it before and after a
 * speed change, compared with {@code diff}, show that the change altered no reply.
 * {@code java -Dbench.questions=bench/compare/questions.txt -cp bench/target/benchmarks.jar
 * org.lacreview.bench.Replies OUT}
 */
public final class Replies {

	private Replies() {
	}

	public static void main(String[] args) throws IOException {
		AnswerEngine engine = AnswerEngine.build(CorpusLoader.load(Questions.corpus()));
		List<Questions.Turn> turns = Questions.load();
		DialogState state = DialogState.EMPTY;
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
			for (Questions.Turn turn : turns) {
				var reply = engine.answer(turn.text(), Optional.empty(), turn.followUp() ? state : DialogState.EMPTY);
				state = reply.state();
				Answer answer = reply.answer();
				out.println(String.format(Locale.ROOT, "%s | %s | %.4f | %s | %s", answer.language(), answer.intent(),
						answer.confidence(), answer.answered(), answer.text().replace("\n", "\\n")));
			}
		}
	}

}
