package org.lacreview.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Section;

/**
 * Writes the real corpus ×N into a directory in the corpus format: the real files first,
 * then N−1 synthetic copies of its shape — for each real section a section of as many
 * words, for each real intent (but {@code out_of_scope}) an intent with as many examples
 * per language, of about as many words, and an answer in every language. The words are
 * made up (syllables: "bacedi", "tolupema") from a pool that grows with N (2,500 × N
 * words), so the Lucene index, the spelling dictionary and the classifier's features all
 * grow. Each synthetic intent has three topic words of its own that its examples share,
 * so it is learnable like a real one; no example is written twice (as the validator
 * compares them). Deterministic for a given N (seeded).
 */
final class SyntheticCorpus {

	/** Made-up words in the pool per ×1 of corpus. */
	static final int WORDS_PER_COPY = 2_500;

	private static final String[] CONSONANTS = { "b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v",
			"z" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u" };

	private static final int SYLLABLES = CONSONANTS.length * VOWELS.length;

	private static final Map<String, String[]> OPENERS = Map.of("es",
			new String[] { "¿Cuántos", "¿Qué", "¿Cuándo", "¿Quién", "¿Dónde", "¿Cómo", "dime", "¿cuál fue",
					"información sobre" },
			"en",
			new String[] { "How many", "What", "When", "Who", "Where", "How", "tell me", "which", "information about" },
			"pt", new String[] { "Quantos", "O que", "Quando", "Quem", "Onde", "Como", "diga-me", "qual foi" }, "fr",
			new String[] { "Combien", "Qu'est-ce que", "Quand", "Qui", "Où", "Comment", "dis-moi", "quel était" });

	private static final String[] STOPWORDS_ES = { "de", "la", "el", "en", "y", "los", "las", "del", "por", "para",
			"con", "que", "se", "una", "un" };

	/** What was written; {@code bytes} is the whole corpus directory. */
	record Stats(int sections, int intents, int examples, long bytes) {
	}

	private final Random random;

	private final int pool;

	private final Set<String> seenExamples = new HashSet<>();

	private long nextTopic;

	private SyntheticCorpus(int factor) {
		this.random = new Random(20_210_426L + factor);
		this.pool = WORDS_PER_COPY * factor;
	}

	/**
	 * Copies {@code source} into {@code target} (which must not exist) and adds
	 * {@code factor − 1} synthetic copies.
	 */
	static Stats write(Path source, Path target, int factor) {
		Corpus real = CorpusLoader.load(source);
		try {
			copyTree(source, target);
			return new SyntheticCorpus(factor).addCopies(real, target, factor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The n-th made-up word: three syllables (421,875 of them), then four. */
	static String word(long n) {
		StringBuilder word = new StringBuilder();
		long rest = n;
		int syllables = 3;
		long three = (long) SYLLABLES * SYLLABLES * SYLLABLES;
		if (rest >= three) {
			rest -= three;
			syllables = 4;
		}
		for (int i = 0; i < syllables; i++) {
			int s = (int) (rest % SYLLABLES);
			rest /= SYLLABLES;
			word.append(CONSONANTS[s / VOWELS.length]).append(VOWELS[s % VOWELS.length]);
		}
		return word.toString();
	}

	private String poolWord() {
		return word(random.nextInt(pool));
	}

	private Stats addCopies(Corpus real, Path target, int factor) throws IOException {
		int sections = real.sections().size();
		int intents = real.intents().size();
		int examples = real.intents().stream().mapToInt(i -> i.examples().size()).sum();
		List<Intent> models = real.intents().stream().filter(i -> !i.isOutOfScope()).toList();
		for (int copy = 1; copy < factor; copy++) {
			List<String> sectionIds = new ArrayList<>();
			for (int s = 0; s < real.sections().size(); s++) {
				Section model = real.sections().get(s);
				String id = "syn-" + copy + "-" + s;
				sectionIds.add(id);
				writeSection(target.resolve("sections").resolve("zz-" + id + ".md"), id, model);
				sections++;
			}
			Path file = target.resolve("intents").resolve("zz-syn-" + copy + ".yml");
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				for (int i = 0; i < models.size(); i++) {
					examples += writeIntent(out, "syn_" + copy + "_" + i, models.get(i),
							sectionIds.get(i % sectionIds.size()), real.info().languages());
					intents++;
				}
			}
		}
		return new Stats(sections, intents, examples, size(target));
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			long total = 0;
			for (Path p : files.filter(Files::isRegularFile).toList()) {
				total += Files.size(p);
			}
			return total;
		}
	}

	private void writeSection(Path file, String id, Section model) throws IOException {
		int words = model.body().split("\\s+").length;
		StringBuilder text = new StringBuilder("---\nid: ").append(id)
			.append("\ntitle: ")
			.append(capitalise(poolWord()))
			.append(' ')
			.append(poolWord())
			.append("\n---\n");
		for (int w = 0; w < words; w++) {
			text.append(random.nextInt(10) < 3 ? STOPWORDS_ES[random.nextInt(STOPWORDS_ES.length)] : poolWord());
			text.append(w % 15 == 14 ? ".\n" : " ");
		}
		text.append(".\n");
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/**
	 * @return the number of examples written
	 */
	private int writeIntent(BufferedWriter out, String name, Intent model, String section, List<String> languages)
			throws IOException {
		// Topic words come from beyond the random pool, three per intent, so no two
		// intents share one.
		String[] topic = { word(pool + nextTopic++), word(pool + nextTopic++), word(pool + nextTopic++) };
		out.write("- intent: " + name + "\n  sections: [" + section + "]\n  examples:\n");
		int written = 0;
		for (String language : languages) {
			List<Example> like = model.examples().stream().filter(e -> e.language().equals(language)).toList();
			if (like.isEmpty()) {
				continue;
			}
			out.write("    " + language + ": |\n");
			String[] openers = OPENERS.getOrDefault(language, OPENERS.get("en"));
			for (Example example : like) {
				String text;
				int attempts = 0;
				do {
					// A short example that keeps coming out the same gets longer.
					int words = Math.max(1, example.text().split("\\s+").length - 3) + attempts++ / 5;
					StringBuilder sentence = new StringBuilder(openers[random.nextInt(openers.length)]);
					sentence.append(' ').append(topic[random.nextInt(3)]);
					for (int w = 0; w < words; w++) {
						sentence.append(' ').append(w == 0 ? topic[random.nextInt(3)] : poolWord());
					}
					text = sentence.append(language.equals("fr") ? " ?" : "?").toString();
				}
				while (!seenExamples.add(normalise(text)));
				out.write("      - " + text + "\n");
				written++;
			}
		}
		out.write("  answer:\n");
		for (String language : languages) {
			out.write("    " + language + ": \"" + capitalise(topic[0]) + " " + topic[1] + " " + poolWord() + " "
					+ poolWord() + " " + topic[2] + " " + poolWord() + ".\"\n");
		}
		out.write("\n");
		return written;
	}

	/**
	 * As the corpus validator compares examples: accents, case and punctuation do not
	 * count.
	 */
	private static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String capitalise(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path from : files.toList()) {
				Path to = target.resolve(source.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(from, to);
				}
			}
		}
	}

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
