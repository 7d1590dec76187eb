package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.folding.Folding;

/**
 * Answers come from the corpus: no fact, answer or example of the bundled corpus appears
 * in main Java code, nor in the JavaScript the bot serves.
 */
class NoFactsInCodeTests {

	@Test
	void mainJavaCodeHoldsNoFactOrAnswerFromTheCorpus() throws IOException {
		Set<String> facts = facts(CorpusLoader.load(TestCorpora.BUNDLED));
		assertThat(facts).hasSizeGreaterThan(100);
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("index/src/main/java"), Path.of("bot/src/main/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					factsIn(Files.readString(file), facts).forEach(f -> found.add(file + ": " + f));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/**
	 * Issue 16: the JavaScript the bot serves (the widget, the staff page) holds no fact,
	 * answer, example or bot sentence of the corpus (the widget's welcome and starters
	 * come from {@code GET /api/welcome}) in its string literals and comments. Its own
	 * code (names, numeric constants such as a timeout) is not read; interface strings in
	 * several languages (button labels) are allowed, so the language-word check does not
	 * apply.
	 */
	@Test
	void servedJavaScriptHoldsNoFactOrBotSentenceFromTheCorpus() throws IOException {
		Set<String> facts = facts(CorpusLoader.load(TestCorpora.BUNDLED));
		List<String> found = new ArrayList<>();
		int scanned = 0;
		try (Stream<Path> files = Files.walk(STATIC)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
				scanned++;
				jsFactsIn(Files.readString(file), facts).forEach(f -> found.add(file + ":" + f));
			}
		}
		assertThat(scanned).as("widget.js and the staff page's modules").isGreaterThan(5);
		assertThat(found).isEmpty();
	}

	@Test
	void theJavaScriptCheckSeesAStarterAWelcomeOrAFigurePutBackInTheWidget() throws IOException {
		Corpus corpus = CorpusLoader.load(TestCorpora.BUNDLED);
		Set<String> facts = facts(corpus);
		String widget = Files.readString(STATIC.resolve("widget.js"));
		String starter = corpus.messages().widgetStartersIn("es", List.of()).get(0);
		String welcome = corpus.messages().widgetWelcome().in("fr", List.of()).orElseThrow();
		String figure = corpus.families()
			.stream()
			.flatMap(f -> f.values().stream())
			.flatMap(v -> v.attributes().values().stream())
			.filter(NoFactsInCodeTests::isTellingFigure)
			.map(String::valueOf)
			.findFirst()
			.orElseThrow();
		String marker = "const TIMEOUT_MS = 30000;\n";

		assertThat(jsFactsIn(widget.replace(marker, marker + "  const Q = ['" + starter + "'];\n"), facts))
			.anySatisfy(f -> assertThat(f).endsWith(Folding.fold(starter)));
		assertThat(jsFactsIn(widget.replace(marker, marker + "  const W = `" + welcome + "`;\n"), facts))
			.anySatisfy(f -> assertThat(f).endsWith(Folding.fold(welcome)));
		assertThat(jsFactsIn(widget.replace(marker, marker + "  // about " + figure + " people\n"), facts))
			.anySatisfy(f -> assertThat(f).endsWith(": " + figure));
		assertThat(jsFactsIn(widget.replace(marker, marker + "  const N = " + figure + ";\n"), facts))
			.as("a number in code is a constant, not a sentence")
			.isEmpty();
		assertThat(jsFactsIn("const r = /'" + figure + "'/; const s = 'x';", facts)).as("inside a regex").isEmpty();
	}

	private static final Path STATIC = Path.of("bot/src/main/resources/static");

	/**
	 * Whether an attribute is a figure that code holding it must have copied: a whole
	 * number of 100 or more that is not a round hundred. A round hundred (200, 500) is as
	 * often an HTTP status or a size limit in code as a figure of the corpus.
	 */
	private static boolean isTellingFigure(Object attribute) {
		return attribute instanceof Long n && n >= 100 && n % 100 != 0;
	}

	/**
	 * Folded texts no code may hold: entity labels (8 characters or more), figures of 100
	 * or more but round hundreds, examples (12 characters or more), answers, and the
	 * widget's welcome and starters.
	 */
	private static Set<String> facts(Corpus corpus) {
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
					.filter(NoFactsInCodeTests::isTellingFigure)
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
		corpus.messages().widgetWelcome().texts().values().stream().map(Folding::fold).forEach(facts::add);
		for (String language : corpus.info().languages()) {
			corpus.messages().widgetStartersIn(language, List.of()).stream().map(Folding::fold).forEach(facts::add);
		}
		return facts;
	}

	/**
	 * The facts {@code text} holds: a figure as a whole number, anything else anywhere.
	 */
	private static List<String> factsIn(String text, Set<String> facts) {
		// A fact a comment wraps over two lines ("Alicia\n * Bárcena") is still one.
		String folded = Folding.fold(text).replaceAll("[ \\t]*\\R[ \\t]*(?:\\*(?!/)|//)?[ \\t]*", " ");
		return facts.stream()
			.filter(f -> folded.contains(f) && (!f.matches("\\d+") || folded.matches("(?s).*\\b" + f + "\\b.*")))
			.sorted()
			.toList();
	}

	/**
	 * The facts in the string literals and comments of JavaScript {@code source}, by
	 * line.
	 */
	private static List<String> jsFactsIn(String source, Set<String> facts) {
		List<String> found = new ArrayList<>();
		for (JsLiterals.Literal literal : JsLiterals.of(source)) {
			factsIn(literal.text(), facts).forEach(f -> found.add(literal.line() + ": " + f));
		}
		return found;
	}

	/**
	 * Per-language words (stop words, months, date words, ordinals, follow-up and
	 * anaphora words, …: every key of {@code languages/xx.yml} but the domain synonyms)
	 * live in the corpus, never in a string literal or regex of main Java code. English
	 * is the code's own language, so an English message ("the file is empty") may use
	 * English words; a regex, a one-word literal or a phrase of a language file may not
	 * use any.
	 */
	/**
	 * Literals that are tokens of a protocol, not words of a language, by the file that
	 * uses them: Telegram's "/start" command name, HTTP's "Connection: close" and the
	 * "other" endpoint tag of the error metric, the "[email]" placeholder the privacy
	 * redactor writes in place of an address. They match a language file's word only by
	 * accident ("did the workshops start").
	 */
	private static final Map<String, Set<String>> PROTOCOL_TOKENS = Map.of("UpdateHandler.java", Set.of("start"),
			"AdminExceptionHandler.java", Set.of("close"), "AdminDraftController.java", Set.of("/diff"),
			"ErrorResponseMetrics.java", Set.of("other"), "Redactor.java", Set.of("[email]"));

	@Test
	void mainJavaCodeHoldsNoWordOfTheLanguageFiles() throws IOException {
		LanguageWords words = LanguageWords.of(TestCorpora.BUNDLED);
		assertThat(words.size()).isGreaterThan(300);
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("index/src/main/java"), Path.of("bot/src/main/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file))) {
						words.foundIn(literal.text())
							.stream()
							.filter(w -> !PROTOCOL_TOKENS.getOrDefault(file.getFileName().toString(), Set.of())
								.contains(literal.text()))
							.forEach(w -> found.add(file + ":" + literal.line() + ": " + w));
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
