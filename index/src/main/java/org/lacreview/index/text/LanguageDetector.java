package org.lacreview.index.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Picks the language of a question among the corpus's languages. OpenNLP's n-gram model alone is unreliable
 * on three-word questions ("hola" comes out as Minangkabau), so its scores, restricted to our languages, are
 * combined with how many of the question's words each language's corpus vocabulary knows, and ties go to
 * the conversation's previous language, then to the corpus's default.
 */
public final class LanguageDetector {

	private static final String MODEL_RESOURCE = "/langdetect-183.bin";

	/** Detector instances are not documented as thread-safe: one per thread over the shared model. */
	private final ThreadLocal<LanguageDetectorME> model;

	private final List<String> languages;

	private final Map<String, Set<String>> vocabularies;

	private final Map<String, String> iso3ToCode = new HashMap<>();

	/**
	 * @param languages the corpus's languages, default first
	 * @param vocabularies folded words known per language (its examples and stop words)
	 */
	public LanguageDetector(LanguageDetectorModel model, List<String> languages, Map<String, Set<String>> vocabularies) {
		this.model = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
		this.languages = List.copyOf(languages);
		this.vocabularies = Map.copyOf(vocabularies);
		languages.forEach(code -> iso3ToCode.put(Locale.forLanguageTag(code).getISO3Language(), code));
	}

	/**
	 * OpenNLP's language-detection model from the classpath (opennlp-models-langdetect), read once per class
	 * loader: it never changes, and reading it again cost a sixth of every corpus build.
	 */
	public static LanguageDetectorModel loadModel() {
		return BundledModel.MODEL;
	}

	/** Holds the model; loaded on first use by the JVM's class initialisation, which is thread-safe. */
	private static final class BundledModel {

		static final LanguageDetectorModel MODEL = read();

		private static LanguageDetectorModel read() {
			try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("OpenNLP language model " + MODEL_RESOURCE + " is not on the classpath");
				}
				return new LanguageDetectorModel(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	public String detect(String text, Optional<String> previous) {
		String folded = Folding.fold(text);
		// The n-gram model counts for little in short texts, where it is least reliable.
		double modelWeight = Math.min(1.0, folded.length() / 40.0);
		Map<String, Double> scores = vocabularyScores(folded, previous);
		// The model adds at most modelWeight to one language: when the words already decide by more than
		// that, running it (the costliest step of detection) cannot change the winner.
		if (lead(scores) <= modelWeight) {
			addModelScores(text, modelWeight, scores);
		}
		return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	/** Per corpus language, how much of the question's words (by length) it knows, and knows alone. */
	private Map<String, Double> vocabularyScores(String folded, Optional<String> previous) {
		Map<String, Double> scores = new HashMap<>();
		List<String> words = List.of(folded.split("[^\\p{L}]+")).stream().filter(w -> w.length() > 1).toList();
		// Words count by length: "bye" says more about a language than "ok".
		double letters = words.stream().mapToInt(String::length).sum();
		for (String code : languages) {
			Set<String> vocabulary = vocabularies.getOrDefault(code, Set.of());
			double known = letters == 0 ? 0 : words.stream().filter(vocabulary::contains).mapToInt(String::length).sum() / letters;
			double exclusive = letters == 0 ? 0
					: words.stream().filter(vocabulary::contains).filter(w -> onlyIn(code, w)).mapToInt(String::length).sum() / letters;
			scores.put(code, known + exclusive);
		}
		previous.filter(scores::containsKey).ifPresent(p -> scores.merge(p, 0.15, Double::sum));
		scores.merge(languages.get(0), 0.05, Double::sum);
		return scores;
	}

	/** The model's confidences, restricted to the corpus languages and scaled to sum to modelWeight. */
	private void addModelScores(String text, double modelWeight, Map<String, Double> scores) {
		double total = 0;
		Map<String, Double> modelScores = new HashMap<>();
		for (Language language : model.get().predictLanguages(text)) {
			String code = iso3ToCode.get(language.getLang());
			if (code != null) {
				modelScores.put(code, language.getConfidence());
				total += language.getConfidence();
			}
		}
		if (total > 0) {
			double sum = total;
			modelScores.forEach((code, confidence) -> scores.merge(code, modelWeight * confidence / sum, Double::sum));
		}
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

	private boolean onlyIn(String code, String word) {
		return vocabularies.entrySet().stream().noneMatch(e -> !e.getKey().equals(code) && e.getValue().contains(word));
	}
}
