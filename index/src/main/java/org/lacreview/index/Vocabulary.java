package org.lacreview.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Example;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.folding.Folding;

/**
 * The folded words the corpus uses: per language, all of them (to recognise a question's
 * language), and those spelling suggestions may propose (what the bot can answer about,
 * names, the document).
 */
record Vocabulary(Map<String, Set<String>> byLanguage, Map<String, Set<String>> spelling,
		Map<String, Set<String>> functionWords, Map<String, Set<String>> pairs) {

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]+");

	static Vocabulary of(Corpus corpus) {
		Map<String, Set<String>> byLanguage = new HashMap<>();
		Set<String> shared = new HashSet<>();
		corpus.languages().forEach((code, pack) -> {
			Set<String> words = byLanguage.computeIfAbsent(code, c -> new HashSet<>());
			pack.stopwords().forEach(w -> add(w, words));
			// Words that ask for a computation ("juntos", "promedio"), ordinals
			// ("cuarto"), words that point back ("ambos") and months are read as
			// written, never "corrected" ("cuarto" was "cuanto").
			pack.phrasing().operations().values().forEach(phrases -> phrases.forEach(w -> add(w, words)));
			pack.ordinals().keySet().forEach(w -> add(w, words));
			pack.anaphora().forEach(w -> add(w, words));
			// Months ("mayo" was "mayor") and the other words of dates: a date the
			// document lacks must stay one, and a day named by its distance from another
			// must stay that day.
			pack.months().forEach(w -> add(w, words));
			pack.dates().monthAbbreviations().keySet().forEach(w -> add(w, words));
			pack.dates().numbers().keySet().forEach(w -> add(w, words));
			pack.dates().relativeDays().keySet().forEach(w -> add(w, words));
			pack.dates().dayCues().forEach(w -> add(w, words));
		});
		// Words of questions the bot must not answer tell a language apart, but are never
		// offered as corrections.
		Map<String, Set<String>> outOfScope = new HashMap<>();
		// Pairs of adjacent words of the examples tell apart languages that share both
		// words.
		Map<String, Set<String>> pairs = new HashMap<>();
		for (Intent intent : corpus.intents()) {
			for (Example example : intent.examples()) {
				add(example.text(), (intent.isOutOfScope() ? outOfScope : byLanguage)
					.computeIfAbsent(example.language(), c -> new HashSet<>()));
				addPairs(example.text(), pairs.computeIfAbsent(example.language(), c -> new HashSet<>()));
			}
			intent.answer()
				.texts()
				.forEach((code, text) -> add(Placeholder.withoutPlaceholders(text),
						byLanguage.computeIfAbsent(code, c -> new HashSet<>())));
		}
		Map<String, Set<String>> outsideNames = new HashMap<>();
		Set<String> outsideShared = new HashSet<>();
		for (EntityFamily family : corpus.families()) {
			// The nouns before a value's number or after an ordinal ("aire 4", "la
			// quinta mesa") are the family's words in every language.
			family.numberWords().forEach(w -> add(w, shared));
			family.orderWords().forEach(w -> add(w, shared));
			for (EntityValue value : family.values()) {
				// The names of what the document does not cover ("insta") tell a
				// language apart but are never corrections: a word one letter away
				// ("instó") would become a reason to refuse.
				Map<String, Set<String>> perLanguage = value.inDocument() ? byLanguage : outsideNames;
				Set<String> everyLanguage = value.inDocument() ? shared : outsideShared;
				value.names()
					.forEach((code, names) -> names
						.forEach(n -> add(n, names(code, byLanguage.keySet(), perLanguage, everyLanguage))));
				value.label()
					.texts()
					.forEach((code, l) -> add(l, names(code, byLanguage.keySet(), perLanguage, everyLanguage)));
			}
		}
		// Spelling suggestions stay within the question's language, plus names, plus the
		// document itself.
		Map<String, Set<String>> spelling = new HashMap<>();
		byLanguage.forEach((code, words) -> {
			Set<String> allowed = new HashSet<>(words);
			allowed.addAll(shared);
			spelling.put(code, allowed);
		});
		Set<String> document = spelling.computeIfAbsent(corpus.info().defaultLanguage(), c -> new HashSet<>());
		corpus.sections().forEach(s -> add(s.title() + " " + s.body(), document));
		outOfScope.forEach((code, words) -> byLanguage.computeIfAbsent(code, c -> new HashSet<>()).addAll(words));
		outsideNames.forEach((code, words) -> byLanguage.computeIfAbsent(code, c -> new HashSet<>()).addAll(words));
		byLanguage.values().forEach(words -> words.addAll(outsideShared));
		// Informal spellings ("qnts", "vc"), fillers and the everyday words the corpus
		// lists as known tell a language apart too; they are never corrections either.
		corpus.languages().forEach((code, pack) -> {
			Set<String> words = byLanguage.computeIfAbsent(code, c -> new HashSet<>());
			pack.phrasing().spellings().keySet().forEach(w -> add(w, words));
			pack.phrasing().fillers().forEach(w -> add(w, words));
			pack.knownWords().forEach(w -> add(w, words));
			pack.phrasing().questionWords().forEach(w -> add(w, words));
			// Words that say what kind of answer is wanted ("e-mail", "presupuesto"): a
			// "mail" once became "mais", and the question lost the kind that refuses it.
			pack.phrasing().asksFor().values().forEach(phrases -> phrases.forEach(w -> add(w, words)));
		});
		// The words that frame a sentence in its language, not what it is about: stop
		// words and interrogatives.
		Map<String, Set<String>> functionWords = new HashMap<>();
		corpus.languages().forEach((code, pack) -> {
			Set<String> words = functionWords.computeIfAbsent(code, c -> new HashSet<>());
			pack.stopwords().forEach(w -> add(w, words));
			pack.phrasing().questionWords().forEach(w -> add(w, words));
		});
		return new Vocabulary(byLanguage, spelling, functionWords, pairs);
	}

	/**
	 * Names given for one of {@code languages} belong to it ({@code perLanguage}); names
	 * for every language ("*") to all of them ({@code everyLanguage}).
	 */
	private static Set<String> names(String code, Set<String> languages, Map<String, Set<String>> perLanguage,
			Set<String> everyLanguage) {
		return languages.contains(code) ? perLanguage.computeIfAbsent(code, c -> new HashSet<>()) : everyLanguage;
	}

	/**
	 * Each two adjacent words of {@code text}, folded, joined by a space (letters only).
	 */
	private static void addPairs(String text, Set<String> pairs) {
		String previous = null;
		for (String word : NON_LETTER.split(Folding.fold(text))) {
			if (!word.isEmpty()) {
				if (previous != null) {
					pairs.add(previous + " " + word);
				}
				previous = word;
			}
		}
	}

	private static void add(String text, Set<String> words) {
		for (String word : NON_WORD.split(Folding.fold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
	}
}
