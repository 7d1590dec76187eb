package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.entity.Mention;
import org.lacreview.index.text.LanguageAnalyzer;

/**
 * Reads which computation a question asks for: the first {@link Operation}, in their
 * order, one of whose {@code operations} phrases of the question's
 * {@code languages/xx.yml} it contains ("cuántos más", "juntos", "porcentaje … bajó"),
 * except that a count gives way to an operation whose phrase comes before its own; a
 * phrase's "…" stands for up to {@value OperationPhrases#GAP_WORDS} words. A rank also
 * needs an ordinal of the language ("el segundo grupo con más…"); a count, one of a
 * family's {@code order_words} at most {@value CountedNouns#COUNT_GAP_WORDS} words after
 * its phrase ("¿cuántos grupos…?", "how many stakeholder categories"). The operation read
 * is then refined by what the question names: its parts, in the order applied, are
 * {@link OperationPhrases}, {@link CountedNouns}, {@link RankOrdinals},
 * {@link NamedValueOperations} and {@link WholesAndEnds}.
 */
final class OperationReader {

	private final OperationPhrases phrases;

	private final RankOrdinals ordinals;

	private final CountedNouns nouns;

	private final NamedValueOperations named;

	private final ShareAmongNamed shareAmongNamed;

	private final PerFiguredFamily perFiguredFamily;

	private final WholesAndEnds wholes;

	private final FamilyWholes familyWholes;

	private final PerValueCounting perValueCounting;

	private final NeighbourRanks neighbourRanks;

	private final SpanPoints spanPoints;

	private final DateUnits dateUnits;

	private final IncludedValues included;

	private final JoinedValues joined;

	private final BreakdownsNotGiven breakdowns;

	private final OperationPhrasesRead phrasesRead;

	/**
	 * @param analyzers the analyzer of each corpus language
	 */
	OperationReader(Corpus corpus, Map<String, LanguageAnalyzer> analyzers) {
		this.phrases = new OperationPhrases(corpus);
		this.ordinals = new RankOrdinals(corpus, phrases);
		CountBounds bounds = new CountBounds(corpus);
		this.nouns = new CountedNouns(corpus, analyzers, bounds, phrases);
		this.familyWholes = new FamilyWholes(corpus, analyzers);
		WholeOfShare wholeOfShare = new WholeOfShare(corpus);
		this.named = new NamedValueOperations(phrases, familyWholes, new GroupedValues(corpus), wholeOfShare);
		this.shareAmongNamed = new ShareAmongNamed(phrases);
		this.wholes = new WholesAndEnds(phrases, familyWholes, wholeOfShare);
		this.perValueCounting = new PerValueCounting(corpus);
		this.spanPoints = new SpanPoints(corpus);
		this.dateUnits = new DateUnits(corpus);
		this.included = new IncludedValues(corpus);
		this.joined = new JoinedValues(corpus);
		this.neighbourRanks = new NeighbourRanks(nouns.withFiguresByFamily());
		this.breakdowns = new BreakdownsNotGiven(corpus);
		this.perFiguredFamily = new PerFiguredFamily(corpus);
		this.phrasesRead = new OperationPhrasesRead(phrases, ordinals, nouns, bounds, new OrdersGivingWay(bounds),
				new ShareFractions(corpus));
	}

	/**
	 * The computation a question asks for ({@link #asked(String, String)}), or for a
	 * follow-up naming nothing, the rank an ordinal asks for after the previous answer
	 * ({@link RankOrdinals#rankAfter}); empty for none.
	 */
	Optional<AskedOperation> asked(Extraction question, String language, Optional<Intent> previous) {
		Optional<AskedOperation> neighbour = neighbourRanks.asked(question, phrases.in(language));
		if (neighbour.isPresent()) {
			return neighbour;
		}
		return joined
			.asked(included.asked(readOutsideNames(question, language), question, language), question, language,
					phrases.in(language).get(Operation.COUNT))
			.map(a -> NamedSetTotals.counted(a, question))
			.map(a -> wholes.fromAverage(a, question.folded(), language))
			.map(a -> named.sumOfTheNamed(a, question, language))
			.map(a -> named.daysOfTheNamed(a, question, language))
			.map(a -> named.changeSaidAsShare(a, question, language))
			.map(a -> wholes.withWhole(a, question, language))
			.map(a -> wholes.differenceNamingNothing(a, question, language))
			.map(a -> WholesAndEnds.betweenExtremesOf(a, question, previous))
			// A sum adds a whole only to what it is joined to ("los talleres y los
			// inscritos"); other operations set it against what else is named.
			.map(a -> (a.operation() == Operation.SUM ? familyWholes.joined(question, language)
					: familyWholes.named(question, language))
				.map(f -> new AskedOperation(a.operation(), a.position(), a.counted(), a.bound(), a.excluding(),
						a.whole(), Optional.of(f), a.extremes(), a.ofNamed()))
				.orElse(a))
			.map(a -> a.operation() == Operation.DAYS_BETWEEN ? a.withPoints(spanPoints.of(question, language)) : a)
			.map(a -> a.operation().overDates() ? a.inUnit(dateUnits.of(question.folded(), language)) : a)
			.map(a -> perValueCounting.read(a, question, phrases.in(language)))
			.map(a -> nouns.averagePerFamily(a, question))
			.map(a -> perFiguredFamily.read(a, question, language))
			.map(a -> named.betweenGroups(a, question, language))
			.map(a -> named.amongTheRest(a, question, language))
			.map(a -> shareAmongNamed.read(a, question, language))
			.map(a -> named.relativeToTheCompared(a, question, language))
			// "¿Qué día tuvo más talleres?": a superlative over how many of a family each
			// value has, which no figure gives.
			.or(() -> phrases.superlative(question.folded(), language)
				.map(o -> perValueCounting.read(new AskedOperation(o, 1, Optional.empty()), question,
						phrases.in(language)))
				.filter(a -> a.perValue().isPresent()))
			.or(() -> question.leansOnContext() && question.mentions().isEmpty()
					? previous.flatMap(i -> ordinals.rankAfter(question.folded(), language, i)) : Optional.empty());
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
		// A bound against a value names it: "which workshops had more than pottery?" is
		// about pottery's figure, not a question without it.
		if (ofCounted.isEmpty()
				|| read.flatMap(AskedOperation::bound).filter(CountBounds.Bound::ofNamedValue).isPresent()) {
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
	 * The computation {@code folded} (a question as read) asks for, in {@code language},
	 * by its phrases ({@link OperationPhrasesRead}); empty for none.
	 */
	Optional<AskedOperation> asked(String folded, String language) {
		return phrasesRead.asked(folded, language);
	}

	/**
	 * For a follow-up naming nothing after a question that asked a rank ("and the third?"
	 * after "what was the second largest group?"), the same rank at the place its ordinal
	 * says ({@link RankOrdinals#rankAfter(String, String, Operation)}); empty otherwise.
	 * @param previousQuestion the previous question, folded
	 */
	Optional<AskedOperation> rankAfterRankAsked(Extraction question, String previousQuestion, String language) {
		if (!question.leansOnContext() || !question.mentions().isEmpty()) {
			return Optional.empty();
		}
		return asked(previousQuestion, language).map(AskedOperation::operation)
			.filter(Operation::isRank)
			.flatMap(rank -> ordinals.rankAfter(question.folded(), language, rank));
	}

	/** Whether the question has one of the language's sum phrases. */
	boolean saysASum(Extraction question, String language) {
		return named.saysASum(question, language);
	}

	/** See {@link WholesAndEnds#withWholeAskedBefore}. */
	AskedOperation withWholeAskedBefore(AskedOperation asked, Optional<String> previousQuestion, String language) {
		return wholes.withWholeAskedBefore(asked, previousQuestion, language);
	}

	/**
	 * What follows the first phrase of {@code operation} in {@code folded}, in
	 * {@code language} ("de idade dos inscritos" after "média" in "a média de idade dos
	 * inscritos"): what the operation is asked of; empty when the question says none.
	 */
	Optional<String> afterPhraseOf(Operation operation, String folded, String language) {
		Pattern phrase = phrases.of(operation, language);
		Matcher said = phrase == null ? null : phrase.matcher(folded);
		return said != null && said.find() ? Optional.of(folded.substring(said.end())) : Optional.empty();
	}

	/** See {@link OperationPhrases#superlative}. */
	Optional<Operation> superlative(String folded, String language) {
		return phrases.superlative(folded, language);
	}

	/** See {@link CountedNouns#countsRightBefore}. */
	boolean countsRightBefore(String folded, String language, String family) {
		return nouns.countsRightBefore(folded, language, family);
	}

	/** See {@link CountedNouns#namesAFamilyWithFigures}. */
	boolean namesAFamilyWithFigures(String folded) {
		return nouns.namesAFamilyWithFigures(folded);
	}

	/** See {@link BreakdownsNotGiven#asked}. */
	boolean breaksDownWhatHasNoFigures(String folded, String language) {
		return breakdowns.asked(folded, language);
	}

	/**
	 * "¿cuántas personas por país hubo en la feria?": a number asked per value of a
	 * family without figures, said by a per word that holds no distributive word
	 * ({@link BreakdownsNotGiven#averageMayBeAsked}), is an average over that family,
	 * which an answer's text may give ("45 visitantes de 12 ciudades") and no family's
	 * figures do; empty when the question asks no such thing.
	 */
	Optional<AskedOperation> perValueOfFigureless(Extraction question, String language) {
		return breakdowns.averageMayBeAsked(question.folded(), language)
				? Optional
					.of(nouns.averagePerFamily(new AskedOperation(Operation.AVERAGE, 0, Optional.empty()), question))
				: Optional.empty();
	}

	/** See {@link CountedNouns#ranksWhatHasNoFigures}. */
	boolean ranksWhatHasNoFigures(String folded, String language) {
		return nouns.ranksWhatHasNoFigures(folded, language);
	}

	/**
	 * Whether {@code folded} names the whole of a family by its {@code whole:} words in
	 * {@code language} ("frente a los inscritos de la feria"), see {@link FamilyWholes}.
	 */
	boolean namesAWhole(String folded, String language) {
		return familyWholes.named(folded, language).isPresent();
	}

}
