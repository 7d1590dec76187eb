package org.lacreview.index.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lacreview.index.folding.Folding;

/**
 * What the engine needs to know about one language, from {@code languages/xx.yml}.
 *
 * @param nameIntro phrases after which people give their name ("me llamo"), lower case;
 * the bot redacts the name that follows before storing a question
 * @param phrasing informal spellings, fillers and how a question starts (see
 * {@link Phrasing})
 * @param dates the words dates are written with ("abr.", "el 27", "veintiséis", "el día
 * anterior")
 * @param numberSigns what may stand between a family's number word and the number ("área
 * nº 5"), lower case
 * @param rankOrdinals words that say a place in a ranking only ("runner-up" → 2), to
 * their position: read as ordinals of a ranking, never of an ordered family's values
 * @param stepWords words that point to the value one place after or before the one the
 * last answer was about ("el siguiente" → 1, "the previous one" → -1), in its family's
 * order or in the ranking the answer listed
 * @param elisions the articles and pronouns written joined to the next word by an
 * apostrophe ("l'", "d'", "qu'"), lower case without the apostrophe: the analysis drops
 * them, so "d'aires" and "aires" are one word; none for a language that does not elide
 * @param fractionWords words that name a fraction of a whole ("la cuarta parte" → 4), to
 * its denominator: a share question setting its result against one ("¿más o menos de la
 * cuarta parte?") gets the result said above or below it
 * @param knownWords everyday words of the language the corpus does not otherwise use
 * ("visas", "send", "parce"), lower case: the spelling stage never corrects them (one
 * letter from a corpus word, "visas" became "vias"), nor offers them as corrections
 */
public record LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
		Map<String, Integer> ordinals, List<String> followup, List<String> anaphora, List<String> nameIntro,
		Phrasing phrasing, DateWords dates, List<String> numberSigns, Map<String, Integer> rankOrdinals,
		Map<String, Integer> stepWords, List<String> elisions, Map<String, Integer> fractionWords,
		List<String> knownWords) {

	public LanguagePack {
		stopwords = Set.copyOf(stopwords);
		synonyms = List.copyOf(synonyms);
		months = List.copyOf(months);
		ordinals = Map.copyOf(ordinals);
		followup = List.copyOf(followup);
		anaphora = List.copyOf(anaphora);
		nameIntro = List.copyOf(nameIntro);
		numberSigns = List.copyOf(numberSigns);
		rankOrdinals = Map.copyOf(rankOrdinals);
		stepWords = Map.copyOf(stepWords);
		elisions = List.copyOf(elisions);
		fractionWords = Map.copyOf(fractionWords);
		knownWords = List.copyOf(knownWords);
	}

	/**
	 * Its stop words folded ({@link Folding#fold}), as the stages that compare them with
	 * a folded question need them; a new set on each call, for a stage's constructor.
	 */
	public Set<String> foldedStopwords() {
		return stopwords.stream().map(Folding::fold).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * A language without ordinals that only ever mean a rank, without step words, and
	 * eliding no words.
	 */
	public LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
			Map<String, Integer> ordinals, List<String> followup, List<String> anaphora, List<String> nameIntro,
			Phrasing phrasing, DateWords dates, List<String> numberSigns) {
		this(code, stopwords, synonyms, months, ordinals, followup, anaphora, nameIntro, phrasing, dates, numberSigns,
				Map.of(), Map.of(), List.of(), Map.of(), List.of());
	}

	/**
	 * Its ordinals and those that only ever mean a place in a ranking ("runner-up": never
	 * the second day by date), to their position.
	 */
	public Map<String, Integer> rankingOrdinals() {
		Map<String, Integer> all = new java.util.HashMap<>(ordinals);
		all.putAll(rankOrdinals);
		return all;
	}

	/**
	 * A language without name-introducing phrases, phrasing lists, date words or number
	 * signs.
	 */
	public LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
			Map<String, Integer> ordinals, List<String> followup, List<String> anaphora) {
		this(code, stopwords, synonyms, months, ordinals, followup, anaphora, List.of());
	}

	/** A language without phrasing lists, date words or number signs. */
	public LanguagePack(String code, Set<String> stopwords, List<List<String>> synonyms, List<String> months,
			Map<String, Integer> ordinals, List<String> followup, List<String> anaphora, List<String> nameIntro) {
		this(code, stopwords, synonyms, months, ordinals, followup, anaphora, nameIntro, Phrasing.NONE, DateWords.NONE,
				List.of());
	}

	/**
	 * The words of the {@code dates:} block of a language file, folded (lower case, no
	 * accents). Every list may be empty; a language without them still reads numeric
	 * dates (2/5, 2030-05-02).
	 *
	 * @param monthFirst whether "4/26" is read month first (English); only when the other
	 * reading is impossible or both agree
	 * @param monthAbbreviations short month names ("abr", "apr", "avr") to the month,
	 * 1–12
	 * @param dayCues words before a bare day: "el 27", "the 27th", "le 27", "dia 27"
	 * @param monthCues words before a month named alone: "en abril", "in the month of
	 * April"
	 * @param joiners words between a day and its month or year: "26 de abril", "27th of
	 * April", "de 2030"
	 * @param rangeWords words between the two days of a range: "del 26 al 28", "from 26
	 * to 28"
	 * @param ordinalSuffixes what may follow a day's digits: "27th", "1er", "1º"
	 * @param numbers days written as words, to the day of the month 1–31: "veintiséis",
	 * "twenty-seventh"
	 * @param relativeDays phrases naming a day by its distance from another, in days: "el
	 * día anterior" → -1
	 * @param countNouns nouns that make a number before them a count, not a day of the
	 * month, after a day cue: "the 3 days"
	 * @param spanStarts phrases before a dated value's name that mean its first day: "the
	 * start of the workshops"
	 * @param spanEnds phrases before a dated value's name that mean its last day: "the
	 * end of the workshops"
	 * @param rangeOpeners words before the first day of a range written with a word that
	 * also joins parts: "entre el 3 y el 5" is a range, "el 3 y el 5" two days
	 * @param spanStartsAfter phrases right after a dated value's name that mean its first
	 * day: "did the workshops start"; empty for languages that put the verb first
	 * @param spanEndsAfter phrases right after a dated value's name that mean its last
	 * day: "did the workshops end"
	 * @param weekNouns nouns that ask a time between dates in weeks: "how many weeks
	 * before"
	 * @param monthNouns nouns that ask a time between or over dates in calendar months:
	 * "over how many months"
	 */
	public record DateWords(boolean monthFirst, Map<String, Integer> monthAbbreviations, List<String> dayCues,
			List<String> monthCues, List<String> joiners, List<String> rangeWords, List<String> ordinalSuffixes,
			Map<String, Integer> numbers, Map<String, Integer> relativeDays, List<String> countNouns,
			List<String> spanStarts, List<String> spanEnds, List<String> rangeOpeners, List<String> spanStartsAfter,
			List<String> spanEndsAfter, List<String> weekNouns, List<String> monthNouns) {

		public static final DateWords NONE = new DateWords(false, Map.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of());

		public DateWords {
			monthAbbreviations = Map.copyOf(monthAbbreviations);
			dayCues = List.copyOf(dayCues);
			monthCues = List.copyOf(monthCues);
			joiners = List.copyOf(joiners);
			rangeWords = List.copyOf(rangeWords);
			ordinalSuffixes = List.copyOf(ordinalSuffixes);
			numbers = Map.copyOf(numbers);
			relativeDays = Map.copyOf(relativeDays);
			countNouns = List.copyOf(countNouns);
			spanStarts = List.copyOf(spanStarts);
			spanEnds = List.copyOf(spanEnds);
			rangeOpeners = List.copyOf(rangeOpeners);
			spanStartsAfter = List.copyOf(spanStartsAfter);
			spanEndsAfter = List.copyOf(spanEndsAfter);
			weekNouns = List.copyOf(weekNouns);
			monthNouns = List.copyOf(monthNouns);
		}
	}
}
