package org.lacreview.index.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code dates:} block of a language file (keys in {@code corpus/README.md})
 * into {@link LanguagePack.DateWords}. A wrong value or an unknown key is an error with
 * its file and line.
 */
final class DateWordsReader {

	private static final Set<String> KEYS = Set.of("month_first", "month_abbreviations", "day_cues", "month_cues",
			"joiners", "range_words", "ordinal_suffixes", "numbers", "relative_days", "count_nouns", "span_starts",
			"span_ends", "range_openers", "span_starts_after", "span_ends_after", "week_nouns", "month_nouns");

	private DateWordsReader() {
	}

	static LanguagePack.DateWords read(YamlNode dates) {
		dates.entries().forEach((key, value) -> {
			if (!KEYS.contains(key)) {
				throw value.error(
						"unknown key '" + key + "' under 'dates:'; expected one of " + KEYS.stream().sorted().toList());
			}
		});
		boolean monthFirst = dates.get("month_first").map(YamlValues::bool).orElse(false);
		return new LanguagePack.DateWords(monthFirst, numbered(dates, "month_abbreviations", 1, 12),
				words(dates, "day_cues"), words(dates, "month_cues"), words(dates, "joiners"),
				words(dates, "range_words"), words(dates, "ordinal_suffixes"), numbered(dates, "numbers", 1, 31),
				numbered(dates, "relative_days", -31, 31), words(dates, "count_nouns"), words(dates, "span_starts"),
				words(dates, "span_ends"), words(dates, "range_openers"), words(dates, "span_starts_after"),
				words(dates, "span_ends_after"), words(dates, "week_nouns"), words(dates, "month_nouns"));
	}

	private static List<String> words(YamlNode dates, String key) {
		return dates.get(key)
			.map(node -> node.items().stream().map(item -> word(item, key)).toList())
			.orElse(List.of());
	}

	private static String word(YamlNode item, String key) {
		String word = item.text().toLowerCase(Locale.ROOT).strip();
		if (word.isEmpty()) {
			throw item.error("an empty word in '" + key + "'");
		}
		return word;
	}

	/**
	 * A mapping of words to whole numbers from {@code min} to {@code max}, zero excluded.
	 */
	private static Map<String, Integer> numbered(YamlNode dates, String key, int min, int max) {
		Map<String, Integer> numbered = new LinkedHashMap<>();
		dates.get(key).ifPresent(node -> node.entries().forEach((word, value) -> {
			int number;
			try {
				number = Integer.parseInt(value.text().strip());
			}
			catch (NumberFormatException ex) {
				throw value.error("'" + key + "' maps a word to a whole number: " + word + ": " + value.text());
			}
			if (number < min || number > max || number == 0) {
				throw value.error("'" + key + "' numbers go from " + min + " to " + max + (min < 0 ? ", not 0" : "")
						+ ": " + word + ": " + number);
			}
			String folded = word.toLowerCase(Locale.ROOT).strip();
			if (folded.isEmpty()) {
				throw value.error("an empty word in '" + key + "'");
			}
			numbered.put(folded, number);
		}));
		return numbered;
	}

}
