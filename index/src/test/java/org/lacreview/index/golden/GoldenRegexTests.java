package org.lacreview.index.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.Answer;
import org.lacreview.index.corpus.CorpusException;

/**
 * Golden {@code expect} patterns come from uploads: they are checked with a linear-time
 * engine, so none can spin a publish, and one that is not a valid pattern (backreferences
 * and look-arounds included, or one that would expand to a huge program) is a corpus
 * error naming file and line, found when the file is read.
 */
class GoldenRegexTests {

	private static GoldenTurn turn(String expect) {
		return new GoldenTurn("¿Cuándo fue?", Optional.empty(), Optional.empty(), List.of(expect), false);
	}

	private static Answer answer(String text) {
		return new Answer(text, true, "when", 1, "es", List.of(), List.of(), null);
	}

	@Test
	void aBacktrackingPatternIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("evil.yml"), """
				- q: ¿Cuándo fue la reunión?
				  expect: abril
				- q: ¿Dónde fue?
				  expect:
				    - lima
				    - '(a+)+\\1b'
				""");
		assertThatThrownBy(() -> GoldenSet.load(file)).isInstanceOf(CorpusException.class)
			.satisfies(ex -> assertThat(((CorpusException) ex).problems().get(0).location().toString())
				.isEqualTo("evil.yml:6"))
			.hasMessageContaining("(a+)+\\1b");
	}

	@Test
	void aPatternThatWouldExpandToAHugeProgramIsRefused(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("huge.yml"), """
				- q: ¿Cuándo fue?
				  expect: '((a{1000}){1000}){1000}'
				""");
		assertThatThrownBy(() -> GoldenSet.load(file)).isInstanceOf(CorpusException.class)
			.satisfies(ex -> assertThat(((CorpusException) ex).problems().get(0).location().toString())
				.isEqualTo("huge.yml:2"));
	}

	@Test
	void aPatternThatIsNotARegexIsRefusedOnItsJsonLine(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("set.jsonl"), """
				{"q": "¿Cuándo fue?", "expect": ["abril"]}
				{"q": "¿Dónde fue?", "expect": ["lima("]}
				""");
		assertThatThrownBy(() -> GoldenSet.load(file)).isInstanceOf(CorpusException.class)
			.satisfies(ex -> assertThat(((CorpusException) ex).problems().get(0).location().toString())
				.isEqualTo("set.jsonl:2"));
	}

	@Test
	void nestedQuantifiersOnALongAnswerFinishAtOnce() throws Exception {
		// A backtracking engine (java.util.regex) tries every way to split the a's among
		// the fifteen groups,
		// taking 20 s on 26 a's and growing exponentially; the check runs on its own
		// thread so that a regression
		// fails here instead of hanging the build.
		String text = "a".repeat(40) + "c";
		CompletableFuture<Boolean> checked = CompletableFuture
			.supplyAsync(() -> GoldenRunner.check(turn("(.*a){15}x"), answer(text)));
		assertThat(checked.get(60, TimeUnit.SECONDS)).isFalse();
		assertThat(GoldenRunner.check(turn("a+c$"), answer(text))).isTrue();
	}

}
