package org.lacreview.index.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.LanguagePack;
import org.lacreview.index.corpus.OperationName;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.Phrases;

/**
 * The words of every language of a corpus that dates are written with ({@code months:}
 * and the {@code dates:} block of {@code languages/xx.yml}), folded, as lookup tables and
 * as regex alternations. Words of all languages are used together, since people mix them
 * ("el 26 de april"); only reading "4/26" month first depends on the question's language.
 */
final class DateVocabulary {

	/**
	 * Full month names and abbreviations (with or without a final dot) to the month,
	 * 1–12.
	 */
	private final Map<String, Integer> months = new HashMap<>();

	private final Map<String, Integer> fullMonths = new HashMap<>();

	/**
	 * Day numbers written as words, spaces and hyphens as one space: "vingt six" → 26.
	 */
	private final Map<String, Integer> numbers = new HashMap<>();

	private final Map<String, Integer> relative = new HashMap<>();

	private final Set<String> monthFirst = new HashSet<>();

	/** Each language's day cues, folded. */
	private final Map<String, Set<String>> cuesByLanguage = new HashMap<>();

	final String month;

	final String fullMonth;

	final String number;

	/**
	 * The day numbers from 10 up written as words ("veintisiete", "twenty-sixth"): read
	 * as a day even with no month after a day cue ("el día veintisiete"). Smaller ones
	 * are not, since "the one", "los dos" count things.
	 */
	final String twoDigitNumber;

	final String dayCues;

	final String monthCues;

	final String joiners;

	final String rangeWords;

	/** Words before the first day of a range: "entre", "between". */
	final String rangeOpeners;

	/**
	 * Range words that also join parts ("y", "and the"), folded: a range only after an
	 * opener.
	 */
	private final Set<String> joiningRangeWords = new HashSet<>();

	final String suffixes;

	final String relativeDays;

	/**
	 * Words after which a number is a count or a rank, not a day: the languages'
	 * {@code count_nouns} ("the 3 days"), their one-word superlatives of
	 * {@code rank_most} and {@code rank_least} ("the 4th biggest") and the families'
	 * {@code order_words} ("le 4e groupe").
	 */
	final String countNouns;

	private final WordGate monthGate;

	DateVocabulary(Corpus corpus) {
		Set<String> cues = new HashSet<>();
		Set<String> monthCueWords = new HashSet<>();
		Set<String> joinerWords = new HashSet<>();
		Set<String> openers = new HashSet<>();
		Set<String> ranges = new HashSet<>();
		Set<String> suffixWords = new HashSet<>();
		Set<String> counted = new HashSet<>();
		for (LanguagePack pack : corpus.languages().values()) {
			for (int i = 0; i < pack.months().size(); i++) {
				fullMonths.putIfAbsent(Folding.fold(pack.months().get(i)), i + 1);
			}
			LanguagePack.DateWords words = pack.dates();
			words.monthAbbreviations().forEach((w, m) -> months.putIfAbsent(Folding.fold(w), m));
			words.numbers().forEach((w, n) -> numbers.putIfAbsent(spaced(w), n));
			words.relativeDays().forEach((w, n) -> relative.putIfAbsent(spaced(w), n));
			cues.addAll(words.dayCues());
			words.dayCues()
				.forEach(c -> cuesByLanguage.computeIfAbsent(pack.code(), k -> new HashSet<>()).add(spaced(c)));
			monthCueWords.addAll(words.monthCues());
			joinerWords.addAll(words.joiners());
			ranges.addAll(words.rangeWords());
			openers.addAll(words.rangeOpeners());
			// A language without openers keeps every range word a range word.
			if (!words.rangeOpeners().isEmpty()) {
				Set<String> partJoiners = new HashSet<>();
				pack.phrasing().partJoiners().forEach(j -> partJoiners.add(spaced(j)));
				words.rangeWords()
					.stream()
					.map(DateVocabulary::spaced)
					.filter(w -> partJoiners.contains(w.split(" ")[0]))
					.forEach(joiningRangeWords::add);
			}
			suffixWords.addAll(words.ordinalSuffixes());
			counted.addAll(words.countNouns());
			// "the 4th biggest group": a number before a superlative is a rank.
			for (OperationName rank : new OperationName[] { OperationName.RANK_MOST, OperationName.RANK_LEAST }) {
				pack.phrasing()
					.operations()
					.getOrDefault(rank.key(), List.of())
					.stream()
					.filter(phrase -> phrase.matches("\\p{L}+"))
					.map(Folding::fold)
					.forEach(counted::add);
			}
			if (words.monthFirst()) {
				monthFirst.add(pack.code());
			}
		}
		// "le 4e groupe", "the 2nd area": a number before a family's noun is its rank.
		corpus.families().forEach(f -> f.orderWords().stream().map(Folding::fold).forEach(counted::add));
		fullMonths.forEach(months::putIfAbsent);
		this.fullMonth = alternation(fullMonths.keySet());
		this.month = "(?:" + alternation(fullMonths.keySet()) + "|(?:" + alternation(abbreviations()) + ")\\.?)";
		this.number = alternation(numbers.keySet());
		this.twoDigitNumber = alternation(
				numbers.entrySet().stream().filter(e -> e.getValue() >= 10).map(Map.Entry::getKey).toList());
		this.dayCues = alternation(cues);
		this.monthCues = alternation(monthCueWords);
		this.joiners = alternation(joinerWords);
		this.rangeWords = alternation(ranges);
		this.rangeOpeners = alternation(openers);
		this.suffixes = alternation(suffixWords);
		this.relativeDays = alternation(relative.keySet());
		this.countNouns = alternation(counted);
		this.monthGate = new WordGate(months.keySet(), Character::isLetter);
	}

	/**
	 * Whether a word of {@code folded} (a run of letters: the patterns bound a month's
	 * name by spaces, commas, apostrophes and anything but a letter) is a month's name or
	 * abbreviation, as every pattern with a month needs.
	 */
	boolean namesAMonth(String folded) {
		return monthGate.opens(folded);
	}

	private Set<String> abbreviations() {
		return months.keySet().stream().filter(w -> !fullMonths.containsKey(w)).collect(Collectors.toSet());
	}

	/** The month a name or abbreviation ("abr.", "april") stands for. */
	Optional<Integer> month(String text) {
		return Optional.ofNullable(months.get(text.replaceAll("\\.$", "").strip()));
	}

	/**
	 * The day of the month "27", "27th", "1er", "veintisiete" or "twenty-seventh" stands
	 * for.
	 */
	Optional<Integer> day(String text) {
		String digits = text.replaceAll("^(\\d{1,2}).*$", "$1");
		if (digits.matches("\\d{1,2}")) {
			return Optional.of(Integer.parseInt(digits));
		}
		return Optional.ofNullable(numbers.get(spaced(text)));
	}

	Optional<Integer> relativeOffset(String text) {
		return Optional.ofNullable(relative.get(spaced(text)));
	}

	/**
	 * Whether {@code rangeWord} (as matched, folded) also joins parts, so that it makes a
	 * range only after one of the {@link #rangeOpeners}: "el 3 y el 5" are two days.
	 */
	boolean joinsParts(String rangeWord) {
		return joiningRangeWords.contains(spaced(rangeWord));
	}

	/**
	 * Whether {@code cue} (as matched, folded) is a day cue of {@code language}: "o" is
	 * one in Portuguese ("o 27"), the word "or" in Spanish.
	 */
	boolean isDayCue(String language, String cue) {
		return cuesByLanguage.getOrDefault(language, Set.of()).contains(spaced(cue));
	}

	/** Whether people writing {@code language} put the month first in "4/26". */
	boolean monthFirst(String language) {
		return monthFirst.contains(language);
	}

	/**
	 * A word folded, with hyphens and runs of spaces as one space: "twenty-seventh" as
	 * "twenty seventh".
	 */
	static String spaced(String word) {
		return Folding.fold(word).replaceAll("[\\s-]+", " ").strip();
	}

	/**
	 * A regex alternation of {@code words}, longest first; a space inside a word matches
	 * spaces or a hyphen, so "vingt six" finds "vingt-six". Never matches when there are
	 * no words.
	 */
	static String alternation(Collection<String> words) {
		if (words.isEmpty()) {
			return "(?!)";
		}
		return "(?:" + Phrases.alternation(words.stream().map(DateVocabulary::spaced).toList(),
				w -> Pattern.quote(w).replace(" ", "\\E[\\s-]+\\Q")) + ")";
	}

}
