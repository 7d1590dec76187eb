package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every kind of finding the corpus checks report with a code ({@code Problem.coded("…")}
 * in the engine and the bot) has its sentence in every language of the staff page
 * ({@code staff/i18n.js}, {@code problem.<code>}), with the same values in each: a code
 * without one would be shown in English only.
 */
class StaffPageTranslationsTests {

	private static final Path I18N = Path.of("bot/src/main/resources/static/staff/i18n.js");

	private static final List<Path> SOURCES = List.of(Path.of("index/src/main/java"), Path.of("bot/src/main/java"));

	private static final Pattern CODED_CALL = Pattern.compile("\\.coded\\(");

	private static final Pattern CODED = Pattern.compile("\\.coded\\(\\s*\"([a-z_.]+)\"");

	/** A language's block in {@code STRINGS}: {@code es: {} … {@code },}. */
	private static final Pattern LANGUAGE = Pattern.compile("(?m)^  ([a-z]{2}): \\{$");

	private static final Pattern PROBLEM_KEY = Pattern.compile("'(problem\\.[a-z_.]+)': '((?:[^'\\\\]|\\\\.)*)'");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	/** The codes the engine and the bot give their findings. */
	private static Set<String> emittedCodes() throws IOException {
		Set<String> codes = new TreeSet<>();
		long calls = 0;
		long literal = 0;
		for (Path root : SOURCES) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String source = Files.readString(file);
					calls += CODED_CALL.matcher(source).results().count();
					List<String> named = CODED.matcher(source).results().map(m -> m.group(1)).toList();
					literal += named.size();
					codes.addAll(named);
				}
			}
		}
		assertThat(literal).as("every .coded(…) call names its code as a literal, so that this test sees it")
			.isEqualTo(calls);
		return codes;
	}

	/** Per language of the staff page, its {@code problem.*} sentences. */
	private static Map<String, Map<String, String>> problemSentences() throws IOException {
		String source = Files.readString(I18N);
		String strings = source.substring(source.indexOf("const STRINGS = {"),
				source.indexOf("\n};", source.indexOf("const STRINGS = {")));
		Matcher language = LANGUAGE.matcher(strings);
		List<Integer> starts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		while (language.find()) {
			starts.add(language.end());
			names.add(language.group(1));
		}
		Map<String, Map<String, String>> sentences = new TreeMap<>();
		for (int i = 0; i < names.size(); i++) {
			String block = strings.substring(starts.get(i),
					i + 1 < starts.size() ? starts.get(i + 1) : strings.length());
			Map<String, String> problems = new TreeMap<>();
			PROBLEM_KEY.matcher(block).results().forEach(m -> problems.put(m.group(1), m.group(2)));
			sentences.put(names.get(i), problems);
		}
		return sentences;
	}

	private static Set<String> placeholders(String sentence) {
		Set<String> names = new TreeSet<>();
		PLACEHOLDER.matcher(sentence).results().forEach(m -> names.add(m.group(1)));
		return names;
	}

	@Test
	void everyCodeTheChecksGiveHasASentenceInEveryLanguageOfTheStaffPage() throws IOException {
		Set<String> codes = emittedCodes();
		Map<String, Map<String, String>> sentences = problemSentences();
		assertThat(codes).contains("intent.unknown_section", "key.unknown", "key.unknown_language", "key.misspelt");
		assertThat(sentences.keySet()).contains("es", "en");
		sentences.forEach((language, problems) -> assertThat(problems.keySet()).as(language)
			.containsAll(codes.stream().map(c -> "problem." + c).toList()));
	}

	@Test
	void theStaffPageHasNoSentenceForACodeNoCheckGives() throws IOException {
		Set<String> codes = emittedCodes();
		problemSentences().forEach((language, problems) -> assertThat(problems.keySet()).as(language)
			.allSatisfy(key -> assertThat(codes)
				.contains(key.substring("problem.".length()).replaceFirst("\\.suggestion$", ""))));
	}

	@Test
	void everyLanguageHasTheSameSentencesWithTheSameValues() throws IOException {
		Map<String, Map<String, String>> sentences = problemSentences();
		Map<String, String> spanish = sentences.get("es");
		sentences.forEach((language, problems) -> {
			assertThat(problems.keySet()).as(language).isEqualTo(spanish.keySet());
			problems.forEach((key, sentence) -> assertThat(placeholders(sentence)).as(language + " " + key)
				.isEqualTo(placeholders(spanish.get(key))));
		});
	}

	@Test
	void theSentenceForASuggestionNamesItAndTheOtherDoesNot() throws IOException {
		problemSentences().forEach((language, problems) -> problems.forEach((key, sentence) -> {
			if (key.endsWith(".suggestion")) {
				assertThat(placeholders(sentence)).as(language + " " + key).contains("suggestion");
				assertThat(problems).as(language + " " + key).containsKey(key.substring(0, key.lastIndexOf('.')));
			}
			else if (problems.containsKey(key + ".suggestion")) {
				assertThat(placeholders(sentence)).as(language + " " + key).doesNotContain("suggestion");
			}
		}));
	}

}
