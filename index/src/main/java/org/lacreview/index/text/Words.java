package org.lacreview.index.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a folded text (two letters or more) and what each corpus vocabulary knows
 * of them, looked up once: {@link #scores(int)} is then asked once per word left out, and
 * a long text must not cost its square.
 */
final class Words {

	/** Between the words of a text: anything but a letter. */
	private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]+");

	/** The fewest letters of a word looked up by its stem: shorter stems say little. */
	static final int MIN_STEMMED_LENGTH = 6;

	private final List<String> words;

	private final List<String> languages;

	private final int letters;

	/**
	 * Per word and language: the word's length if the language knows it, twice that if
	 * only it does.
	 */
	private final double[][] evidence;

	/** Per language: the letters of the words it knows. */
	private final double[] known;

	/** Per language: the sum of {@link #evidence} over the words. */
	private final double[] total;

	/** The letters of the words some corpus language knows. */
	private final double knownByAny;

	/**
	 * The letters of the words no corpus language knows as written but one knows by their
	 * stem.
	 */
	private final double knownByStem;

	/**
	 * Per word: the index of the one corpus language that knows it, or -1 when none or
	 * several do.
	 */
	private final int[] onlyKnownBy;

	/**
	 * Per language: how many of the words are function words of it that no other corpus
	 * language knows.
	 */
	private final int[] framing;

	Words(String folded, List<String> languages, Map<String, Set<String>> vocabularies,
			Map<String, Set<String>> functionWords) {
		this(folded, languages, vocabularies, functionWords, Map.of());
	}

	/**
	 * @param stemVocabularies per language, the Snowball stems of the words it knows: a
	 * word no language knows as written but one knows by its stem ("coorganizou" of
	 * "coorganizaram"), of {@value #MIN_STEMMED_LENGTH} letters or more, counts in
	 * {@link #anyKnownOrStemmed()} only: as evidence of which language it is, or of a
	 * language the corpus lacks, an inflection matches too widely ("persone", Italian,
	 * has the stem of "personas")
	 */
	Words(String folded, List<String> languages, Map<String, Set<String>> vocabularies,
			Map<String, Set<String>> functionWords, Map<String, Set<String>> stemVocabularies) {
		this(folded, languages, vocabularies, functionWords, stemVocabularies, Map.of());
	}

	/**
	 * @param pairs per language, the folded pairs of adjacent words its texts have: in a
	 * text none of whose words one language alone knows, a word beside a neighbour with
	 * which only one language's texts have it counts as that language's alone when it is
	 * a function word of that language ("que" after "o" is Portuguese: Spanish has "lo
	 * que"; in "a Berenice" the name stays everyone's). Words of one letter count as
	 * neighbours here, though not as words. A text with a word of one language is left to
	 * the single words: a code-switched question keeps the language its own function
	 * words frame, and a pair of content words ("segundo dia") missing from one
	 * language's few examples says nothing
	 */
	Words(String folded, List<String> languages, Map<String, Set<String>> vocabularies,
			Map<String, Set<String>> functionWords, Map<String, Set<String>> stemVocabularies,
			Map<String, Set<String>> pairs) {
		List<String> tokens = NON_LETTER.splitAsStream(folded).filter(t -> !t.isEmpty()).toList();
		this.words = tokens.stream().filter(w -> w.length() > 1).toList();
		this.languages = List.copyOf(languages);
		this.letters = words.stream().mapToInt(String::length).sum();
		this.evidence = new double[words.size()][languages.size()];
		this.known = new double[languages.size()];
		this.total = new double[languages.size()];
		this.onlyKnownBy = new int[words.size()];
		this.framing = new int[languages.size()];
		double anyKnown = 0;
		double stemKnown = 0;
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			int knownBy = 0;
			onlyKnownBy[w] = -1;
			for (int l = 0; l < languages.size(); l++) {
				if (vocabularies.getOrDefault(languages.get(l), Set.of()).contains(word)) {
					evidence[w][l] = word.length();
					known[l] += word.length();
					knownBy++;
					onlyKnownBy[w] = knownBy == 1 ? l : -1;
				}
			}
			anyKnown += knownBy > 0 ? word.length() : 0;
			if (knownBy == 0 && word.length() >= MIN_STEMMED_LENGTH) {
				String unknown = word;
				stemKnown += languages.stream()
					.anyMatch(l -> stemVocabularies.getOrDefault(l, Set.of()).contains(stem(l, unknown)))
							? word.length() : 0;
			}
			if (onlyKnownBy[w] >= 0
					&& functionWords.getOrDefault(languages.get(onlyKnownBy[w]), Set.of()).contains(word)) {
				framing[onlyKnownBy[w]]++;
			}
			// "bye" known to English alone says more than "no" known to three languages.
			boolean exclusive = knownBy == 1 && vocabularies.keySet()
				.stream()
				.filter(code -> !languages.contains(code))
				.noneMatch(code -> vocabularies.get(code).contains(word));
			for (int l = 0; l < languages.size(); l++) {
				evidence[w][l] *= exclusive ? 2 : 1;
				total[l] += evidence[w][l];
			}
		}
		this.knownByAny = anyKnown;
		this.knownByStem = stemKnown;
		if (!pairs.isEmpty() && Arrays.stream(onlyKnownBy).allMatch(l -> l < 0)) {
			WordPairs.raise(tokens, words, languages, pairs, functionWords, evidence, total);
		}
	}

	/**
	 * The Snowball stem of {@code word} in {@code language}
	 * ({@link LanguageAnalyzer#stemmer}); the word itself for a language without one.
	 */
	static String stem(String language, String word) {
		org.tartarus.snowball.SnowballStemmer stemmer = LanguageAnalyzer.stemmer(language);
		if (stemmer == null) {
			return word;
		}
		stemmer.setCurrent(word);
		stemmer.stem();
		return stemmer.getCurrent();
	}

	int size() {
		return words.size();
	}

	int letters() {
		return letters;
	}

	int length(int index) {
		return words.get(index).length();
	}

	/**
	 * Per corpus language, in [0, 2]: the share of the letters (by length: "bye" says
	 * more than "ok") in words it knows, plus the share in words it alone knows; the word
	 * at {@code leftOut} is not counted (-1: all count).
	 */
	Map<String, Double> scores(int leftOut) {
		double counted = letters - (leftOut < 0 ? 0 : words.get(leftOut).length());
		Map<String, Double> scores = new HashMap<>();
		for (int l = 0; l < languages.size(); l++) {
			double own = total[l] - (leftOut < 0 ? 0 : evidence[leftOut][l]);
			scores.put(languages.get(l), counted == 0 ? 0 : own / counted);
		}
		return scores;
	}

	/**
	 * The largest share of the letters, among the corpus languages, in words that
	 * language knows (1 for no words).
	 */
	double bestKnown() {
		double best = 0;
		for (double letterCount : known) {
			best = Math.max(best, letterCount);
		}
		return letters == 0 ? 1 : best / letters;
	}

	/**
	 * The share of the letters in words some corpus language knows (1 for no words): high
	 * for a message that mixes two of them, low for a language the corpus lacks.
	 */
	/**
	 * The share of the letters in words some corpus language knows, as written or by
	 * their stem (1 for no words): whether a text is mostly in the corpus's languages,
	 * inflections the examples lack included.
	 */
	double anyKnownOrStemmed() {
		return letters == 0 ? 1 : (knownByAny + knownByStem) / letters;
	}

	double anyKnown() {
		return letters == 0 ? 1 : knownByAny / letters;
	}

	/**
	 * The matrix language of a message mixing corpus languages: the one that supplies its
	 * function words (stop words, interrogatives) while the other lends content words
	 * (Myers-Scotton's Matrix Language Frame model of code-switching). "Who is la
	 * directora?" or "Quantos se inscribieron na semana?" are framed in the asker's
	 * language around borrowed terms. It is the language with the most function words
	 * only it knows, at least {@code minimumWords} and more than any other's, when the
	 * text also has words only another corpus language knows; empty for a text in one
	 * language or with no clear frame.
	 */
	Optional<String> matrixOfMixed(int minimumWords) {
		boolean[] exclusiveWords = new boolean[languages.size()];
		for (int language : onlyKnownBy) {
			if (language >= 0) {
				exclusiveWords[language] = true;
			}
		}
		int best = -1;
		int second = 0;
		int mixedIn = 0;
		for (int l = 0; l < framing.length; l++) {
			mixedIn += exclusiveWords[l] ? 1 : 0;
			if (best < 0 || framing[l] > framing[best]) {
				second = best < 0 ? 0 : framing[best];
				best = l;
			}
			else {
				second = Math.max(second, framing[l]);
			}
		}
		return mixedIn >= 2 && framing[best] >= minimumWords && framing[best] > second
				? Optional.of(languages.get(best)) : Optional.empty();
	}

	/**
	 * The other corpus language a text read in {@code language} borrows from: the one,
	 * besides {@code language}, with the most words only it knows, at least
	 * {@code minimumWords}; empty when there is none.
	 */
	Optional<String> mixedWith(String language, int minimumWords) {
		int[] counts = new int[languages.size()];
		for (int known : onlyKnownBy) {
			if (known >= 0) {
				counts[known]++;
			}
		}
		int best = -1;
		for (int l = 0; l < counts.length; l++) {
			if (!languages.get(l).equals(language) && counts[l] >= minimumWords
					&& (best < 0 || counts[l] > counts[best])) {
				best = l;
			}
		}
		return best < 0 ? Optional.empty() : Optional.of(languages.get(best));
	}

	/**
	 * Whether most letters are in writing systems none of the corpus's words use
	 * (Cyrillic, Arabic, Han…).
	 */
	boolean inOtherScript(Set<Character.UnicodeScript> known) {
		long other = words.stream()
			.flatMapToInt(String::codePoints)
			.filter(c -> !known.contains(Character.UnicodeScript.of(c)))
			.count();
		return other * 2 > letters;
	}

}
