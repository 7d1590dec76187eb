package org.lacreview.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The commands {@code corpus/README.md} gives staff (its fenced {@code bash} blocks) work
 * as written from the repository's root of a fresh clone: each runs the CLI through the
 * index module after compiling it (a fresh clone has no {@code target/}), names a command
 * the CLI has and folders that exist, and the {@code validate} ones succeed on the
 * bundled corpus when run here in-process with the same arguments. The golden run is only
 * checked for its command and folders, to keep this fast.
 */
class CorpusReadmeCommandsTests {

	private static final Path README = Path.of("corpus/README.md");

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(?:bash|sh|shell)\\n(.*?)^```");

	private static final Pattern THRESHOLD = Pattern.compile("(?m)^threshold:\\s*([0-9.]+)");

	/** One command of the README: Maven's arguments, and the CLI's from -Dexec.args. */
	private record Command(String line, List<String> maven, List<String> cli) {
	}

	private static List<Command> commands() throws IOException {
		List<Command> commands = new ArrayList<>();
		Matcher block = FENCE.matcher(Files.readString(README));
		while (block.find()) {
			for (String line : block.group(1).split("\n")) {
				String command = line.replaceFirst("\\s+#.*$", "").strip();
				if (command.isEmpty()) {
					continue;
				}
				List<String> words = words(command);
				List<String> cli = words.stream()
					.filter(w -> w.startsWith("-Dexec.args="))
					.findFirst()
					.map(w -> words(w.substring("-Dexec.args=".length())))
					.orElse(List.of());
				commands.add(new Command(command, words, cli));
			}
		}
		return commands;
	}

	/** Splits a shell line on spaces outside double quotes, dropping the quotes. */
	private static List<String> words(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (!word.isEmpty()) {
					words.add(word.toString());
					word.setLength(0);
				}
			}
			else {
				word.append(c);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	private static int run(List<String> args, ByteArrayOutputStream bytes) {
		return new Cli(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
	}

	@Test
	void everyCommandCompilesTheIndexModuleBeforeRunningTheCli() throws IOException {
		List<Command> commands = commands();
		assertThat(commands).isNotEmpty();
		for (Command command : commands) {
			List<String> maven = command.maven();
			assertThat(maven.get(0)).as(command.line()).isEqualTo("./mvnw");
			assertThat(Path.of(maven.get(0))).isRegularFile();
			int module = maven.indexOf("-pl");
			assertThat(module).as(command.line()).isPositive();
			assertThat(Path.of(maven.get(module + 1), "pom.xml")).as(command.line()).isRegularFile();
			assertThat(maven.indexOf("compile"))
				.as("%s compiles before it runs (a fresh clone has no classes)", command.line())
				.isPositive()
				.isLessThan(maven.indexOf("exec:java"));
			assertThat(command.cli()).as(command.line()).isNotEmpty();
		}
	}

	@Test
	void everyCommandNamesACliCommandAndAFolderThatExist() throws IOException {
		for (Command command : commands()) {
			ByteArrayOutputStream usage = new ByteArrayOutputStream();
			run(List.of(), usage);
			assertThat(usage.toString(StandardCharsets.UTF_8)).as(command.line())
				.contains("  " + command.cli().get(0) + " ");
			Path corpus = Path.of(command.cli().get(1));
			assertThat(corpus.resolve("corpus.yml")).as(command.line()).isRegularFile();
			if (command.cli().get(0).equals("golden")) {
				assertThat(corpus.resolve("golden")).as(command.line()).isDirectory();
			}
		}
	}

	@Test
	void theValidateCommandsSucceedOnTheBundledCorpus() throws IOException {
		List<Command> validate = commands().stream().filter(c -> c.cli().get(0).equals("validate")).toList();
		assertThat(validate).extracting(c -> c.cli().contains("--strict")).contains(true, false);
		for (Command command : validate) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			assertThat(run(command.cli(), bytes)).as(command.line()).isZero();
			assertThat(bytes.toString(StandardCharsets.UTF_8)).as(command.line()).contains("ok: ");
		}
	}

	@Test
	void theThresholdShownIsTheOneTheCorpusSetsAndTheReadmeSaysWhere() throws IOException {
		String readme = Files.readString(README);
		Matcher shown = THRESHOLD.matcher(readme);
		Matcher set = THRESHOLD.matcher(Files.readString(Path.of("corpus/corpus.yml")));
		assertThat(shown.find()).isTrue();
		assertThat(set.find()).isTrue();
		assertThat(Double.parseDouble(shown.group(1))).isEqualTo(Double.parseDouble(set.group(1)));
		assertThat(readme).contains("The threshold the bot uses is the one in `corpus/corpus.yml`");
	}

}
