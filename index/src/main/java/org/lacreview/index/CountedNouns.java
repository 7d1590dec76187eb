package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * What a question's family nouns (each family's {@code order_words}: "grupos", "días")
 * say about the computation it asks: the family a count counts (at most
 * {@value #COUNT_GAP_WORDS} words after its phrase: "¿cuántos grupos…?", "how many
 * stakeholder categories"), the values within a bound a question word asks ("¿qué
 * talleres tuvieron más de 100?"), an average per a family without figures, a rank of
 * what has none. Part of reading the operation ({@link OperationReader}).
 */
final class CountedNouns {

	/**
	 * The most words between a counting phrase and the family's noun: "cuántos [tipos de]
	 * grupos", "how many [of the registration] categories" (3 rather than 2: no read set
	 * item changed but that one).
	 */
	static final int COUNT_GAP_WORDS = 3;

	/** Per family with order words, its nouns as one pattern, for counts. */
	private final Map<String, Pattern> familyNouns = new HashMap<>();

	/** Per family whose values have figures, its nouns wherever they are. */
	private final Map<String, Pattern> nounsAnywhere = new HashMap<>();

	/** Per family whose values have no figures, its nouns wherever they are. */
	private final Map<String, Pattern> figurelessNouns = new HashMap<>();

	/**
	 * The nouns of families with order words, anywhere in a question: those whose values
	 * have figures, and those whose values have none.
	 */
	private final Pattern withFigures;

	private final Pattern withoutFigures;

	/** Per language, its question words, folded, as whole words. */
	private final Map<String, Pattern> whichWords = new HashMap<>();

	/**
	 * Per family with order words, one of its nouns at most one word into what follows
	 * ("which stakeholder groups"): what a question word asks of.
	 */
	private final Map<String, Pattern> nounsRightAfter = new HashMap<>();

	/** Per family with order words, one of its nouns with no word before it. */
	private final Map<String, Pattern> nounsNext = new HashMap<>();

	/** The analyzer of each corpus language, for the words of a gap. */
	private final Map<String, LanguageAnalyzer> analyzers;

	/** Per language, how its plural words end. */
	private final Map<String, List<String>> pluralEndings = new HashMap<>();

	/**
	 * Per language, its {@code distributive_words} ("cada", "each"), folded: a noun after
	 * one is what the figure is asked per, not what is counted.
	 */
	private final Map<String, Set<String>> distributive = new HashMap<>();

	private final CountBounds bounds;

	private final OperationPhrases phrases;

	/**
	 * @param analyzers the analyzer of each corpus language
	 */
	CountedNouns(Corpus corpus, Map<String, LanguageAnalyzer> analyzers, CountBounds bounds, OperationPhrases phrases) {
		this.analyzers = analyzers;
		this.bounds = bounds;
		this.phrases = phrases;
		corpus.languages().forEach((language, pack) -> {
			pluralEndings.put(language, pack.phrasing().pluralEndings());
			distributive.put(language,
					pack.phrasing().distributiveWords().stream().map(Folding::fold).collect(Collectors.toSet()));
			List<String> questionWords = new ArrayList<>();
			pack.phrasing().questionWords().forEach(w -> questionWords.add(Folding.fold(w)));
			pack.phrasing().accentedQuestionWords().forEach(w -> questionWords.add(Folding.fold(w)));
			Pattern words = Phrases.wholeWords(questionWords);
			if (words != null) {
				whichWords.put(language, words);
			}
		});
		List<String> figured = new ArrayList<>();
		List<String> figureless = new ArrayList<>();
		for (EntityFamily family : corpus.familiesByName().values()) {
			boolean hasFigures = family.values().stream().anyMatch(Operands::hasFigures);
			(hasFigures ? figured : figureless).addAll(family.orderWords());
			if (!family.orderWords().isEmpty()) {
				(hasFigures ? nounsAnywhere : figurelessNouns).put(family.name(),
						Phrases.wholeWords(family.orderWords()));
				familyNouns.put(family.name(), nounWithin(family.orderWords(), 0, COUNT_GAP_WORDS));
				nounsRightAfter.put(family.name(), nounWithin(family.orderWords(), 0, 1));
				nounsNext.put(family.name(), nounWithin(family.orderWords(), 0, 0));
			}
		}
		this.withFigures = figured.isEmpty() ? null : Phrases.wholeWords(figured);
		this.withoutFigures = figureless.isEmpty() ? null : Phrases.wholeWords(figureless);
	}

	/**
	 * One of {@code nouns} at the start of a text, after between {@code fewest} and
	 * {@code most} words (as few as may be), to be matched with a space before the text
	 * ("los grupos" of "cuántos los grupos…" after "cuántos").
	 */
	static Pattern nounWithin(List<String> nouns, int fewest, int most) {
		return Pattern.compile("^((?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){" + fewest + "," + most + "}?)[^\\p{L}\\p{N}]+(?:"
				+ Phrases.alternation(nouns) + ")(?![\\p{L}\\p{N}])");
	}

	/**
	 * Per family whose values have figures and that has order words, those as whole
	 * words.
	 */
	Map<String, Pattern> withFiguresByFamily() {
		return nounsAnywhere;
	}

	/**
	 * Whether a count's phrase of {@code language} in {@code folded} is followed right
	 * away by a noun of {@code family} ("¿cuántos días…?", not "¿cuántos por día?").
	 */
	boolean countsRightBefore(String folded, String language, String family) {
		Pattern count = phrases.of(Operation.COUNT, language);
		Pattern noun = nounsNext.get(family);
		if (count == null || noun == null) {
			return false;
		}
		Matcher matcher = count.matcher(folded);
		while (matcher.find()) {
			if (noun.matcher(" " + folded.substring(matcher.end())).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "¿Qué talleres tuvieron más de 100 inscritos?": a question word of the language
	 * ({@code question_words}, {@code accented_question_words}) before a family's noun
	 * (at most one word between), with a bound on figures after it, asks the values
	 * within the bound, as a count with that bound does ("Son 2: …"); empty for any other
	 * question.
	 */
	Optional<AskedOperation> whichWithBound(String folded, String language) {
		Pattern which = whichWords.get(language);
		if (which == null) {
			return Optional.empty();
		}
		Matcher matcher = which.matcher(folded);
		while (matcher.find()) {
			String after = folded.substring(matcher.end());
			Optional<String> counted = nounsRightAfter.entrySet()
				.stream()
				.filter(e -> e.getValue().matcher(" " + after).lookingAt())
				.map(Map.Entry::getKey)
				.sorted()
				.findFirst();
			if (counted.isPresent()) {
				Optional<CountBounds.Bound> bound = bounds.in(after, language)
					.or(() -> bounds.againstAName(after, language));
				if (bound.isPresent()) {
					return Optional.of(new AskedOperation(Operation.COUNT, 0, counted, bound));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * An average, in a question that says a noun of a family whose values have no figures
	 * ("¿cuántos registrados por país en promedio?", "¿cuántos por Zoom en promedio en
	 * cada mesa?"): said per a value of that family, or within one
	 * ({@link AskedOperation#perFamilyOf}), which no family's figures give. Whatever else
	 * the question names: a platform or an area named beside the noun does not make the
	 * figures per day the ones asked.
	 */
	AskedOperation averagePerFamily(AskedOperation asked, Extraction question) {
		if (asked.operation() != Operation.AVERAGE) {
			return asked;
		}
		return figurelessNouns.entrySet()
			.stream()
			.filter(e -> e.getValue().matcher(question.masked()).find())
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.map(asked::perFamilyOf)
			.orElse(asked);
	}

	/** The only family with figures one of whose nouns {@code before} has. */
	Optional<String> namedBefore(String before) {
		List<String> named = nounsAnywhere.entrySet()
			.stream()
			.filter(e -> e.getValue().matcher(before).find())
			.map(Map.Entry::getKey)
			.toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/**
	 * The family whose noun comes right after a counting phrase, in what follows it: the
	 * first noun said ("¿cuántos días de feria?" counts days, not fairs).
	 * @param language the question's language when the phrase is a count's, whose own
	 * plural before the noun is what it counts ({@link #countedBefore}); null after a
	 * sum's ("add up all the…")
	 */
	Optional<String> counted(String after, String language) {
		// After "combien d'" the noun follows with no space.
		String spaced = " " + after;
		record Found(String family, int end) {
		}
		LanguageAnalyzer analyzer = language == null ? null : analyzers.get(language);
		return familyNouns.entrySet().stream().map(e -> {
			Matcher matcher = e.getValue().matcher(spaced);
			// A plural word of its own before the noun and another after it are a
			// clause, not a kind of it: "¿cuántos invitados tuvo la gala?" counts the
			// guests, where "¿cuántos tipos de gala?" counts galas.
			// "¿cuántos por la radio cada día?" asks a figure per day, not how many days.
			boolean found = matcher.lookingAt()
					&& (analyzer == null || !countedBefore(matcher.group(1), analyzer, language)
							&& !endsWithDistributive(matcher.group(1), language));
			return found ? new Found(e.getKey(), matcher.end()) : null;
		})
			.filter(Objects::nonNull)
			.min(Comparator.comparingInt(Found::end).thenComparing(Found::family))
			.map(Found::family);
	}

	/**
	 * Whether the last word between a counting phrase and a family's noun is one of the
	 * language's distributive words ("each" in "how many on the radio each day").
	 */
	private boolean endsWithDistributive(String gap, String language) {
		String[] words = gap.strip().split("[^\\p{L}\\p{N}]+");
		return words.length > 0 && distributive.getOrDefault(language, Set.of()).contains(words[words.length - 1]);
	}

	/**
	 * Whether the words between a counting phrase and a family's noun begin with a plural
	 * word of the language's {@code plural_endings} that is not a stop word, and have
	 * another word of their own after it, or two words or more of any kind: that plural
	 * is what is counted. "tipos de" is a kind of the noun after it; "inscritos tinham
	 * os" ("quantos inscritos tinham os grupos de…?", whose verb is a stop word) a
	 * clause.
	 */
	private boolean countedBefore(String gap, LanguageAnalyzer analyzer, String language) {
		String[] words = gap.strip().split("[^\\p{L}\\p{N}]+");
		List<String> endings = pluralEndings.getOrDefault(language, List.of());
		return words.length > 1 && endings.stream().anyMatch(words[0]::endsWith) && !analyzer.terms(words[0]).isEmpty()
				&& (analyzer.terms(gap).size() > 1 || words.length > 2);
	}

	/**
	 * Whether {@code folded} names a family whose values have figures by one of its nouns
	 * ("de las categorías de registrados").
	 */
	boolean namesAFamilyWithFigures(String folded) {
		return withFigures != null && withFigures.matcher(folded).find();
	}

	/**
	 * Whether {@code folded} asks which value of a family has the most or the least
	 * ("¿qué taller tuvo más asistentes?") when that family's values have no figures and
	 * no family with figures is named: nothing the corpus has ranks them.
	 */
	boolean ranksWhatHasNoFigures(String folded, String language) {
		Map<Operation, Pattern> byOperation = phrases.in(language);
		boolean ranks = Stream.of(Operation.RANK_MOST, Operation.RANK_LEAST)
			.map(byOperation::get)
			.anyMatch(p -> p != null && p.matcher(folded).find());
		return ranks && withoutFigures != null && withoutFigures.matcher(folded).find()
				&& (withFigures == null || !withFigures.matcher(folded).find());
	}

}
