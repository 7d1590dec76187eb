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

	private static final String MODEL = "/langdetect-183.bin";

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

	/** Loads OpenNLP's language-detection model from the classpath (opennlp-models-langdetect). */
	public static LanguageDetectorModel loadModel() {
		try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
			}
			return new LanguageDetectorModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String detect(String text, Optional<String> previous) {
		return scores(text, previous).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	/** A score per corpus language; the highest wins. */
	public Map<String, Double> scores(String text, Optional<String> previous) {
		Map<String, Double> scores = new HashMap<>();
		languages.forEach(l -> scores.put(l, 0.0));
		String folded = Folding.fold(text);
		List<String> words = List.of(folded.split("[^\\p{L}]+")).stream().filter(w -> w.length() > 1).toList();
		double modelWeight = Math.min(1.0, folded.length() / 40.0);
		double total = 0;
		Map<String, Double> modelScores = new HashMap<>();
		for (Language language : model.get().predictLanguages(text)) {
			String code = iso3ToCode.get(language.getLang());
			if (code != null) {
				modelScores.put(code, language.getConfidence());
				total += language.getConfidence();
			}
		}
		for (String code : languages) {
			double modelScore = total > 0 ? modelScores.getOrDefault(code, 0.0) / total : 0;
			Set<String> vocabulary = vocabularies.getOrDefault(code, Set.of());
			// Words count by length: "bye" says more about a language than "ok".
			double letters = words.stream().mapToInt(String::length).sum();
			double known = letters == 0 ? 0 : words.stream().filter(vocabulary::contains).mapToInt(String::length).sum() / letters;
			double exclusive = letters == 0 ? 0
					: words.stream().filter(vocabulary::contains).filter(w -> onlyIn(code, w)).mapToInt(String::length).sum() / letters;
			scores.merge(code, modelWeight * modelScore + known + exclusive, Double::sum);
		}
		previous.filter(scores::containsKey).ifPresent(p -> scores.merge(p, 0.15, Double::sum));
		scores.merge(languages.get(0), 0.05, Double::sum);
		return scores;
	}

	private boolean onlyIn(String code, String word) {
		return vocabularies.entrySet().stream().noneMatch(e -> !e.getKey().equals(code) && e.getValue().contains(word));
	}
}
