package org.lacreview.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.CorpusLoader;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.folding.Folding;
import org.yaml.snakeyaml.Yaml;

/**
 * The words of a corpus's language files, and which of them a Java string literal (as
 * written in the source, escapes included) uses. Every key of {@code languages/xx.yml}
 * counts but {@code synonyms} (domain words such as "zoom" or "url", which the facts
 * check covers), so a list another change adds is checked too.
 */
final class LanguageWords {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+(?:[.'’-][\\p{L}\\p{N}_]+)*");

	/**
	 * Regex syntax (an escape, a group, an alternation): such a literal is a pattern,
	 * where no language word may appear.
	 */
	private static final Pattern REGEX = Pattern.compile("\\\\\\\\|\\(\\?[:<=!]|(?<! )\\|(?! )");

	/**
	 * Tokens of the code that are spelled like words but are no language: keys of the
	 * corpus format (a dated value's {@code from:}/{@code to:}, a golden turn's
	 * {@code q:}, a language file's {@code months:}, the computed sentences'
	 * {@code _weeks}/{@code _months} keys and {@code {days}} and {@code {total}}
	 * placeholders, its {@code entities/} folder, also an English count noun) and of the
	 * feedback JSON and table ({@code at}, {@code comment}, also a French question word).
	 * The corpus's language codes are added to them.
	 */
	private static final Set<String> NOT_LANGUAGE = Set.of("from", "to", "q", "at", "comment", "entities", "months",
			"weeks", "days", "total");

	/**
	 * What is not a word: regex and Java escapes, HTML tags, format specifiers and
	 * property placeholders.
	 */
	private static final List<Pattern> NOT_WORDS = List.of(Pattern.compile("\\\\+[pP]\\{[^}]*\\}"),
			Pattern.compile("\\\\+u[0-9A-Fa-f]{4}"), Pattern.compile("\\\\+[A-Za-z]"), Pattern.compile("\\\\+."),
			Pattern.compile("</?[A-Za-z][^>]*>"), Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]"),
			Pattern.compile("\\$\\{[^}]*\\}"));

	/**
	 * English words the code's messages and SQL use ("is not set", "update … set", "Braun
	 * et al.") that other languages' lists hold too ("set", Portuguese for September;
	 * "et", "al") and the English corpus text happens not to: English only in an English
	 * message, never in a regex or as a literal of their own.
	 */
	private static final Set<String> ENGLISH_HOMOGRAPHS = Set.of("set", "et", "al");

	private final Set<String> words;

	/**
	 * Words English text of the corpus uses (its language file, examples, answers,
	 * labels, messages).
	 */
	private final Set<String> english;

	/**
	 * Tokens that are not words of a language: the corpus's language codes ("es", "en").
	 */
	private final Set<String> allowed;

	private LanguageWords(Set<String> words, Set<String> english, Set<String> allowed) {
		this.words = words;
		this.english = english;
		this.allowed = allowed;
	}

	static LanguageWords of(Path corpusDir) {
		Corpus corpus = CorpusLoader.load(corpusDir);
		Set<String> words = new HashSet<>();
		Set<String> english = new HashSet<>();
		for (String language : corpus.info().languages()) {
			Map<String, Object> file = yaml(corpusDir.resolve("languages/" + language + ".yml"));
			file.forEach((key, value) -> {
				List<String> texts = new ArrayList<>();
				collect(value, texts);
				// A sign ("+", "%") is no language's word: Java writes it in its own
				// right.
				texts.stream()
					.map(t -> Folding.fold(t).strip())
					.filter(t -> t.codePoints().anyMatch(Character::isLetter))
					.forEach(t -> {
						if (!key.equals("synonyms")) {
							words.add(t);
						}
						if (language.equals("en")) {
							english.addAll(tokens(t));
						}
					});
			});
		}
		List<Localized> englishTexts = new ArrayList<>();
		corpus.intents().forEach(i -> {
			i.examples()
				.stream()
				.filter(e -> e.language().equals("en"))
				.forEach(e -> english.addAll(tokens(Folding.fold(e.text()))));
			englishTexts.add(i.answer());
			englishTexts.add(i.answerAll());
		});
		corpus.families().forEach(f -> f.values().forEach(v -> englishTexts.add(v.label())));
		englishTexts.add(corpus.messages().fallback());
		englishTexts.add(corpus.messages().unknownValue());
		englishTexts.forEach(t -> t.in("en", List.of()).ifPresent(text -> english.addAll(tokens(Folding.fold(text)))));
		english.addAll(ENGLISH_HOMOGRAPHS);
		Set<String> allowed = new HashSet<>(NOT_LANGUAGE);
		allowed.addAll(corpus.info().languages());
		return new LanguageWords(words, english, allowed);
	}

	int size() {
		return words.size();
	}

	/**
	 * The language words {@code literal} (source text of a string literal) uses; empty
	 * when none.
	 */
	Set<String> foundIn(String literal) {
		String cleaned = literal;
		for (Pattern notWord : NOT_WORDS) {
			cleaned = notWord.matcher(cleaned).replaceAll(" ");
		}
		String folded = Folding.fold(cleaned).strip();
		Set<String> found = new LinkedHashSet<>();
		// A literal that is one word or phrase; " for " is a piece of a message, not a
		// word on its own.
		String whole = folded.replaceAll("^[\\p{P}]+|[\\p{P}]+$", "");
		if (literal.equals(literal.strip()) && words.contains(whole) && !allowed.contains(whole)) {
			found.add(whole);
		}
		boolean pattern = REGEX.matcher(literal).find();
		for (String token : tokens(folded)) {
			if (token.length() >= 2 && words.contains(token) && !allowed.contains(token)
					&& (pattern || !english.contains(token))) {
				found.add(token);
			}
		}
		for (String word : words) {
			// contains first: compiling a pattern per phrase and literal took seconds.
			if (word.contains(" ") && folded.contains(word) && (pattern || !english.containsAll(tokens(word)))
					&& Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
						.matcher(folded)
						.find()) {
				found.add(word);
			}
		}
		return found;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

	private static void collect(Object node, List<String> into) {
		if (node instanceof String text) {
			into.add(text);
		}
		else if (node instanceof Iterable<?> items) {
			items.forEach(item -> collect(item, into));
		}
		else if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				// A key mapped to a word or number ("último: -1", "xq: porque") is a
				// word; a key over a list, a block
				// or a yes/no ("day_cues:", "dates:", "month_first:") is the file's
				// structure.
				if (value instanceof Number || value instanceof String) {
					collect(key, into);
				}
				collect(value, into);
			});
		}
	}

	private static Map<String, Object> yaml(Path file) {
		try {
			return new Yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
