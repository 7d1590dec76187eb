package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * "from how many towns?" after an answer about the fair, whose text gives "45 visitors
 * from 12 towns": a short question asking a number, naming no value, whose words are what
 * a number in the texts of the values the conversation is about counts. The intent that
 * answers with that text (an intent with the same slot whose answer shows that attribute)
 * goes on with those values; left alone, the question would be read on its own (the
 * number of towns would be another family's). Counted words are the (up to)
 * {@value #COUNTED_WORDS} words after a number.
 */
final class CountedInLastValues {

	/** The most words a question may have to be read this way. */
	static final int MAX_WORDS = 8;

	/** The most words after a number that may name what it counts. */
	static final int COUNTED_WORDS = 5;

	/**
	 * A number and the (up to) {@value #COUNTED_WORDS} words after it, the words group 1,
	 * commas and hyphens between them allowed: "11 regional, subregional and
	 * intra-regional entities" counts entities.
	 */
	private static final Pattern COUNTED = Pattern.compile(
			"(?<![\\p{L}\\p{N}-])\\d+(?:[.,]\\d+)?\\s+([\\p{L}-]+(?:,?\\s+[\\p{L}-]+){0," + (COUNTED_WORDS - 1) + "})");

	/** A short word elided before the next one: "d'", "l'". */
	private static final Pattern ELISION = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{1,2})['’]");

	/** The shortest analysed term that may name what is counted. */
	static final int MIN_TERM_LENGTH = 4;

	private final Corpus corpus;

	private final Map<String, LanguageAnalyzer> analyzers;

	/** Per language, the analysed terms of its stop words. */
	private final Map<String, Set<String>> stopTerms = new HashMap<>();

	/**
	 * Per answerable intent with a slot, the attributes of the slot's values its answer
	 * shows.
	 */
	private final Map<Intent, Set<String>> shown = new LinkedHashMap<>();

	CountedInLastValues(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		this.corpus = corpus;
		this.analyzers = analyzers;
		analyzers.forEach((language, analyzer) -> {
			Set<String> terms = new HashSet<>();
			Optional.ofNullable(corpus.languages().get(language))
				.ifPresent(pack -> pack.stopwords().forEach(w -> terms.addAll(analyzer.terms(w))));
			stopTerms.put(language, Set.copyOf(terms));
		});
		corpus.intents()
			.stream()
			.filter(i -> i.slot().isPresent() && !i.unanswerable() && !i.isOutOfScope())
			.forEach(i -> shown.put(i, shownAttributes(i, i.slot().get())));
	}

	/**
	 * The intent that gives, for the values the last answer was about, the text whose
	 * number counts what {@code extraction} asks how many of; empty when the question
	 * names a value, is long, asks no number, or no such text counts its words.
	 * @param values the values the conversation is about, by family (as ids)
	 */
	Optional<Intent> intentCounting(Extraction extraction, Reading reading, Map<String, List<String>> values) {
		LanguageAnalyzer analyzer = analyzers.get(reading.language());
		if (analyzer == null || !extraction.mentions().isEmpty()
				|| reading.asksFor().filter(AnswerKinds.NUMBER::equals).isEmpty()
				|| extraction.folded().split("[^\\p{L}\\p{N}]+").length > MAX_WORDS) {
			return Optional.empty();
		}
		// The question's content words: not its stop words, nor short words ("and",
		// "how") that join or ask rather than name.
		// An elided article is a word of its own here ("combien d'entités ?"), as in
		// the texts' "de 4 entités".
		Set<String> asked = new HashSet<>(analyzer.terms(ELISION.matcher(extraction.masked()).replaceAll("$1 ")));
		asked.removeAll(stopTerms.getOrDefault(reading.language(), Set.of()));
		asked.removeIf(t -> t.length() < MIN_TERM_LENGTH);
		for (Map.Entry<Intent, Set<String>> intent : shown.entrySet()) {
			String slot = intent.getKey().slot().orElseThrow();
			List<EntityValue> named = values.getOrDefault(slot, List.of())
				.stream()
				.map(id -> corpus.family(slot).flatMap(f -> f.value(id)))
				.flatMap(Optional::stream)
				.toList();
			if (intent.getValue()
				.stream()
				.anyMatch(a -> named.stream().anyMatch(v -> counts(v, a, reading.language(), analyzer, asked)))) {
				return Optional.of(intent.getKey());
			}
		}
		return Optional.empty();
	}

	/** The attributes of {@code slot}'s values {@code intent}'s answer shows. */
	private static Set<String> shownAttributes(Intent intent, String slot) {
		Set<String> shown = new HashSet<>();
		intent.answer()
			.texts()
			.values()
			.forEach(text -> Placeholder.parse(text)
				.stream()
				.filter(p -> p.family().equals(slot) && p.function().isEmpty())
				.forEach(p -> p.attribute().ifPresent(shown::add)));
		return shown;
	}

	private static boolean counts(EntityValue value, String attribute, String language, LanguageAnalyzer analyzer,
			Set<String> asked) {
		Object text = value.attributes().get(attribute);
		Optional<String> inLanguage = text instanceof Localized l ? l.in(language, List.of())
				: text instanceof String s ? Optional.of(s) : Optional.empty();
		if (inLanguage.isEmpty()) {
			return false;
		}
		Matcher number = COUNTED.matcher(inLanguage.get());
		while (number.find()) {
			if (analyzer.terms(number.group(1)).stream().anyMatch(asked::contains)) {
				return true;
			}
		}
		return false;
	}

}
