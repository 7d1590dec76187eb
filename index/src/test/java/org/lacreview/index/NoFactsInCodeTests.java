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

/** Answers come from the corpus: no fact, answer or example of the bundled corpus appears in main Java code. */
class NoFactsInCodeTests {

	@Test
	void mainJavaCodeHoldsNoFactOrAnswerFromTheCorpus() throws IOException {
		Corpus corpus = CorpusLoader.load(TestCorpora.BUNDLED);
		Set<String> facts = new HashSet<>();
		for (var family : corpus.families()) {
			for (EntityValue value : family.values()) {
				value.label().texts().values().stream().filter(l -> l.length() >= 8).map(Folding::fold).forEach(facts::add);
				value.attributes().values().stream().filter(a -> a instanceof Long n && n >= 100).map(String::valueOf)
					.forEach(facts::add);
			}
		}
		for (Intent intent : corpus.intents()) {
			intent.examples().stream().map(e -> Folding.fold(e.text())).filter(t -> t.length() >= 12).forEach(facts::add);
			intent.answer().texts().values().stream().map(Folding::fold).forEach(facts::add);
		}
		assertThat(facts).hasSizeGreaterThan(100);
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("index/src/main/java"), Path.of("bot/src/main/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String code = Folding.fold(Files.readString(file));
					facts.stream().filter(f -> f.matches("\\d+") ? code.matches("(?s).*\\b" + f + "\\b.*") : code.contains(f))
						.forEach(f -> found.add(file + ": " + f));
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
