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
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.index.TestCorpora;

/**
 * {@code nlu-benchmark} on a tiny made-up benchmark in the JSON format of Braun et al.
 * (2017).
 */
class NluBenchmarkCommandTests {

	private static final Pattern SUMMED = Pattern.compile("(?m)^summed +(\\d+) +(\\d+) +(\\d+) +(\\d\\.\\d{3})$");

	private static final Pattern INTENT_ROW = Pattern
		.compile("(?m)^(\\S[^\\n]*?) +(\\d+) +(\\d+) +(\\d+) +\\d\\.\\d\\d +\\d\\.\\d\\d +\\d\\.\\d\\d$");

	private static final Pattern SETTINGS_ROW = Pattern.compile(
			"(?m)^ +(\\d\\.\\d) +(true|false) \\| +\\d\\.\\d\\d +\\d\\.\\d\\d +\\d\\.\\d\\d +\\d\\.\\d{3} +\\d+(  <- chosen)?$");

	private static final Pattern CHOSEN_SETTINGS = Pattern
		.compile("chosen settings \\(.*\\): coverage_weight: (\\d\\.\\d)  character_trigrams: (true|false)");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(args);
	}

	/**
	 * Tab-indented, as the published files are; 6 training and 3 test sentences per
	 * intent, 3 + 2 of None.
	 */
	private static Path benchmark(Path dir) throws IOException {
		List<String> sentences = new ArrayList<>();
		String[][] intents = {
				{ "Water Plants", "water the plants", "when should I water the tomato plants",
						"how often do I water plants", "water my garden plants", "plants need water how much",
						"watering plants in summer", "how much water for plants in pots", "do cactus plants need water",
						"water the plants at night" },
				{ "Bake Bread", "how to bake bread", "bake bread without yeast", "bread baking temperature",
						"how long to bake bread", "bake sourdough bread", "bread oven bake time",
						"bake rye bread at home", "why did my bread not rise when I bake it", "bake bread in a pan" },
				{ "None", "tell me a joke", "what is the capital of peru", "sing a song", "who won the match",
						"what time is it in tokyo" } };
		for (String[] intent : intents) {
			int training = intent[0].equals("None") ? 3 : 6;
			for (int i = 1; i < intent.length; i++) {
				sentences.add("\t\t{\n\t\t\t\"text\": \"" + intent[i] + "\",\n\t\t\t\"intent\": \"" + intent[0]
						+ "\",\n\t\t\t\"entities\": [],\n\t\t\t\"training\": " + (i <= training) + "\n\t\t}");
			}
		}
		Path file = dir.resolve("tiny.json");
		Files.writeString(file, "{\n\t\"name\": \"TinyCorpus\",\n\t\"lang\": \"en\",\n\t\"sentences\": [\n"
				+ String.join(",\n", sentences) + "\n\t]\n}\n");
		return file;
	}

	@Test
	void calibratesOnTheTrainingSentencesAndScoresTheTestSentencesWithNoneAsOutOfScope(@TempDir Path dir)
			throws IOException {
		assertThat(run("nlu-benchmark", benchmark(dir).toString(), TestCorpora.MINI.toString(), "--folds", "3"))
			.isZero();
		String out = bytes.toString(StandardCharsets.UTF_8);

		assertThat(out).contains("TinyCorpus: 15 training and 8 test sentences, 3 intents")
			.contains("3-fold cross-validation on training (15)")
			.containsPattern("chosen threshold: \\d\\.\\d\\d \\(cross-validation F1 \\d\\.\\d{3}, seed 1\\)")
			.containsPattern("test sentences, default threshold of .*corpus.yml at threshold 0\\.30: ")
			.containsPattern(
					"F1 on TinyCorpus: \\d\\.\\d{3} at the cross-validated threshold, \\d\\.\\d{3} at the default threshold")
			.doesNotContain("published F1");
		// the classifier settings are chosen first, by the same cross-validation: six
		// candidates, one chosen, named again on the line to put in corpus.yml
		Matcher candidates = SETTINGS_ROW.matcher(out);
		List<String> chosen = new ArrayList<>();
		int rowCount = 0;
		while (candidates.find()) {
			rowCount++;
			if (candidates.group(3) != null) {
				chosen.add(candidates.group(1) + " " + candidates.group(2));
			}
		}
		assertThat(rowCount).isEqualTo(6);
		assertThat(chosen).hasSize(1);
		Matcher settings = CHOSEN_SETTINGS.matcher(out);
		assertThat(settings.find()).as(out).isTrue();
		assertThat(settings.group(1) + " " + settings.group(2)).isEqualTo(chosen.get(0));
		Matcher summed = SUMMED.matcher(out);
		assertThat(summed.find()).as(out).isTrue();
		int tp = Integer.parseInt(summed.group(1));
		int fn = Integer.parseInt(summed.group(2));
		int fp = Integer.parseInt(summed.group(3));
		// every test sentence is one true label and one predicted: TP + FN = TP + FP = 8
		assertThat(tp + fn).isEqualTo(8);
		assertThat(tp + fp).isEqualTo(8);
		assertThat(summed.group(4))
			.isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", 2.0 * tp / (2 * tp + fn + fp)));
		// the rows per intent add up to the summed row; None is scored as out_of_scope
		Matcher rows = INTENT_ROW.matcher(out.substring(0, summed.start()));
		int[] sums = new int[3];
		List<String> names = new ArrayList<>();
		while (rows.find()) {
			names.add(rows.group(1));
			for (int i = 0; i < 3; i++) {
				sums[i] += Integer.parseInt(rows.group(i + 2));
			}
		}
		assertThat(names).isSubsetOf("Bake Bread", "Water Plants", "out_of_scope")
			.contains("Bake Bread", "Water Plants");
		assertThat(sums).containsExactly(tp, fn, fp);
	}

	@Test
	void aFileThatIsNotABenchmarkIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("wrong.json");
		Files.writeString(file, "{\"name\": \"x\", \"questions\": []}");
		assertThat(run("nlu-benchmark", file.toString(), TestCorpora.MINI.toString())).isEqualTo(1);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("wrong.json").contains("\"sentences\" list");
	}

}
