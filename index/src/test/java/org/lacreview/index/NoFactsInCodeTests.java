package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.text.Folding;

/**
 * Answers come from the corpus: no fact, answer or example of the bundled corpus appears
 * in main Java code.
 */
class NoFactsInCodeTests {

	@Test
	void mainJavaCodeHoldsNoFactOrAnswerFromTheCorpus() throws IOException {
		Corpus corpus = CorpusLoader.load(TestCorpora.BUNDLED);
		Set<String> facts = new HashSet<>();
		for (var family : corpus.families()) {
			for (EntityValue value : family.values()) {
				value.label()
					.texts()
					.values()
					.stream()
					.filter(l -> l.length() >= 8)
					.map(Folding::fold)
					.forEach(facts::add);
				value.attributes()
					.values()
					.stream()
					.filter(a -> a instanceof Long n && n >= 100)
					.map(String::valueOf)
					.forEach(facts::add);
			}
		}
		for (Intent intent : corpus.intents()) {
			intent.examples()
				.stream()
				.map(e -> Folding.fold(e.text()))
				.filter(t -> t.length() >= 12)
				.forEach(facts::add);
			intent.answer().texts().values().stream().map(Folding::fold).forEach(facts::add);
		}
		assertThat(facts).hasSizeGreaterThan(100);
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("index/src/main/java"), Path.of("bot/src/main/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String code = Folding.fold(Files.readString(file));
					facts.stream()
						.filter(f -> f.matches("\\d+") ? code.matches("(?s).*\\b" + f + "\\b.*") : code.contains(f))
						.forEach(f -> found.add(file + ": " + f));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/**
	 * Per-language words (stop words, months, date words, ordinals, follow-up and
	 * anaphora words, …: every key of {@code languages/xx.yml} but the domain synonyms)
	 * live in the corpus, never in a string literal or regex of main Java code. English
	 * is the code's own language, so an English message ("the file is empty") may use
	 * English words; a regex, a one-word literal or a phrase of a language file may not
	 * use any.
	 */
	@Test
	void mainJavaCodeHoldsNoWordOfTheLanguageFiles() throws IOException {
		LanguageWords words = LanguageWords.of(TestCorpora.BUNDLED);
		assertThat(words.size()).isGreaterThan(300);
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("index/src/main/java"), Path.of("bot/src/main/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file))) {
						words.foundIn(literal.text()).forEach(w -> found.add(file + ":" + literal.line() + ": " + w));
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theLanguageWordCheckSeesWordsInRegexesListsAndForeignMessages() {
		LanguageWords words = LanguageWords.of(TestCorpora.BUNDLED);
		assertThat(words.foundIn("(?:el|in|durante)\\\\s+")).contains("el", "in", "durante");
		assertThat(words.foundIn("el")).contains("el");
		assertThat(words.foundIn("the same day")).isNotEmpty();
		assertThat(words.foundIn("abril")).contains("abril");
		assertThat(words.foundIn("No tengo esa información del documento")).contains("del");
		assertThat(words.foundIn("the file is empty")).isEmpty();
		assertThat(words.foundIn("[^\\\\p{L}\\\\p{N}]+")).isEmpty();
		assertThat(words.foundIn("accuracy %d/%d = %.1f%%%n")).isEmpty();
		assertThat(words.foundIn(" for ")).isEmpty();
		assertThat(words.foundIn("insert into t (a, b) values (?, ?)")).isEmpty();
	}

}
