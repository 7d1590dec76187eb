package org.lacreview.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.DateSpan;
import org.lacreview.index.corpus.EntityFamily;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.corpus.Placeholder;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.text.Phrases;

/**
 * Reads which computation a question asks for: the first {@link Operation}, in their
 * order, one of whose {@code operations} phrases of the question's
 * {@code languages/xx.yml} it contains ("cuántos más", "juntos", "porcentaje … bajó"),
 * except that a count gives way to an operation whose phrase comes before its own; a
 * phrase's "…" stands for up to {@value #GAP_WORDS} words. A rank also needs an ordinal
 * of the language ("el segundo grupo con más…"); a count, one of a family's
 * {@code order_words} at most {@value #COUNT_GAP_WORDS} words after its phrase ("¿cuántos
 * grupos…?", "how many stakeholder categories").
 */
final class OperationReader {

	/** A mark that ends a clause: what a complement leaves out ends there. */
	private static final Pattern CLAUSE_MARK = Pattern.compile("[,.;:?!()¿]");

	/**
	 * The most words "…" stands for in an operation phrase: a value's name may take seven
	 * or eight ("de plus pour l'atelier des jeunes artisans de la ville haute que"). 12
	 * rather than 8 gained two read-set items and lost none.
	 */
	static final int GAP_WORDS = 12;

	/**
	 * The most words between a counting phrase and the family's noun: "cuántos [tipos de]
	 * grupos", "how many [of the registration] categories" (3 rather than 2: no read set
	 * item changed but that one).
	 */
	static final int COUNT_GAP_WORDS = 3;

	/** Per language, each operation's phrases as one pattern of whole words. */
	private final Map<String, Map<Operation, Pattern>> phrases = new HashMap<>();

	/**
	 * Per language, its ordinals from the second on ("segundo" → 2) and from the end
	 * ("último" → -1), for ranks.
	 */
	private final Map<String, Map<String, Integer>> positions = new HashMap<>();

	/**
	 * Per language, its ordinals of a second place or later and of a place from the end,
	 * as whole words.
	 */
	private final Map<String, Pattern> ordinalPatterns = new HashMap<>();

	/**
	 * Per language, its ordinals of the first place ("primero", "first"): a rank only in
	 * a bare follow-up of a rank ({@link #rankAfter}), as elsewhere they name a first day
	 * or a first question far more often.
	 */
	private final Map<String, Pattern> firstPlaces = new HashMap<>();

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

	private final CountBounds bounds;

	/** Per language, its question words, folded, as whole words. */
	private final Map<String, Pattern> whichWords = new HashMap<>();

	/**
	 * Per family with order words, one of its nouns at most one word into what follows
	 * ("which stakeholder groups"): what a question word asks of.
	 */
	private final Map<String, Pattern> nounsRightAfter = new HashMap<>();

	/** Per family with order words, one of its nouns with no word before it. */
	private final Map<String, Pattern> nounsNext = new HashMap<>();

	private final WholeOfShare wholeOfShare;

	private final FamilyWholes familyWholes;

	private final PerValueCounting perValueCounting;

	private final NeighbourRanks neighbourRanks;

	private final SpanPoints spanPoints;

	private final DateUnits dateUnits;

	private final IncludedValues included;

	private final JoinedValues joined;

	private final GroupedValues grouped;

	/** Per language, its difference's phrases in two parts ("more … than"). */
	private final Map<String, Pattern> comparatives = new HashMap<>();

	/** The analyzer of each corpus language, for the words of a gap. */
	private final Map<String, LanguageAnalyzer> analyzers;

	/** Per language, how its plural words end. */
	private final Map<String, List<String>> pluralEndings = new HashMap<>();

	/**
	 * @param analyzers the analyzer of each corpus language
	 */
	OperationReader(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		this.analyzers = analyzers;
		corpus.languages().forEach((language, pack) -> pluralEndings.put(language, pack.phrasing().pluralEndings()));
		this.bounds = new CountBounds(corpus);
		this.wholeOfShare = new WholeOfShare(corpus);
		this.familyWholes = new FamilyWholes(corpus, analyzers);
		this.perValueCounting = new PerValueCounting(corpus);
		this.spanPoints = new SpanPoints(corpus);
		this.dateUnits = new DateUnits(corpus);
		this.included = new IncludedValues(corpus);
		this.joined = new JoinedValues(corpus);
		this.grouped = new GroupedValues(corpus);
		corpus.languages().forEach((language, pack) -> {
			Map<Operation, Pattern> byOperation = new HashMap<>();
			for (Operation operation : Operation.values()) {
				List<String> words = pack.phrasing().operations().getOrDefault(operation.key(), List.of());
				if (!words.isEmpty()) {
					// Phrases without a gap are literal, and match the same factored.
					String alternation = words.stream().anyMatch(OperationReader::hasGap)
							? Phrases.alternation(words, OperationReader::phrasePattern) : Phrases.alternation(words);
					// A phrase ending in an apostrophe ("combien d'") runs into the next
					// word.
					String end = "(?:(?<=['’])|(?![\\p{L}\\p{N}]))";
					byOperation.put(operation, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")" + end));
				}
			}
			// "bigger … than": a difference's phrase in two parts, the second before
			// the value compared with.
			List<String> comparing = pack.phrasing()
				.operations()
				.getOrDefault(Operation.DIFFERENCE.key(), List.of())
				.stream()
				.filter(phrase -> phrase.contains("…"))
				.toList();
			if (!comparing.isEmpty()) {
				comparatives.put(language, Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
						+ Phrases.alternation(comparing, OperationReader::phrasePattern) + ")(?![\\p{L}\\p{N}])"));
			}
			phrases.put(language, byOperation);
			List<String> questionWords = new ArrayList<>();
			pack.phrasing().questionWords().forEach(w -> questionWords.add(Folding.fold(w)));
			pack.phrasing().accentedQuestionWords().forEach(w -> questionWords.add(Folding.fold(w)));
			Pattern words = Phrases.wholeWords(questionWords);
			if (words != null) {
				whichWords.put(language, words);
			}
			Map<String, Integer> ordinals = new HashMap<>();
			pack.rankingOrdinals().forEach((word, position) -> {
				if (position >= 2 || position < 0) {
					ordinals.put(Folding.fold(word), position);
				}
			});
			positions.put(language, ordinals);
			Pattern first = Phrases.wholeWords(pack.rankingOrdinals()
				.entrySet()
				.stream()
				.filter(e -> e.getValue() == 1)
				.map(e -> Folding.fold(e.getKey()))
				.toList());
			if (first != null) {
				firstPlaces.put(language, first);
			}
			Pattern ordinalWords = Phrases.wholeWords(ordinals.keySet());
			if (ordinalWords != null) {
				ordinalPatterns.put(language, ordinalWords);
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
			}
		}
		this.neighbourRanks = new NeighbourRanks(nounsAnywhere);
		this.withFigures = figured.isEmpty() ? null : Phrases.wholeWords(figured);
		this.withoutFigures = figureless.isEmpty() ? null : Phrases.wholeWords(figureless);
		for (EntityFamily family : corpus.familiesByName().values()) {
			if (!family.orderWords().isEmpty()) {
				familyNouns.put(family.name(), nounWithin(family.orderWords(), 0, COUNT_GAP_WORDS));
				nounsRightAfter.put(family.name(), nounWithin(family.orderWords(), 0, 1));
				nounsNext.put(family.name(), nounWithin(family.orderWords(), 0, 0));
			}
		}
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

	/** Whether a phrase has a gap ("…" or "..."), where any few words may stand. */
	private static boolean hasGap(String phrase) {
		return phrase.contains("…") || phrase.contains("...");
	}

	/**
	 * A phrase as a pattern: its words as written, and "…" for up to {@value #GAP_WORDS}
	 * words in between ("más … que" finds "más se conectaron el 26 que").
	 */
	private static String phrasePattern(String phrase) {
		String gap = "(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0," + GAP_WORDS + "}?[^\\p{L}\\p{N}]+";
		// Folding writes "…" as "...".
		return String.join(gap, Arrays.stream(phrase.split("\\s*(?:…|\\.\\.\\.)\\s*")).map(Pattern::quote).toList());
	}

	/**
	 * The computation a question asks for ({@link #asked(String, String)}), or for a
	 * follow-up naming nothing, the rank an ordinal asks for after the previous answer
	 * ({@link #rankAfter}); empty for none.
	 */
	Optional<AskedOperation> asked(Extraction question, String language, Optional<Intent> previous) {
		Optional<AskedOperation> neighbour = neighbourRanks.asked(question, phrases.getOrDefault(language, Map.of()));
		if (neighbour.isPresent()) {
			return neighbour;
		}
		return joined
			.asked(included.asked(readOutsideNames(question, language), question, language), question, language,
					phrases.getOrDefault(language, Map.of()).get(Operation.COUNT))
			.map(a -> NamedSetTotals.counted(a, question))
			.map(a -> fromAverage(a, question.folded(), language))
			.map(a -> sumOfTheNamed(a, question, language))
			.map(a -> daysOfTheNamed(a, question, language))
			.map(a -> changeSaidAsShare(a, question, language))
			.map(a -> withWhole(a, question, language))
			.map(a -> differenceNamingNothing(a, question, language))
			.map(a -> betweenExtremesOf(a, question, previous))
			// A sum adds a whole only to what it is joined to ("los talleres y los
			// inscritos"); other operations set it against what else is named.
			.map(a -> (a.operation() == Operation.SUM ? familyWholes.joined(question, language)
					: familyWholes.named(question, language))
				.map(f -> new AskedOperation(a.operation(), a.position(), a.counted(), a.bound(), a.excluding(),
						a.whole(), Optional.of(f), a.extremes(), a.ofNamed()))
				.orElse(a))
			.map(a -> a.operation() == Operation.DAYS_BETWEEN ? a.withPoints(spanPoints.of(question, language)) : a)
			.map(a -> a.operation().overDates() ? a.inUnit(dateUnits.of(question.folded(), language)) : a)
			.map(a -> perValueCounting.read(a, question, phrases.getOrDefault(language, Map.of())))
			.map(a -> averagePerFamily(a, question))
			.map(a -> betweenGroups(a, question, language))
			.map(a -> relativeToTheCompared(a, question, language))
			// "¿Qué día tuvo más talleres?": a superlative over how many of a family each
			// value has, which no figure gives.
			.or(() -> superlative(question.folded(), language)
				.map(o -> perValueCounting.read(new AskedOperation(o, 1, Optional.empty()), question,
						phrases.getOrDefault(language, Map.of())))
				.filter(a -> a.perValue().isPresent()))
			.or(() -> question.leansOnContext() && question.mentions().isEmpty()
					? previous.flatMap(i -> rankAfter(question.folded(), language, i)) : Optional.empty());
	}

	/**
	 * The computation {@code question} asks for ({@link #asked(String, String)}), but
	 * never a count of a family whose noun is only within the name of one of its values:
	 * "how many fewer at the fair on day 3 than day 2" compares two days, it does not
	 * count days. Such names are read as blanks; a name of several values ("los días de
	 * feria") is the family itself and stays.
	 */
	private Optional<AskedOperation> readOutsideNames(Extraction question, String language) {
		Optional<AskedOperation> read = asked(question.folded(), language);
		Optional<String> counted = read.filter(a -> a.operation() == Operation.COUNT).flatMap(AskedOperation::counted);
		List<Mention> ofCounted = question.mentions()
			.stream()
			.filter(m -> m.values().size() == 1 && counted.equals(Optional.of(m.values().get(0).family())))
			.toList();
		if (ofCounted.isEmpty()) {
			return read;
		}
		StringBuilder blanked = new StringBuilder(question.folded());
		ofCounted.forEach(m -> blanked.replace(m.start(), m.end(), " ".repeat(m.end() - m.start())));
		Optional<AskedOperation> outside = asked(blanked.toString(), language);
		boolean stillCounted = outside.filter(a -> a.operation() == Operation.COUNT)
			.flatMap(AskedOperation::counted)
			.equals(counted);
		return stillCounted ? read : outside;
	}

	/**
	 * "¿Cuántos países en total, sumando Estados miembros y miembros asociados?": a count
	 * with no bound, in a question that says a sum and names two or more values with
	 * figures of a family other than the one counted (by name, not by date), adds up
	 * those values.
	 */
	private AskedOperation sumOfTheNamed(AskedOperation asked, Extraction question, String language) {
		if (asked.operation() != Operation.COUNT || asked.bound().isPresent() || !saysASum(question, language)) {
			return asked;
		}
		// Not values named by a date: "combien d'aires les 27 et 28 avril" counts the
		// areas of those days.
		Map<String, Long> withFigures = question.mentions()
			.stream()
			.filter(m -> !m.isDate())
			.flatMap(m -> m.values().stream())
			.filter(Operands::hasFigures)
			.distinct()
			.collect(Collectors.groupingBy(EntityValue::family, Collectors.counting()));
		boolean twoOfAnother = withFigures.entrySet()
			.stream()
			.anyMatch(e -> e.getValue() >= 2 && !asked.counted().equals(Optional.of(e.getKey())));
		return twoOfAnother ? new AskedOperation(Operation.SUM, 0, Optional.empty()) : asked;
	}

	/**
	 * "¿Cuántos días sumaron en total los talleres y la feria?": a duration, or a count
	 * of the values of a family (the days) with no bound, in a question that says a sum
	 * and names two or more values of another family by name, each dated by whole days,
	 * adds up how long each lasted: a duration of all of them.
	 */
	private AskedOperation daysOfTheNamed(AskedOperation asked, Extraction question, String language) {
		boolean countOfAFamily = asked.operation() == Operation.COUNT && asked.counted().isPresent()
				&& asked.bound().isEmpty();
		if (!countOfAFamily && asked.operation() != Operation.DURATION || !saysASum(question, language)) {
			return asked;
		}
		List<EntityValue> dated = question.mentions()
			.stream()
			.filter(m -> !m.isDate())
			.flatMap(m -> m.values().stream())
			.filter(v -> !asked.counted().equals(Optional.of(v.family()))
					&& v.date().filter(DateSpan::exactDays).isPresent())
			.distinct()
			.toList();
		boolean oneFamily = dated.stream().map(EntityValue::family).distinct().count() == 1;
		return dated.size() >= 2 && oneFamily ? AskedOperation.durationOfNamed() : asked;
	}

	/** Whether the question has one of the language's sum phrases. */
	boolean saysASum(Extraction question, String language) {
		Pattern sum = phrases.getOrDefault(language, Map.of()).get(Operation.SUM);
		return sum != null && sum.matcher(question.folded()).find();
	}

	/**
	 * "By what percentage was the fair bigger than the workshops?": a change in percent
	 * between the two values named, with a difference's phrase in two parts ("bigger …
	 * than") ending between them, is relative to the second; {@code asked} itself
	 * otherwise ("par rapport au lundi, de combien … le mardi" is relative to the first).
	 */
	private AskedOperation relativeToTheCompared(AskedOperation asked, Extraction question, String language) {
		Pattern difference = comparatives.get(language);
		if (asked.operation() != Operation.CHANGE || difference == null) {
			return asked;
		}
		// The two values of one family compared ("Zoom" may be named beside two days).
		Map<String, List<Mention>> byFamily = question.mentions()
			.stream()
			.filter(m -> m.values().size() == 1)
			.sorted(Comparator.comparingInt(Mention::start))
			.collect(Collectors.groupingBy(m -> m.values().get(0).family(), LinkedHashMap::new, Collectors.toList()));
		List<List<Mention>> pairs = byFamily.values().stream().filter(ms -> ms.size() == 2).toList();
		if (pairs.size() != 1 || pairs.get(0).get(0).values().get(0).equals(pairs.get(0).get(1).values().get(0))) {
			return asked;
		}
		List<Mention> named = pairs.get(0);
		int from = named.get(0).end();
		int to = named.get(1).start();
		boolean compared = GroupedValues.ends(difference, question.folded())
			.stream()
			.anyMatch(end -> end > from && end <= to);
		return compared ? asked.relativeTo(named.get(1).values().get(0).id()) : asked;
	}

	/**
	 * "¿Hubo más talleres que charlas y ferias juntas?": a sum, difference or ratio over
	 * values named in two groups ({@link GroupedValues}) is a difference (or that ratio)
	 * between the groups' sums; {@code asked} itself otherwise.
	 */
	private AskedOperation betweenGroups(AskedOperation asked, Extraction question, String language) {
		Operation operation = asked.operation();
		if (operation != Operation.SUM && operation != Operation.DIFFERENCE && operation != Operation.RATIO
				|| asked.bound().isPresent()) {
			return asked;
		}
		List<String> first = grouped.firstGroup(question, language, phrases.getOrDefault(language, Map.of()));
		if (first.isEmpty()) {
			return asked;
		}
		return new AskedOperation(operation == Operation.RATIO ? operation : Operation.DIFFERENCE, 0, Optional.empty(),
				Optional.empty(), false, Optional.empty(), Optional.empty())
			.groupedBy(first);
	}

	/**
	 * "¿cuántos menos vieron por YouTube?" after "¿y cuántos se registraron?": a
	 * difference or ratio that names no whole itself, asked right after a question naming
	 * a family's whole ({@link FamilyWholes}), sets that whole against what else the
	 * conversation compares.
	 * @param previousQuestion the previous question, folded, as the conversation kept it
	 */
	AskedOperation withWholeAskedBefore(AskedOperation asked, Optional<String> previousQuestion, String language) {
		if (asked.familyWhole().isPresent() || previousQuestion.isEmpty()
				|| asked.operation() != Operation.DIFFERENCE && asked.operation() != Operation.RATIO) {
			return asked;
		}
		return familyWholes.named(previousQuestion.get(), language)
			.map(f -> new AskedOperation(asked.operation(), asked.position(), asked.counted(), asked.bound(),
					asked.excluding(), asked.whole(), Optional.of(f), asked.extremes()))
			.orElse(asked);
	}

	/**
	 * "¿y cuántos más que el día con menos?": a count whose phrase begins a longer one of
	 * a difference, in a question that names no value, is that difference. A count of the
	 * family's values needs no comparison, and a difference of counts ("¿cuántos talleres
	 * más hubo el lunes que el martes?") names the values counted within.
	 */
	private AskedOperation differenceNamingNothing(AskedOperation asked, Extraction question, String language) {
		Map<Operation, Pattern> byOperation = phrases.getOrDefault(language, Map.of());
		Pattern count = byOperation.get(Operation.COUNT);
		Pattern difference = byOperation.get(Operation.DIFFERENCE);
		if (asked.operation() != Operation.COUNT || asked.bound().isPresent() || !question.mentions().isEmpty()
				|| count == null || difference == null) {
			return asked;
		}
		Matcher counting = count.matcher(question.folded());
		Matcher differing = difference.matcher(question.folded());
		if (!counting.find() || !differing.find() || differing.start() != counting.start()
				|| differing.end() <= counting.end()) {
			return asked;
		}
		return differenceOrRatio(Operation.DIFFERENCE, byOperation, question.folded());
	}

	/**
	 * A difference or ratio, between the largest and the smallest value when
	 * {@code folded} says both ends ("the gap between the biggest and the smallest").
	 */
	private static AskedOperation differenceOrRatio(Operation operation, Map<Operation, Pattern> byOperation,
			String folded) {
		return new AskedOperation(operation, 0, Optional.empty(), Optional.empty(), false, Optional.empty(),
				Optional.empty(), saysBoth(byOperation, Operation.RANK_MOST, Operation.RANK_LEAST, folded));
	}

	/**
	 * "by how much?" after an answer giving the largest and the smallest of a family: a
	 * difference or ratio that names nothing, leaning on that answer, is between its two
	 * ends ({@code extremes}).
	 */
	private static AskedOperation betweenExtremesOf(AskedOperation asked, Extraction question,
			Optional<Intent> previous) {
		boolean bothEnds = previous.map(i -> AnswerAggregates.aggregates(i.answer()))
			.filter(f -> f.contains(Placeholder.Function.MAX) && f.contains(Placeholder.Function.MIN))
			.isPresent();
		if (!bothEnds || asked.extremes() || !question.mentions().isEmpty()
				|| asked.operation() != Operation.DIFFERENCE && asked.operation() != Operation.RATIO) {
			return asked;
		}
		return new AskedOperation(asked.operation(), asked.position(), asked.counted(), asked.bound(),
				asked.excluding(), asked.whole(), asked.familyWhole(), true);
	}

	/**
	 * "En porcentaje, ¿cuánto menos hubo el martes que el lunes?": a share that also says
	 * a difference within one clause ("los talleres más los cursos, ¿qué porcentaje…?"
	 * says none), between the two values the question names of one family (and of no
	 * whole it names), is the change from one to the other.
	 */
	private AskedOperation changeSaidAsShare(AskedOperation asked, Extraction question, String language) {
		Map<Operation, Pattern> byOperation = phrases.getOrDefault(language, Map.of());
		if (asked.operation() != Operation.SHARE || asked.excluding()
				|| !saysWithinClause(byOperation.get(Operation.DIFFERENCE), question.folded())
				|| familyWholes.named(question, language).isPresent()) {
			return asked;
		}
		// Each value once, whether named alone or in a range ("entre el 27 y el 28").
		Map<String, Long> named = question.mentions()
			.stream()
			.filter(Mention::isCovered)
			.flatMap(m -> m.values().stream())
			.distinct()
			.collect(Collectors.groupingBy(EntityValue::family, Collectors.counting()));
		return named.values().stream().filter(n -> n == 2).count() == 1
				? new AskedOperation(Operation.CHANGE, 0, Optional.empty()) : asked;
	}

	/**
	 * A share with the value it is of, when the question names it ({@link WholeOfShare}).
	 */
	private AskedOperation withWhole(AskedOperation asked, Extraction question, String language) {
		Pattern share = phrases.getOrDefault(language, Map.of()).get(Operation.SHARE);
		if (asked.operation() != Operation.SHARE || asked.excluding() || share == null) {
			return asked;
		}
		return wholeOfShare.whole(question, language, share, phrases.get(language).get(Operation.SUM))
			.map(whole -> new AskedOperation(asked.operation(), asked.position(), asked.counted(), asked.bound(), false,
					Optional.of(whole)))
			.orElse(asked);
	}

	/**
	 * The computation {@code folded} (a question as read) asks for, in {@code language};
	 * empty for none.
	 */
	Optional<AskedOperation> asked(String folded, String language) {
		Map<Operation, Pattern> byOperation = phrases.getOrDefault(language, Map.of());
		Optional<AskedOperation> which = whichWithBound(folded, language);
		if (which.isPresent()) {
			return which;
		}
		Optional<AskedOperation> count = Optional.empty();
		int countAt = Integer.MAX_VALUE;
		int countEnd = Integer.MAX_VALUE;
		for (Operation operation : Operation.values()) {
			Pattern pattern = byOperation.get(operation);
			Matcher matcher = pattern == null ? null : pattern.matcher(folded);
			if (matcher == null || operation.isNeighbour()
					|| !foundOutsideBounds(matcher, operation, folded, language)) {
				continue;
			}
			if (operation == Operation.COUNT) {
				String after = folded.substring(matcher.end());
				Optional<CountBounds.Bound> bound = bounds.in(after, language)
					.or(() -> bounds.againstAName(after, language));
				// "De las categorías, ¿cuántas tuvieron menos de 20?": a bounded count
				// whose noun came before it.
				Optional<String> counted = counted(after, language)
					.or(() -> bound.flatMap(b -> namedBefore(folded.substring(0, matcher.start()))));
				if (counted.isPresent()) {
					count = Optional.of(new AskedOperation(operation, 0, counted, bound));
					countAt = matcher.start();
					countEnd = matcher.end();
				}
				continue;
			}
			if (operation == Operation.SUM && count.isPresent()) {
				// "¿Cuántos inscritos suman los talleres con menos de 20?": a bounded
				// count
				// whose family's noun comes only after a sum's phrase adds up the figures
				// of the values within the bound.
				AskedOperation counting = count.get();
				if (matcher.start() >= countEnd && counting.bound().isPresent()
						&& counting.counted().equals(counted(folded.substring(matcher.end()), null))) {
					return Optional.of(new AskedOperation(operation, 0, counting.counted(), counting.bound()));
				}
				// "Au total, combien d'aires thématiques… ?" counts the areas: a total of
				// a family's values is their count, not a sum of other figures.
				continue;
			}
			boolean sharesCountWords = matcher.end() > countAt && matcher.end() <= countEnd;
			if ((matcher.start() >= countAt || sharesCountWords) && operation != Operation.AVERAGE) {
				// A count's phrase is the plain interrogative ("cuántos … días"): it
				// gives way only to an operation said before it ("em média, quantos …
				// por dia" asks an average, not how many days), or to an average said
				// after it ("¿cuántas personas por país en promedio?"). One ending within
				// the count's phrase is not said before it: "de combien de pays" counts
				// countries, where "de combien" alone asks by how much.
				continue;
			}
			if (operation == Operation.SUM) {
				// "Add up every category with fewer than 20": a sum over the values of a
				// family the question names by their kind, within a bound.
				String after = folded.substring(matcher.end());
				return Optional.of(new AskedOperation(operation, 0, counted(after, null), bounds.in(after, language)));
			}
			if (operation == Operation.SHARE) {
				// "¿Qué proporción no era de ese grupo?": a share of the complement.
				Pattern excluding = byOperation.get(Operation.COMPLEMENT);
				return Optional.of(new AskedOperation(operation, 0, Optional.empty(), Optional.empty(),
						excluding != null && excluding.matcher(folded).find()));
			}
			if (operation == Operation.DIFFERENCE || operation == Operation.RATIO) {
				return Optional.of(differenceOrRatio(operation, byOperation, folded));
			}
			if (operation == Operation.COMPLEMENT) {
				// "Excluding the first, which had the most?" ranks the others: the
				// largest of the values not named, not the total without them.
				// Not a rank word within what is left out, which runs to the next mark
				// ("tirando os dois maiores grupos (…), quantos sobram?").
				Matcher clause = CLAUSE_MARK.matcher(folded);
				int clauseEnd = clause.find(matcher.end()) ? clause.start() : folded.length();
				for (Operation rank : List.of(Operation.RANK_MOST, Operation.RANK_LEAST)) {
					Pattern ranks = byOperation.get(rank);
					Matcher said = ranks == null ? null : ranks.matcher(folded);
					if (said != null && said.find()
							&& (said.start() < matcher.end() || said.start() >= clauseEnd || said.find(clauseEnd))) {
						return Optional.of(new AskedOperation(rank, position(folded, language).orElse(1),
								Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty()));
					}
				}
			}
			if (!operation.isRank()) {
				return Optional.of(new AskedOperation(operation, 0, Optional.empty()));
			}
			Pattern difference = byOperation.get(Operation.DIFFERENCE);
			Matcher differing = difference == null ? null : difference.matcher(folded);
			if (differing != null && differing.find() && differing.start() < matcher.start()) {
				// "¿por cuántos superó al que quedó segundo?": a difference whose
				// operand a rank names, not the rank itself.
				continue;
			}
			Optional<Integer> position = position(folded, language);
			if (position.isPresent()) {
				return Optional.of(new AskedOperation(operation, position.get(), Optional.empty()));
			}
		}
		return count;
	}

	/**
	 * A difference or an average said together asks how far one value is from the average
	 * ("¿cuántos más que el promedio?", "la diferencia con la media"): a difference from
	 * it. Not one between the largest and the smallest.
	 */
	private AskedOperation fromAverage(AskedOperation asked, String folded, String language) {
		boolean either = asked.operation() == Operation.AVERAGE
				|| asked.operation() == Operation.DIFFERENCE && !asked.extremes();
		return either
				&& saysBoth(phrases.getOrDefault(language, Map.of()), Operation.DIFFERENCE, Operation.AVERAGE, folded)
						? AskedOperation.differenceFromAverage() : asked;
	}

	/**
	 * Whether {@code folded} has a phrase of {@code pattern} that no clause mark splits.
	 */
	private static boolean saysWithinClause(Pattern pattern, String folded) {
		return pattern != null
				&& pattern.matcher(folded).results().anyMatch(r -> !CLAUSE_MARK.matcher(r.group()).find());
	}

	/**
	 * Whether {@code folded} has a phrase of each of the two operations, the first's not
	 * within one of the second's ("spread" of a difference in "spread evenly", an
	 * average's).
	 */
	private static boolean saysBoth(Map<Operation, Pattern> byOperation, Operation one, Operation other,
			String folded) {
		Pattern first = byOperation.get(one);
		Pattern second = byOperation.get(other);
		if (first == null || second == null) {
			return false;
		}
		List<MatchResult> spans = second.matcher(folded).results().toList();
		return !spans.isEmpty() && first.matcher(folded)
			.results()
			.anyMatch(r -> spans.stream().noneMatch(span -> span.start() <= r.start() && r.end() <= span.end()));
	}

	/**
	 * "¿y el segundo?" (or "¿y el primero?" after the second) after an answer naming the
	 * value with the largest figure of a family ({@code max(group.count)} first among the
	 * placeholders of the previous intent's answer for all values, else of its answer): a
	 * rank from the largest at the ordinal's position; from the smallest after
	 * {@code min(…)}. Empty when the question has no ordinal of {@code language} or the
	 * previous intent ranks nothing.
	 */
	Optional<AskedOperation> rankAfter(String folded, String language, Intent previous) {
		Optional<Operation> ranks = AnswerAggregates.ranksFrom(previous);
		if (ranks.isEmpty()) {
			return Optional.empty();
		}
		Operation operation = ranks.get();
		Pattern first = firstPlaces.get(language);
		Optional<Integer> position = position(folded, language).or(() -> fromTheEnd(folded, language))
			.or(() -> first != null && first.matcher(folded).find() ? Optional.of(1) : Optional.empty());
		if (position.isEmpty()) {
			// "¿y el más chico?" after the largest: the first from the other end. Not
			// "and the next smallest?" after the smallest, which is no first.
			return superlative(folded, language).filter(o -> o != operation)
				.map(o -> new AskedOperation(o, 1, Optional.empty()));
		}
		if (position.get() < 0) {
			// "¿y el último?" after the largest: the first from the other end.
			return Optional
				.of(new AskedOperation(operation == Operation.RANK_MOST ? Operation.RANK_LEAST : Operation.RANK_MOST,
						-position.get(), Optional.empty()));
		}
		return Optional.of(new AskedOperation(operation, position.get(), Optional.empty()));
	}

	/**
	 * The rank one superlative of {@code folded} asks for, when it has phrases of one of
	 * {@code rank_most} and {@code rank_least} only.
	 */
	Optional<Operation> superlative(String folded, String language) {
		Map<Operation, Pattern> byOperation = phrases.getOrDefault(language, Map.of());
		List<Operation> said = List.of(Operation.RANK_MOST, Operation.RANK_LEAST)
			.stream()
			.filter(o -> byOperation.containsKey(o) && byOperation.get(o).matcher(folded).find())
			.toList();
		return said.size() == 1 ? Optional.of(said.get(0)) : Optional.empty();
	}

	/**
	 * The position the first ordinal of {@code language} from the second place on in
	 * {@code folded} gives ("segundo" → 2).
	 */
	private Optional<Integer> position(String folded, String language) {
		// As phrases: an ordinal may be of several words ("runner-up").
		Pattern ordinals = ordinalPatterns.get(language);
		if (ordinals == null) {
			return Optional.empty();
		}
		Matcher matcher = ordinals.matcher(folded);
		while (matcher.find()) {
			Integer position = positions.get(language).get(matcher.group());
			if (position != null && position >= 2) {
				return Optional.of(position);
			}
		}
		return Optional.empty();
	}

	/**
	 * The place from the end the first ordinal of {@code language} counting from the end
	 * in {@code folded} gives ("último" → -1, "penúltimo" → -2).
	 */
	private Optional<Integer> fromTheEnd(String folded, String language) {
		Pattern ordinals = ordinalPatterns.get(language);
		return ordinals == null ? Optional.empty()
				: ordinals.matcher(folded)
					.results()
					.map(r -> positions.get(language).get(r.group()))
					.filter(p -> p != null && p < 0)
					.findFirst();
	}

	/**
	 * Whether a count's phrase of {@code language} in {@code folded} is followed right
	 * away by a noun of {@code family} ("¿cuántos días…?", not "¿cuántos por día?").
	 */
	boolean countsRightBefore(String folded, String language, String family) {
		Pattern count = phrases.getOrDefault(language, Map.of()).get(Operation.COUNT);
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
	private Optional<AskedOperation> whichWithBound(String folded, String language) {
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
				Optional<CountBounds.Bound> bound = bounds.in(after, language);
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
	private AskedOperation averagePerFamily(AskedOperation asked, Extraction question) {
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
	private Optional<String> namedBefore(String before) {
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
	private Optional<String> counted(String after, String language) {
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
			boolean found = matcher.lookingAt()
					&& (analyzer == null || !countedBefore(matcher.group(1), analyzer, language));
			return found ? new Found(e.getKey(), matcher.end()) : null;
		})
			.filter(Objects::nonNull)
			.min(Comparator.comparingInt(Found::end).thenComparing(Found::family))
			.map(Found::family);
	}

	/**
	 * Finds the operation's first phrase that is not part of a count's bound ("add up the
	 * groups with fewer than 20": "fewer than" is the bound's, not a difference's); a
	 * count's phrase is taken wherever it is.
	 */
	private boolean foundOutsideBounds(Matcher matcher, Operation operation, String folded, String language) {
		while (matcher.find()) {
			if (operation == Operation.COUNT || !bounds.covers(folded, language, matcher.start(), matcher.end())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words between a counting phrase and a family's noun begin with a plural
	 * word of the language's {@code plural_endings} that is not a stop word, and have
	 * another word of their own after it: that plural is what is counted.
	 */
	private boolean countedBefore(String gap, LanguageAnalyzer analyzer, String language) {
		String[] words = gap.strip().split("[^\\p{L}\\p{N}]+");
		List<String> endings = pluralEndings.getOrDefault(language, List.of());
		return words.length > 1 && endings.stream().anyMatch(words[0]::endsWith) && !analyzer.terms(words[0]).isEmpty()
				&& analyzer.terms(gap).size() > 1;
	}

	/**
	 * Whether {@code folded} names a family whose values have figures by one of its nouns
	 * ("de las categorías de registrados").
	 */
	boolean namesAFamilyWithFigures(String folded) {
		return withFigures != null && withFigures.matcher(folded).find();
	}

	/**
	 * Whether {@code folded} names the whole of a family by its {@code whole:} words in
	 * {@code language} ("frente a los inscritos de la feria"), see {@link FamilyWholes}.
	 */
	boolean namesAWhole(String folded, String language) {
		return familyWholes.named(folded, language).isPresent();
	}

	/**
	 * Whether {@code folded} asks which value of a family has the most or the least
	 * ("¿qué taller tuvo más asistentes?") when that family's values have no figures and
	 * no family with figures is named: nothing the corpus has ranks them.
	 */
	boolean ranksWhatHasNoFigures(String folded, String language) {
		Map<Operation, Pattern> byOperation = phrases.getOrDefault(language, Map.of());
		boolean ranks = java.util.stream.Stream.of(Operation.RANK_MOST, Operation.RANK_LEAST)
			.map(byOperation::get)
			.anyMatch(p -> p != null && p.matcher(folded).find());
		return ranks && withoutFigures != null && withoutFigures.matcher(folded).find()
				&& (withFigures == null || !withFigures.matcher(folded).find());
	}

}
