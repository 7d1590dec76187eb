package org.lacreview.index;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.text.Phrases;

/**
 * The unit a computation over dates is asked in: weeks or calendar months when the
 * question has one of its language's {@code dates.week_nouns} or
 * {@code dates.month_nouns} ("how many weeks before", "over how many months"), else days.
 * The first such noun in the question decides.
 */
final class DateUnits {

	/** Per language, the nouns of each unit other than days. */
	private final Map<String, Map<ChronoUnit, Pattern>> nouns = new HashMap<>();

	DateUnits(Corpus corpus) {
		corpus.languages().forEach((language, pack) -> {
			Map<ChronoUnit, Pattern> units = new HashMap<>();
			add(units, ChronoUnit.WEEKS, pack.dates().weekNouns());
			add(units, ChronoUnit.MONTHS, pack.dates().monthNouns());
			nouns.put(language, units);
		});
	}

	private static void add(Map<ChronoUnit, Pattern> units, ChronoUnit unit, List<String> words) {
		if (!words.isEmpty()) {
			units.put(unit, Phrases.wholeWords(words));
		}
	}

	/** The unit {@code folded} (a question as read) asks its time in. */
	ChronoUnit of(String folded, String language) {
		ChronoUnit unit = ChronoUnit.DAYS;
		int first = Integer.MAX_VALUE;
		for (Map.Entry<ChronoUnit, Pattern> entry : nouns.getOrDefault(language, Map.of()).entrySet()) {
			var matcher = entry.getValue().matcher(folded);
			if (matcher.find() && matcher.start() < first) {
				first = matcher.start();
				unit = entry.getKey();
			}
		}
		return unit;
	}

}
