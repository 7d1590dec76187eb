package org.lacreview.index.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.folding.Folding;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Picks the language of a question among the corpus's languages, says how sure the text
 * alone makes it ({@link Detection#margin()}), and notices a text written in a language
 * the corpus lacks. OpenNLP's n-gram model alone is unreliable on three-word questions
 * ("hola" comes out as Minangkabau), so its scores, restricted to our languages, are
 * combined with how many of the question's words each language's corpus vocabulary knows;
 * ties go to the conversation's language, then the channel's hint, then the corpus's
 * default.
 */
public final class LanguageDetector {

	/**
	 * Tie-breakers in order of precedence (conversation, channel, default), each far
	 * below the evidence of a text whose words one language knows (at least 1): they
	 * decide only between languages the text fits alike.
	 */
	static final double CONVERSATION_PRIOR = 0.15;

	private static final double CHANNEL_PRIOR = 0.10;

	private static final double DEFAULT_PRIOR = 0.05;

	/**
	 * The text length (characters) from which the n-gram model counts fully; below it,
	 * proportionally less.
	 */
	private static final double MODEL_FULL_WEIGHT_CHARS = 40.0;

	/**
	 * How much likelier the model must find a language the corpus lacks than the
	 * likeliest corpus language to call a text foreign. The model's probabilities are
	 * spread over its 103 languages and nearly uniform on short texts: on questions in
	 * the corpus languages the top non-corpus language was at most 1.11 times as likely
	 * as the right one (a five-word English question read as Norwegian), while German,
	 * Italian, Dutch, Polish, Romanian or Russian questions of three words or more came
	 * out 1.3 to 2.6 times likelier.
	 */
	static final double FOREIGN_ODDS = 1.25;

	/**
	 * Below this share of its letters in words a corpus vocabulary knows, a text may be
	 * in another language.
	 */
	static final double FOREIGN_MAX_KNOWN = 0.5;

	/**
	 * Below this share of its letters in words a corpus vocabulary knows, a sentence of
	 * {@link #UNKNOWN_SENTENCE_MIN_WORDS} words or more is in another language as soon as
	 * the model puts another language first by {@link #UNKNOWN_SENTENCE_ODDS}. The model
	 * has no Haitian Creole: "Konbyen moun ki te swiv reyinyon an sou YouTube?" comes out
	 * Turkish at 1.17 times the likeliest corpus language, under {@link #FOREIGN_ODDS},
	 * with 0.31 of its letters known (Catalan 0.19, 1.12 times). On the read sets, 0.35
	 * from five words (with the odds below) gave 18 such questions the sentence naming
	 * the bot's languages and changed no other answer; 0.45 from four words also took
	 * Spanish questions with doubled letters in three of their four words.
	 */
	static final double UNKNOWN_SENTENCE_MAX_KNOWN = 0.35;

	/** The fewest words of a text {@link #UNKNOWN_SENTENCE_MAX_KNOWN} applies to. */
	static final int UNKNOWN_SENTENCE_MIN_WORDS = 5;

	/**
	 * The odds {@link #FOREIGN_ODDS} takes the place of for a sentence of unknown words:
	 * Haitian Creole, Catalan and Polish questions came out 1.11 to 1.17 times likelier
	 * in another language than in the likeliest corpus one, "Can I install Skype on
	 * Linux?" (a third of its letters known) 1.08 times.
	 */
	static final double UNKNOWN_SENTENCE_ODDS = 1.1;

	/**
	 * The fewest function words only it knows that make a language the frame of a mixed
	 * message (see {@link Words#matrixOfMixed}); one is enough when no other language has
	 * as many. On the blind sets read while tuning, two left four mixed questions
	 * answered in the wrong language that one answers in the asker's.
	 */
	static final int MATRIX_FUNCTION_WORDS = 1;

	/**
	 * The fewest words only it knows that make another language part of a mixed message
	 * (see {@link Words#mixedWith}): one such word is often a name or a loanword.
	 */
	static final int MIXED_WORDS = 2;

	/**
	 * Detector instances are not documented as thread-safe: one per thread over the
	 * shared model.
	 */
	private final ThreadLocal<LanguageDetectorME> model;

	private final List<String> languages;

	private final Map<String, Set<String>> vocabularies;

	private final Map<String, Set<String>> functionWords;

	/** Per language, the folded word pairs its texts have ({@link Words}). */
	private final Map<String, Set<String>> pairs;

	private final Map<String, String> iso3ToCode = new HashMap<>();

	/** Per language, the stems of the words it knows ({@link Words}). */
	private final Map<String, Set<String>> stemVocabularies;

	/**
	 * The writing systems the corpus's words use: a text mostly in another one is in
	 * another language.
	 */
	private final Set<Character.UnicodeScript> scripts = new HashSet<>();

	/**
	 * @param languages the corpus's languages, default first
	 * @param vocabularies folded words known per language (its examples and stop words)
	 * @param functionWords folded words per language that frame a sentence rather than
	 * say what it is about (stop words, interrogatives): they tell which language a mixed
	 * message is written in
	 */
	public LanguageDetector(LanguageDetectorModel model, List<String> languages, Map<String, Set<String>> vocabularies,
			Map<String, Set<String>> functionWords) {
		this(model, languages, vocabularies, functionWords, Map.of());
	}

	/**
	 * As {@link #LanguageDetector(LanguageDetectorModel, List, Map, Map)}, also telling
	 * languages apart by pairs of words.
	 * @param pairs folded pairs of adjacent words ("o que") per language, from its texts:
	 * a function word several languages know counts as the one language's whose texts
	 * alone have it beside its neighbour ({@link WordPairs})
	 */
	public LanguageDetector(LanguageDetectorModel model, List<String> languages, Map<String, Set<String>> vocabularies,
			Map<String, Set<String>> functionWords, Map<String, Set<String>> pairs) {
		this.pairs = Map.copyOf(pairs);
		this.model = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
		this.languages = List.copyOf(languages);
		this.vocabularies = Map.copyOf(vocabularies);
		this.functionWords = Map.copyOf(functionWords);
		Map<String, Set<String>> stems = new HashMap<>();
		vocabularies.forEach((language, words) -> stems.put(language,
				words.stream()
					.filter(w -> w.length() >= Words.MIN_STEMMED_LENGTH)
					.map(w -> Words.stem(language, w))
					.collect(java.util.stream.Collectors.toUnmodifiableSet())));
		this.stemVocabularies = Map.copyOf(stems);
		languages.forEach(code -> iso3ToCode.put(Locale.forLanguageTag(code).getISO3Language(), code));
		vocabularies.values()
			.forEach(words -> words.forEach(w -> w.codePoints()
				.filter(Character::isLetter)
				.forEach(c -> scripts.add(Character.UnicodeScript.of(c)))));
	}

	/**
	 * OpenNLP's language-detection model from the classpath (opennlp-models-langdetect),
	 * read once per class loader: it never changes, and reading it again cost a sixth of
	 * every corpus build. Its parameters are kept compact ({@link CompactLanguageModel}:
	 * 10 MB of heap instead of 36), with the same probabilities to a millionth.
	 */
	public static LanguageDetectorModel loadModel() {
		return BundledModel.MODEL;
	}

	/**
	 * Holds the model; loaded on first use by the JVM's class initialisation, which is
	 * thread-safe.
	 */
	private static final class BundledModel {

		static final LanguageDetectorModel MODEL = CompactLanguageModel.read();

	}

	/**
	 * The corpus language of {@code text}, ties going to {@code previous}, then to the
	 * default.
	 */
	public String detect(String text, Optional<String> previous) {
		return detection(text, previous, Optional.empty()).language();
	}

	/**
	 * Reads the language of {@code text}.
	 * @param conversation the conversation's language, preferred on a tie
	 * @param channel the channel's hint (the widget's page language, the Telegram app's),
	 * preferred next
	 */
	public Detection detection(String text, Optional<String> conversation, Optional<String> channel) {
		String folded = Folding.fold(text);
		Words words = new Words(folded, languages, vocabularies, functionWords, stemVocabularies, pairs);
		// The n-gram model counts for little in short texts, where it is least reliable.
		double modelWeight = Math.min(1.0, folded.length() / MODEL_FULL_WEIGHT_CHARS);
		Map<String, Double> scores = words.scores(-1);
		conversation.filter(scores::containsKey).ifPresent(p -> scores.merge(p, CONVERSATION_PRIOR, Double::sum));
		channel.filter(scores::containsKey).ifPresent(p -> scores.merge(p, CHANNEL_PRIOR, Double::sum));
		scores.merge(languages.get(0), DEFAULT_PRIOR, Double::sum);
		double known = words.bestKnown();
		boolean mostlyUnknown = known < FOREIGN_MAX_KNOWN;
		// The model adds at most modelWeight to one language: when the words already
		// decide by more than
		// that, running it (the costliest step of detection) cannot change the winner.
		Optional<Language[]> predicted = lead(scores) <= modelWeight || mostlyUnknown
				? Optional.of(model.get().predictLanguages(text)) : Optional.empty();
		Map<String, Double> shares = predicted.map(this::corpusShares).orElse(Map.of());
		shares.forEach((code, share) -> scores.merge(code, modelWeight * share, Double::sum));
		String language = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		boolean foreign = mostlyUnknown && (words.inOtherScript(scripts)
				|| predicted.map(p -> prefersOtherLanguage(p, FOREIGN_ODDS)).orElse(false)
				|| unknownSentence(words, known)
						&& predicted.map(p -> prefersOtherLanguage(p, UNKNOWN_SENTENCE_ODDS)).orElse(false));
		boolean mixes = !mostlyUnknown(words);
		return new Detection(language, margin(language, words, shares, predicted.isPresent()), foreign, known,
				words.anyKnownOrStemmed(), mixes ? words.matrixOfMixed(MATRIX_FUNCTION_WORDS) : Optional.empty(),
				mixes ? words.mixedWith(language, MIXED_WORDS) : Optional.empty());
	}

	/**
	 * The smallest lead of {@code language} on the text's own evidence with one word left
	 * out; when the model was not run, its largest possible effect is taken against the
	 * lead.
	 */
	private double margin(String language, Words words, Map<String, Double> shares, boolean modelRun) {
		double margin = Double.POSITIVE_INFINITY;
		for (int left = 0; left < words.size(); left++) {
			double weight = Math.min(1.0, (words.letters() - words.length(left)) / MODEL_FULL_WEIGHT_CHARS);
			Map<String, Double> scores = words.scores(left);
			if (modelRun) {
				shares.forEach((code, share) -> scores.merge(code, weight * share, Double::sum));
			}
			double own = scores.get(language);
			double other = scores.entrySet()
				.stream()
				.filter(e -> !e.getKey().equals(language))
				.mapToDouble(Map.Entry::getValue)
				.max()
				.orElse(0);
			margin = Math.min(margin, own - other - (modelRun ? 0 : weight));
		}
		return words.size() == 0 ? 0 : margin;
	}

	/**
	 * The model's confidences, restricted to the corpus languages and scaled to sum to 1.
	 */
	private Map<String, Double> corpusShares(Language[] predicted) {
		double total = 0;
		Map<String, Double> shares = new HashMap<>();
		for (Language language : predicted) {
			String code = iso3ToCode.get(language.getLang());
			if (code != null) {
				shares.put(code, language.getConfidence());
				total += language.getConfidence();
			}
		}
		double sum = total;
		if (sum > 0) {
			shares.replaceAll((code, confidence) -> confidence / sum);
		}
		return shares;
	}

	/**
	 * Whether the model's likeliest language is one the corpus lacks, at least
	 * {@code odds} times as likely as the likeliest corpus language.
	 */
	private boolean prefersOtherLanguage(Language[] predicted, double odds) {
		if (predicted.length == 0 || iso3ToCode.containsKey(predicted[0].getLang())) {
			return false;
		}
		double bestCorpus = 0;
		for (Language language : predicted) {
			if (iso3ToCode.containsKey(language.getLang())) {
				bestCorpus = Math.max(bestCorpus, language.getConfidence());
			}
		}
		return predicted[0].getConfidence() >= odds * bestCorpus;
	}

	/**
	 * Whether a text is a sentence of {@value #UNKNOWN_SENTENCE_MIN_WORDS} words or more
	 * whose letters are in words a corpus language knows for less than
	 * {@value #UNKNOWN_SENTENCE_MAX_KNOWN} of them, counted in the best such language.
	 */
	private static boolean unknownSentence(Words words, double known) {
		return words.size() >= UNKNOWN_SENTENCE_MIN_WORDS && known < UNKNOWN_SENTENCE_MAX_KNOWN;
	}

	/**
	 * Whether most of the text is in no corpus language: it does not mix ours, whatever
	 * few words ("an", "te") it shares with them.
	 */
	private static boolean mostlyUnknown(Words words) {
		return words.anyKnown() < FOREIGN_MAX_KNOWN;
	}

	/** How far the best score is ahead of the second. */
	private static double lead(Map<String, Double> scores) {
		double best = Double.NEGATIVE_INFINITY;
		double second = Double.NEGATIVE_INFINITY;
		for (double score : scores.values()) {
			if (score > best) {
				second = best;
				best = score;
			}
			else if (score > second) {
				second = score;
			}
		}
		return best - second;
	}

}
