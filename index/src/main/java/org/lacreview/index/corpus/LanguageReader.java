package org.lacreview.index.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code languages/xx.yml}: one language's words ({@link LanguagePack}); its
 * phrasing lists are read by {@link Phrasing#read} and its {@code dates:} block by
 * {@link DateWordsReader}.
 */
final class LanguageReader {

	private LanguageReader() {
	}

	/**
	 * @param code the language's ISO 639-1 code, as {@code corpus.yml} lists it
	 * @throws CorpusException naming the line of a synonym line with one word, an ordinal
	 * that is not a whole number, or a month list that does not have 12 names
	 */
	static LanguagePack read(String code, YamlNode doc) {
		List<List<String>> synonyms = new ArrayList<>();
		doc.get("synonyms").ifPresent(n -> n.items().forEach(line -> {
			List<String> words = line.isScalar() ? YamlValues.splitCommas(line.text()) : line.texts();
			if (words.size() < 2) {
				throw line.error("a synonym line needs at least two words or phrases separated by commas");
			}
			synonyms.add(words);
		}));
		Map<String, Integer> ordinals = ordinals(doc, "ordinals");
		List<String> months = doc.get("months").map(YamlNode::texts).orElse(List.of());
		if (!months.isEmpty() && months.size() != 12) {
			throw doc.require("months").error("months must list 12 names, January first; found " + months.size());
		}
		return new LanguagePack(code, new HashSet<>(words(doc, "stopwords")), synonyms, YamlValues.lower(months),
				ordinals, words(doc, "followup"), words(doc, "anaphora"), words(doc, "name_intro"), Phrasing.read(doc),
				doc.get("dates").map(DateWordsReader::read).orElse(LanguagePack.DateWords.NONE),
				words(doc, "number_signs"), ordinals(doc, "rank_ordinals"), ordinals(doc, "step_words"),
				words(doc, "elisions"), ordinals(doc, "fraction_words"), words(doc, "known_words"));
	}

	/** The ordinals under {@code key}, word to position; none when the key is absent. */
	private static Map<String, Integer> ordinals(YamlNode doc, String key) {
		Map<String, Integer> ordinals = new LinkedHashMap<>();
		doc.get(key).ifPresent(n -> n.entries().forEach((word, position) -> {
			try {
				ordinals.put(word, Integer.parseInt(position.text()));
			}
			catch (NumberFormatException ex) {
				throw position.error("an ordinal's position must be a whole number (-1 for last): " + position.text());
			}
		}));
		return ordinals;
	}

	/** The list under {@code key}, in lower case; none when the key is absent. */
	private static List<String> words(YamlNode doc, String key) {
		return YamlValues.lower(doc.get(key).map(YamlNode::texts).orElse(List.of()));
	}

}
