package org.lacreview.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Finds a proper name the corpus does not know in what a question asks ("¿Cuántos Estados
 * miembros de la Unión Africana participaron?", "Who opened the meeting on behalf of
 * UNHCR?", "…suivi via Dailymotion ?"): a word written with a capital inside a sentence
 * (so not merely the first word) that no language of the corpus uses in anything the bot
 * answers, its examples, its entity names or the document; or a capitalised word that
 * goes on with the name of a value the corpus knows ("el Foro Social Mundial" is not the
 * forum the corpus names "Foro"), unless it is a word of the language itself (a stop
 * word). Such a question is about something else than whatever intent shares its other
 * words, so it is refused. A message mostly in capitals says nothing by its capitals and
 * is not checked.
 */
final class UnknownNames {

	/** A word starting with a capital letter, and where it starts. */
	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}\\p{N}]*");

	/**
	 * What may stand between a sentence's end and its first word: spaces, opening marks
	 * and quotes.
	 */
	private static final Pattern SENTENCE_START = Pattern.compile("(^|[.?!:;\\n])[\\s¿¡\"'«“‘(\\[-]*$");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

	private final Map<String, LanguageAnalyzer> analyzers;

	/**
	 * Per language, the analysed terms of everything the bot answers
	 * ({@link IntentVocabulary#answerable()}).
	 */
	private final Map<String, Set<String>> answerable;

	/** Per language, the folded words the language itself defines (see {@link #of}). */
	private final Map<String, Set<String>> words;

	private UnknownNames(Map<String, LanguageAnalyzer> analyzers, Map<String, Set<String>> answerable,
			Map<String, Set<String>> words) {
		this.analyzers = analyzers;
		this.answerable = answerable;
		this.words = words;
	}

	/**
	 * @param languages the corpus's languages: the words of their synonyms ("revue
	 * régionale"), months, date words ("Tuesday"), stop words, question words, fillers
	 * and standard spellings are known too
	 * @param analyzers the analyser of each language
	 * @param answerable per language, the analysed terms of everything the bot answers,
	 * of the values the document covers and of the document
	 * ({@link IntentVocabulary#answerable()}); not of out-of-scope examples, nor of
	 * values the corpus marks as not in the document, which are about things the bot does
	 * not answer
	 */
	static UnknownNames of(Map<String, LanguagePack> languages, Map<String, LanguageAnalyzer> analyzers,
			Map<String, Set<String>> answerable) {
		Map<String, Set<String>> known = new HashMap<>();
		languages.forEach((language, pack) -> {
			List<String> phrases = new ArrayList<>(pack.months());
			phrases.addAll(pack.stopwords());
			phrases.addAll(pack.phrasing().questionWords());
			phrases.addAll(pack.phrasing().fillers());
			phrases.addAll(pack.phrasing().spellings().keySet());
			pack.synonyms().forEach(phrases::addAll);
			phrases.addAll(pack.dates().dayCues());
			phrases.addAll(pack.dates().monthCues());
			phrases.addAll(pack.dates().numbers().keySet());
			phrases.addAll(pack.dates().monthAbbreviations().keySet());
			Set<String> set = known.computeIfAbsent(language, l -> new HashSet<>());
			phrases.forEach(phrase -> set.addAll(Arrays.asList(NON_WORD.split(Folding.fold(phrase)))));
		});
		return new UnknownNames(analyzers, answerable, known);
	}

	/**
	 * The first capitalised word of {@code message} that {@code asked} still contains and
	 * the corpus does not know.
	 * @param message the message as typed
	 * @param asked what the question asks, folded and entity-masked (values the corpus
	 * knows are no longer words)
	 * @return the word, folded; empty when there is none or the message is mostly
	 * capitals
	 */
	Optional<String> firstIn(String message, String asked) {
		if (mostlyCapitals(message)) {
			return Optional.empty();
		}
		Set<String> askedWords = new HashSet<>(Arrays.asList(NON_WORD.split(asked)));
		Matcher capitalised = CAPITALISED.matcher(message);
		while (capitalised.find()) {
			if (SENTENCE_START.matcher(message.substring(0, capitalised.start())).find()) {
				continue;
			}
			String word = Folding.fold(capitalised.group());
			if (askedWords.contains(word)
					&& (!known(word) || extendsAName(message, capitalised.start(), asked, word))) {
				return Optional.of(word);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether any language of the corpus uses the word, as it is or as the term its
	 * analyser makes of it.
	 */
	private boolean known(String word) {
		for (Map.Entry<String, LanguageAnalyzer> language : analyzers.entrySet()) {
			if (words.getOrDefault(language.getKey(), Set.of()).contains(word)) {
				return true;
			}
			Set<String> terms = answerable.getOrDefault(language.getKey(), Set.of());
			// A word the analyser drops (a stop word) is a word of the language, not a
			// name.
			if (language.getValue().terms(word).stream().allMatch(terms::contains)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the capitalised {@code word} at {@code start} of {@code message} follows
	 * another capitalised word and, in {@code asked}, a value's placeholder: it goes on
	 * with a name the corpus knows only in part. Not a word of the language itself.
	 */
	private boolean extendsAName(String message, int start, String asked, String word) {
		Matcher before = PREVIOUS_WORD.matcher(message.substring(0, start));
		if (!before.find() || !Character.isUpperCase(before.group(1).codePointAt(0))) {
			return false;
		}
		if (words.values().stream().anyMatch(w -> w.contains(word))) {
			return false;
		}
		return Pattern
			.compile(Pattern.quote(LanguageAnalyzer.ENTITY_PREFIX) + "[\\p{L}_]+\\s+" + Pattern.quote(word)
					+ "(?![\\p{L}\\p{N}])")
			.matcher(asked)
			.find();
	}

	/** The word just before a position, with only spaces between. */
	private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}\\p{N}]+)\\s+$");

	private static boolean mostlyCapitals(String message) {
		long upper = message.codePoints().filter(Character::isUpperCase).count();
		long lower = message.codePoints().filter(Character::isLowerCase).count();
		return upper >= lower;
	}

}
