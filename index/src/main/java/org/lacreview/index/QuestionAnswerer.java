package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.folding.Folding;
import org.lacreview.index.text.AskedKind;
import org.lacreview.index.text.QuestionReader;

/**
 * Stages 4 to 9 of {@link AnswerEngine} for one question read out of a message (its
 * language known, read and spelling-corrected): entities, follow-up, sections, intents,
 * decision and reply, as this package's documentation lists them. A run-on whose question
 * comes after words no intent knows is answered again from its first question word.
 */
final class QuestionAnswerer {

	private final Corpus corpus;

	private final Map<String, QuestionReader> readers;

	private final Map<String, AskedKind> askedKinds;

	private final EntityExtractor extractor;

	private final FollowUpRewriter followUps;

	private final ElidedHeads elidedHeads;

	private final SharedHeads sharedHeads;

	private final SuperlativeOperands superlativeOperands;

	private final IntentRanker ranker;

	private final AnswerComposer composer;

	private final DialogResolver dialog;

	private final UnknownNames unknownNames;

	private final Computations computations;

	private final OperationReader operations;

	private final AnswerListing listing;

	private final QuestionRanking questionRanking;

	private final BareQuestions bareQuestions;

	private final ElidedOrderWords elidedOrderWords;

	private final CountedInAnswer countedInAnswer;

	private final ListedCount listedCount;

	private final SpanEnds spanEnds;

	private final Companions companions;

	private final FigureHolders figureHolders;

	private final AfterPreviousQuestion afterPrevious;

	private final SuperlativePick superlativePick;

	private final DaysOfSpans daysOfSpans;

	private final OpenLists openLists;

	QuestionAnswerer(Corpus corpus, EngineBuilder.Parts parts, AnswerListing listing) {
		this.corpus = corpus;
		this.readers = parts.readers();
		this.askedKinds = parts.askedKinds();
		this.extractor = parts.extractor();
		this.followUps = parts.followUps();
		this.ranker = parts.ranker();
		this.composer = parts.composer();
		this.dialog = parts.dialog();
		this.unknownNames = parts.unknownNames();
		this.computations = parts.computations();
		this.operations = parts.operations();
		this.listing = listing;
		this.questionRanking = new QuestionRanking(corpus, parts.index(), parts.analyzers(), parts.ranker(),
				parts.datedFamilies());
		this.bareQuestions = new BareQuestions(corpus, parts.analyzers());
		this.elidedOrderWords = new ElidedOrderWords(corpus);
		this.elidedHeads = new ElidedHeads(corpus);
		this.sharedHeads = new SharedHeads(corpus);
		this.superlativeOperands = new SuperlativeOperands(corpus);
		this.countedInAnswer = new CountedInAnswer(corpus, parts.composer(), listing);
		this.listedCount = new ListedCount(corpus);
		this.spanEnds = new SpanEnds(corpus);
		this.companions = new Companions(corpus);
		this.figureHolders = parts.figureHolders();
		this.afterPrevious = new AfterPreviousQuestion(corpus);
		this.superlativePick = new SuperlativePick(corpus);
		this.daysOfSpans = new DaysOfSpans(corpus, parts.operations());
		this.openLists = new OpenLists(corpus);
	}

	/**
	 * Stages 4 to 9 for one question read from {@code message} ({@code corrected}: read
	 * and spelling-corrected).
	 */
	Reply answerRead(String message, String corrected, String lang, String replyLanguage,
			Map<String, String> corrections, DialogState previous) {
		// 4. Entities (EntityExtractor), and 5. a follow-up read as the previous question
		// (FollowUpRewriter). "¿y el
		// segundo?" after the largest group is the second largest (OperationReader), not
		// the second value named.
		Extraction listed = extractor.extract(corrected, lang, previous.values());
		// "todas las categorías (talleres, charlas, etc.)": the list is examples only.
		Extraction written = openLists.cut(listed, lang)
			.map(open -> extractor.extract(open, lang, previous.values()))
			.orElse(listed);
		// "…the last day compared with the first": the ordinal's noun said once.
		Extraction named = elidedOrderWords.restored(written, lang)
			.map(restored -> extractor.extract(restored, lang, previous.values()))
			.orElse(written);
		// "…los talleres de cocina y los de cerámica": the second workshop's noun said
		// once.
		// "…los talleres de cocina y de cerámica": the head said once for both.
		Extraction headless = named;
		Optional<String> headRestored = elidedHeads.restored(named, lang)
			.or(() -> sharedHeads.restored(headless, lang));
		if (headRestored.isPresent()) {
			named = extractor.extract(headRestored.get(), lang, previous.values());
		}
		Optional<Intent> previousIntent = previous.intent().flatMap(corpus::intent);
		Optional<AskedOperation> firstRead = operations.asked(named, lang, previousIntent);
		// "…entre la consulta y la reunión": the other end said by a common word.
		Extraction before = named;
		boolean asksDays = firstRead.filter(a -> a.operation().overDates() || daysOfSpans.addsUpDays(a, before, lang))
			.isPresent();
		Extraction spanAsked = named;
		Optional<String> spanEnd = spanEnds.restored(named, lang, asksDays)
			.or(() -> spanEnds.fromEarlier(spanAsked, lang, asksDays, previous.question()));
		if (spanEnd.isPresent()) {
			named = extractor.extract(spanEnd.get(), lang, previous.values());
		}
		Optional<AskedOperation> askedAsWritten = spanEnd.isPresent() ? operations.asked(named, lang, previousIntent)
				: firstRead;
		// "…than the busiest day": an operand named by a superlative.
		Optional<String> superlatives = superlativeOperands.restored(named, lang, askedAsWritten);
		if (superlatives.isPresent()) {
			named = extractor.extract(superlatives.get(), lang, previous.values());
			askedAsWritten = operations.asked(named, lang, previousIntent);
		}
		// An ordinal in a rank asks for a place, and one in a duration is its verb ("how
		// many days did it last?"): neither names a value.
		boolean ordinalNamesNoValue = askedAsWritten
			.filter(o -> o.operation().isRank() || o.operation() == Operation.DURATION)
			.isPresent();
		Optional<String> held = figureHolders.withHolder(named, corrected, lang, previous);
		Extraction extraction = held.isPresent() ? extractor.extract(held.get(), lang, previous.values())
				: followUps.inContext(named, lang, previous, ordinalNamesNoValue, askedAsWritten.isPresent());
		// 6. Sections (ExampleIndex) and 7. intents (IntentRanker).
		QuestionRanking.Ranked ranking = questionRanking.rank(extraction, lang, previous);
		// A word pointing back may stand for what the last answer was about ("¿qué hizo
		// ella?") or belong to another thing asked of it ("o site da organização dela"):
		// it is read as the last answer's subject only when the question is then better
		// understood, even when it was understood well enough without that ("et quels
		// étaient les thèmes ce jour-là ?" is about the day just asked of, not about
		// which day had the most participants).
		Extraction resolved = withAntecedent(extraction, lang, previous);
		// Not when it asks something nothing in the corpus names ("and what's her
		// email?"): that is refused as before, whoever "her" is.
		if (resolved != extraction && ranker.allWordsKnownInLanguage(resolved.masked(), lang)) {
			QuestionRanking.Ranked pointing = questionRanking.rank(resolved, lang, previous);
			// An antecedent the last answer only mentioned, not what it was about, must
			// make the question understood outright: "what else did they stress along
			// with that?" is not about a group the answer happened to name.
			boolean sure = lastSubject(previous).isPresent() || best(pointing) >= corpus.info().threshold();
			if (best(pointing) > best(ranking) && sure) {
				extraction = resolved;
				ranking = pointing;
			}
		}
		List<Scored> ranked = ranking.intents();
		List<Scored> sections = ranking.sections();
		List<String> mentions = extraction.mentions()
			.stream()
			.map(m -> m.tag() + ":" + (m.values().isEmpty() ? "?" : m.values().stream().map(EntityValue::id).toList()))
			.toList();
		// 8. The decision (DialogResolver).
		String masked = extraction.masked();
		// The computation asked for, read once for the decision and the reply.
		// Read again only when the follow-up stage rewrote the question.
		boolean bare = bareQuestions.bare(masked, lang);
		Optional<String> asksFor = askedKinds.get(lang).in(corrected);
		// A comparison naming at most one value may set it against the whole the previous
		// question named.
		boolean namesFew = extraction.leansOnContext() || extraction.mentions().size() <= 1;
		Extraction understood = extraction;
		Optional<AskedOperation> operation = (extraction == named ? askedAsWritten
				: operations.asked(extraction, lang, previousIntent))
			.map(a -> namesFew ? operations.withWholeAskedBefore(a, previous.question(), lang) : a)
			.map(a -> listedCount.countForSum(a, bare, asksFor, previous, computations, lang))
			.or(() -> listedCount.asked(bare, asksFor, previous))
			.or(() -> durationAskedBefore(understood, previous, lang))
			.or(() -> countAskedBefore(understood, asksFor, previous, lang))
			.or(() -> NamedSetTotals.asked(understood, asksFor))
			.map(a -> daysOfSpans.ofTheLastSpan(a, understood, previous, lang));
		boolean closedWorld = corpus.info().closedWorld();
		boolean asksAboutUnknown = closedWorld
				&& (readers.get(lang).afterKeyCue(masked).map(c -> ranker.startsWithForeignTerm(c, lang)).orElse(false)
						|| operations.ranksWhatHasNoFigures(corrected, lang));
		Optional<String> unknownName = closedWorld
				? unknownNames.firstIn(message, masked.substring(readers.get(lang).questionStart(masked)))
				: Optional.empty();
		// Read once: the decision weighs it, and the reply's state remembers the end it
		// picked (SuperlativePick).
		Optional<Operation> superlative = operations.superlative(extraction.folded(), lang);
		Decision decided = dialog.decide(extraction, ranked, previous,
				new Reading(ranker.foreignShare(masked, lang), readers.get(lang).hasQuestionWord(corrected),
						asksAboutUnknown, unknownName, operation.map(AskedOperation::operation),
						operation.flatMap(AskedOperation::counted), asksFor, bare,
						operation.flatMap(AskedOperation::familyWhole).isPresent(),
						operation.filter(AskedOperation::extremes).isPresent(), superlative, lang,
						extractor.wholeFamilies(extraction.folded()),
						intent -> closedWorld && asksFor.filter(AnswerKinds.NUMBER::equals).isPresent()
								&& readers.get(lang)
									.afterKeyCue(masked)
									.map(c -> ranker.countsWhatTheIntentLacks(intent, c, lang,
											corpus.languages().get(lang).phrasing().pluralEndings()))
									.orElse(false),
						readers.get(lang).hasIntro(Folding.fold(message))),
				intent -> ranker.coverage(intent, masked, lang),
				(intent, selected) -> operation.isPresent() && corpus.intent(intent)
					.flatMap(i -> computations.compute(operation.get(), i, selected, List.of(lang)))
					.isPresent(),
				(intent, selected) -> operation.isPresent()
						&& (computations.overQuotedOperands(operation.get(), selected, masked, List.of(lang))
							.isPresent()
								|| corpus.intent(intent)
									.flatMap(i -> composer.compose(i, selected, false, List.of(lang)))
									.flatMap(text -> computations.overQuoted(operation.get(), masked,
											understood.folded(), text, List.of(lang)))
									.isPresent()));
		// A count of what the answer about the values named lists: "¿cuántos
		// talleres hubo el lunes?" over the Monday's agenda. Not when the decision
		// counts them itself.
		Decision decision = decided;
		Optional<AskedOperation> asked = operation;
		Optional<CountedInAnswer.Counted> inAnswer = countedInAnswer
			.of(operation, DialogResolver.selectedValues(extraction), ranked, lang)
			.filter(c -> !decided.intent().equals(Optional.of(c.counting())) && ranker.foreignShare(masked, lang) == 0);
		if (inAnswer.isPresent()) {
			CountedInAnswer.Counted counted = inAnswer.get();
			asked = Optional.of(counted.asked());
			decision = Decision.answer(counted.counting(), counted.values(), false,
					Math.max(corpus.info().threshold(), best(ranking)), previous.values(),
					"counted the " + counted.asked().counted().orElseThrow() + " values the answer of "
							+ counted.source() + " names");
		}
		Optional<String> question = decision.intent().isEmpty() ? readers.get(lang).fromQuestionWord(corrected)
				: Optional.empty();
		if (question.isPresent()
				&& namesNothing(message, corrected.substring(0, corrected.length() - question.get().length()), lang)) {
			// A run-on whose question comes after words no intent knows ("mira te cuento
			// que estamos armando una nota y necesitamos saber cuántos…"): the question
			// from its first interrogative on, when that is answered. Words before it
			// that name something (a platform, a name) may be what it is about: then not.
			Reply fromQuestion = answerRead(message, question.get(), lang, replyLanguage, corrections, previous);
			if (fromQuestion.answer().answered()) {
				return fromQuestion;
			}
		}
		// 9. The reply (AnswerComposer).
		Trace trace = new Trace(lang, corrections, extraction.masked(), mentions, ranked.stream().limit(5).toList(),
				sections, decision.reason());
		Reply reply = composer.reply(decision, extraction.folded(), ranked, replyLanguage, trace, previous, asked);
		// "¿qué día se vio?" after an area's theme: read after the previous question.
		if (!reply.answer().answered()) {
			Optional<Reply> after = afterPrevious.reply(corrected, decision, extraction, asked, asksFor, previous,
					(text, state) -> answerRead(message, text, lang, replyLanguage, corrections, state));
			if (after.isPresent()) {
				return after.get();
			}
		}
		// "¿Quién coorganizó con la feria?": the answer's other value is who was asked
		// about.
		Map<String, List<String>> askedWith = asksFor.filter(AnswerKinds.PERSON::equals).isPresent()
				? companions.in(extraction, lang) : Map.of();
		Reply remembered = listing.remember(reply, previous, extraction.selectedFamilies(), decision.useAnswerAll(),
				askedWith);
		// "¿qué día tuvo menos?" answered with both ends: the conversation goes on about
		// the one asked. Not when the question named the values it ranks ("¿quién tuvo
		// más, A o B?"): the family's end is none of them, and "¿y la diferencia?" is
		// between the two named.
		Set<String> rankedFamilies = extraction.selectedFamilies();
		return superlativePick.picked(superlative, remembered.answer())
			.filter(picked -> picked.keySet().stream().noneMatch(rankedFamilies::contains))
			.map(picked -> new Reply(remembered.answer(), remembered.state().withNamed(picked)))
			.orElse(remembered);
	}

	/**
	 * The duration the previous question asked, for a follow-up that names only values
	 * ("¿y la feria?" after "¿cuántos días duraron los talleres?"): the same question of
	 * them. Empty for any other question or conversation.
	 */
	private Optional<AskedOperation> durationAskedBefore(Extraction extraction, DialogState previous, String lang) {
		if (!extraction.followUp() || !extraction.isShort() || extraction.mentions().isEmpty()
				|| previous.question().isEmpty()) {
			return Optional.empty();
		}
		// Read from its phrases alone: extracting its values again would cost a second
		// extraction on every such follow-up.
		return operations.asked(previous.question().get(), lang).filter(a -> a.operation() == Operation.DURATION);
	}

	/**
	 * The count the previous question asked, for a short question that asks a number and
	 * names values but no noun of its own ("¿cuántos el lunes?" after "¿cuántos talleres
	 * hubo?"): the same count, of those values; when the previous question asked no
	 * computation, the count the one before it asked. Empty for any other question or
	 * conversation.
	 */
	private Optional<AskedOperation> countAskedBefore(Extraction extraction, Optional<String> asksFor,
			DialogState previous, String lang) {
		if (!extraction.isShort() || extraction.mentions().isEmpty() || previous.question().isEmpty()
				|| asksFor.filter(AnswerKinds.NUMBER::equals).isEmpty()) {
			return Optional.empty();
		}
		// "and how many on Tuesday?" after "how many on Monday?", itself after "how many
		// workshops…?": the count the turn before asked, when the last asked none.
		return operations.asked(previous.question().get(), lang)
			.or(() -> previous.earlierQuestion().flatMap(q -> operations.asked(q, lang)))
			.filter(a -> a.operation() == Operation.COUNT && a.counted().isPresent());
	}

	private static double best(QuestionRanking.Ranked ranking) {
		return ranking.intents().isEmpty() ? 0 : ranking.intents().get(0).score();
	}

	/**
	 * The extraction with its words pointing back masked as what the previous turn was
	 * about ({@link EntityExtractor#withAntecedent}): the previous intent's slot family
	 * when the turn had values of it ("ella" after an answer about a person that also
	 * names her organisation is that person), else the family its answer listed first
	 * ("her" after the three who opened the meeting, named before their organisations),
	 * else the one family of the values it was about; unchanged when there is none.
	 */
	private Extraction withAntecedent(Extraction extraction, String lang, DialogState previous) {
		Optional<String> family = lastSubject(previous)
			.or(() -> previous.listed()
				.entrySet()
				.stream()
				.filter(e -> !e.getValue().isEmpty())
				.map(Map.Entry::getKey)
				.findFirst())
			.or(() -> previous.values().size() == 1 ? previous.values().keySet().stream().findFirst()
					: Optional.empty());
		return family.map(f -> extractor.withAntecedent(extraction, lang, f)).orElse(extraction);
	}

	/**
	 * The previous intent's slot family when the turn had values of it: what the last
	 * answer was about.
	 */
	private Optional<String> lastSubject(DialogState previous) {
		return previous.intent()
			.flatMap(corpus::intent)
			.flatMap(Intent::slot)
			.filter(slot -> !previous.values().getOrDefault(slot, List.of()).isEmpty());
	}

	/**
	 * Whether {@code text}, read from {@code message}, names no value of the corpus and
	 * no capitalised name the corpus does not know.
	 */
	private boolean namesNothing(String message, String text, String lang) {
		return extractor.extract(text, lang).mentions().isEmpty() && unknownNames.firstIn(message, text).isEmpty();
	}

}
