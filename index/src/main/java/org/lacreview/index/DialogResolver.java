package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.LanguageAnalyzer;
import org.lacreview.index.entity.Mention;

/**
 * Decides whether and how to answer: the calibrated threshold, the honest fallback when a
 * question names something the document does not cover, and the conversation context — an
 * elliptical follow-up ("¿y el 3?") keeps the previous intent with the new value; a
 * pointer back ("ese día", "su página") fills the slot from the previous turn. Its parts:
 * {@link FollowedIntent} (the intent a question goes on with), {@link BestIntentRefusals}
 * (what is decided instead of the best intent) and {@link SlotFromContext} (the slot's
 * values from the conversation).
 */
final class DialogResolver {

	/**
	 * The confidence given to an elliptical follow-up resolved against the previous
	 * intent.
	 */
	private static final double FOLLOW_UP_CONFIDENCE = 0.8;

	private final Corpus corpus;

	private final LastTopic lastTopic;

	private final AnswerKinds kinds;

	private final UnderThreshold underThreshold;

	private final PerPartFigures perPartFigures;

	private final FirstChoice firstChoice;

	private final CountedFamilies countedFamilies;

	private final ValueDescription description;

	private final BareFollowUps bareFollowUps;

	private final ContextFollowUps contextFollowUps;

	private final BestIntentRefusals bestIntentRefusals;

	private final SlotFromContext slotFromContext;

	private final FollowedIntent followedIntent;

	private final KindKept kindKept;

	private final KindOfANamedValue kindOfANamedValue;

	/**
	 * @param definingFamilies per intent, the families nearly all its examples name (see
	 * {@link DefiningFamilies#byIntent()})
	 * @param mentioned per intent, the families any of its examples names (see
	 * {@link DefiningFamilies#mentioned()})
	 * @param figuresInTexts the figures values' texts give other values (breakdowns an
	 * answer's text gives)
	 * @param examplesNamed per intent, the values its examples name by name, as
	 * "family:id"
	 * @param analyzers the corpus languages' analysers, by language code
	 */
	DialogResolver(Corpus corpus, Map<String, Set<String>> definingFamilies, Map<String, Set<String>> mentioned,
			Map<String, Set<String>> examplesNamed, FiguresInTexts figuresInTexts,
			Map<String, LanguageAnalyzer> analyzers) {
		this.corpus = corpus;
		this.kinds = new AnswerKinds(corpus);
		this.lastTopic = new LastTopic(corpus);
		this.underThreshold = new UnderThreshold(corpus, lastTopic);
		this.countedFamilies = new CountedFamilies(corpus, mentioned);
		this.perPartFigures = new PerPartFigures(corpus);
		this.firstChoice = new FirstChoice(corpus, figuresInTexts, mentioned);
		this.description = new ValueDescription(corpus, examplesNamed);
		this.bareFollowUps = new BareFollowUps(corpus, lastTopic);
		this.contextFollowUps = new ContextFollowUps(corpus, lastTopic, firstChoice, analyzers);
		this.bestIntentRefusals = new BestIntentRefusals(corpus, lastTopic, Map.copyOf(definingFamilies),
				new Breakdowns(corpus, definingFamilies, mentioned, examplesNamed, figuresInTexts),
				new ValueParts(corpus), countedFamilies, new CloseRival(corpus), new QuotedFigureOwners(corpus),
				Map.copyOf(mentioned));
		this.kindKept = new KindKept(corpus);
		this.kindOfANamedValue = new KindOfANamedValue(corpus, examplesNamed);
		this.followedIntent = new FollowedIntent(corpus, lastTopic, firstChoice, contextFollowUps);
		this.slotFromContext = new SlotFromContext(corpus, lastTopic, new CountPointingBack(corpus));
	}

	/**
	 * @param coverage the share of the question an intent knows, by intent name (see
	 * {@link IntentVocabulary})
	 * @param computer whether an intent, by name, computes what the question asks over
	 * the values given ({@link Computations})
	 * @param overItsText whether an intent's answer over the values given has figures in
	 * its text that the question's computation adds ({@link QuotedFigures})
	 */
	Decision decide(Extraction extraction, List<Scored> rankedByScore, DialogState previous, Reading reading,
			ToDoubleFunction<String> coverage, BiPredicate<String, Map<String, List<EntityValue>>> computer,
			BiPredicate<String, Map<String, List<EntityValue>>> overItsText) {
		List<Scored> ranked = firstChoice.withSuperlativeHeir(rankedByScore,
				kinds.giving(rankedByScore, reading.asksFor()), reading.superlative());
		Optional<Mention> uncovered = extraction.uncoveredInQuestion().stream().findFirst();
		if (uncovered.isPresent()) {
			return Decision.fallback(true, "names something the document does not cover: " + uncovered.get().text());
		}
		Optional<String> ungiven = reading.asksFor().filter(kind -> !kinds.listedByAny(kind));
		if (ungiven.isPresent()) {
			// "¿Qué porcentaje de los inscritos eran mujeres?": no answer gives that
			// kind,
			// and a computation over what the question names would answer another one.
			return Decision.fallback(true, "asks for a kind of answer no intent gives: " + ungiven.get());
		}
		if (reading.unknownName().isPresent()) {
			return Decision.fallback(true, "names something the corpus does not know: " + reading.unknownName().get());
		}
		if ((extraction.followUp() && extraction.isShort() && !reading.asks()
				|| reading.bare() && extraction.mentions().isEmpty() && previous.intent().isPresent())
				&& previous.intent().flatMap(corpus::intent).filter(i -> !i.sections().isEmpty()).isEmpty()) {
			// "¿y el 3?" opening a conversation, or it or "¿cuántos fueron?" after a
			// greeting (an answer from no section of the document): there is nothing to
			// follow, so offer questions, not a guess. A bare "¿cuándo fue?" opening one
			// asks about the subject of the whole document.
			return description.of(SelectedValues.of(extraction))
				.orElseGet(() -> Decision.nothingToFollow("a follow-up with no previous question to follow"));
		}
		Map<String, List<EntityValue>> selected = SelectedValues.of(extraction);
		DateMentions.dropPartsOfDatedNames(extraction, selected, reading.language());
		boolean wholeAdded = contextFollowUps.addWholeOfLastSlot(extraction, reading, previous, selected)
				|| contextFollowUps.addWholeNamed(extraction, reading, ranked, selected);
		if (reading.operation().filter(Operation::comparesTwo).isPresent()) {
			// "¿cuánto bajó del lunes al viernes?": a comparison over one span of dates
			// is
			// between its ends.
			selected.replaceAll((family, values) -> DateMentions.spanEnds(extraction, family, values).orElse(values));
		}
		FollowedIntent.Following following = followedIntent.of(extraction, selected, previous, reading, ranked,
				wholeAdded, coverage, computer, overItsText);
		Optional<Intent> followed = following.intent();
		boolean acrossTurns = following.acrossTurns();
		// "what position does he have?" after the speakers of a fair is no rank: the best
		// intent, sure of itself, gives no number. A difference is asked of figures
		// whatever the best intent.
		boolean surelyNoFigure = reading.operation().filter(o -> o.isRank() || o == Operation.POSITION).isPresent()
				&& !ranked.isEmpty() && ranked.get(0).score() >= corpus.info().threshold()
				&& corpus.intent(ranked.get(0).name())
					.filter(i -> !i.isOutOfScope() && !i.answers().contains(AnswerKinds.NUMBER))
					.isPresent();
		if (followed.isEmpty() && reading.asksComputation() && reading.counted().isEmpty()
				&& reading.operation().filter(Operation::overDates).isEmpty() && previous.intent().isPresent()
				&& selected.isEmpty() && extraction.leansOnContext() && !surelyNoFigure) {
			// "¿cuántos en total?" after an answer whose values the conversation cannot
			// add up: a total of what was
			// said, which no other intent's answer is. Not "durou quantos dias?" after
			// dates: an answer giving them may say how long.
			return Decision.unsupportedComputation(
					"a computation over the last answers that their values do not support",
					reading.foreignShare() == 0);
		}
		Scored top = lastTopic.boundToLastTopic(extraction, selected, ranked, previous)
			.or(() -> kindKept.keeping(extraction, selected, ranked, previous, reading))
			.or(() -> firstChoice.rankingFromTheEndSaid(ranked, reading.superlative()))
			.or(() -> firstChoice.withinAnother(ranked, selected))
			.or(() -> firstChoice.aboutTheValueNamed(ranked, selected, coverage, reading.superlative()))
			.or(() -> firstChoice.coveringMore(ranked, coverage))
			.orElse(ranked.isEmpty() ? new Scored(Intent.OUT_OF_SCOPE, 0) : ranked.get(0));
		// A ranking of one value ranks nothing: the question asks that value's figure.
		String ranking = top.name();
		Optional<Intent> perValue = corpus.intent(ranking)
			.flatMap(i -> AnswerAggregates.valueFigureInstead(i, selected, reading, previous, corpus.intents()));
		String ranksOne = perValue
			.map(i -> "; " + ranking + " ranks, but one value is named: its figure, by " + i.name())
			.orElse("");
		if (perValue.isPresent()) {
			top = new Scored(perValue.get().name(), top.score());
		}
		Optional<Decision> described = description.askedByIntro(top, reading, selected, previous);
		if (described.isPresent()) {
			return described.get();
		}
		if (followed.isEmpty()) {
			followed = bareFollowUps.countOfListed(reading, previous, selected);
		}
		if (followed.isEmpty()) {
			followed = kindKept.describedAgain(extraction, selected, ranked, previous, reading);
		}
		if (followed.isEmpty()) {
			followed = countedFamilies.spokenOfLast(reading, extraction, previous, selected);
		}
		if (followed.isEmpty()) {
			followed = bareFollowUps.askedOfTheLastValue(top, reading, previous, ranked, selected);
		}
		// Short, naming nothing and with no word of its own pointing back.
		boolean leans = extraction.isShort() && extraction.mentions().isEmpty() && !extraction.refersBack();
		if (followed.isEmpty()) {
			followed = kindOfANamedValue.askedOf(leans, reading, previous, selected);
		}
		if (followed.isEmpty()) {
			followed = bareFollowUps.perValueInstead(top, reading, previous, selected, extraction.folded());
		}
		if (followed.isEmpty()) {
			Scored chosen = top;
			Optional<Decision> refused = bareFollowUps.refusal(top, reading, previous, selected, extraction.folded())
				.or(() -> bareFollowUps.kindTheLastDoesNotGive(chosen, leans, reading, previous, selected));
			if (refused.isPresent()) {
				return refused.get();
			}
		}
		// "¿qué talleres eran?" after their count: the same answer again says nothing.
		String going = followed.map(Intent::name).orElse(top.name());
		Optional<Decision> again = bareFollowUps.sameAnswerAgain(going, reading, previous, selected, extraction);
		if (again.isPresent()) {
			return again.get();
		}
		boolean computing = false;
		if (top.score() < corpus.info().threshold() && !top.name().equals(Intent.OUT_OF_SCOPE)) {
			// "what's the difference?" right after an answer: that answer's intent may
			// compute it, however low a question naming nothing ranks it.
			Optional<String> answeredLast = extraction.mentions().isEmpty() && selected.isEmpty() ? previous.intent()
					: Optional.empty();
			Optional<Scored> computes = underThreshold.computing(ranked, selected, reading, computer, answeredLast);
			computing = computes.isPresent();
			top = computes.orElse(top);
		}
		boolean pointsBackToItsSlot = !computing
				&& underThreshold.pointsBackToItsSlot(top, extraction, selected, reading, previous);
		boolean pointsBack = pointsBackToItsSlot
				|| !computing && underThreshold.pointsBackToTheLastAnswer(top, extraction, selected, reading, previous);
		boolean conversing = !computing && !pointsBack && top.score() < corpus.info().threshold()
				&& underThreshold.conversing(ranked, top);
		Intent intent;
		double confidence;
		String reason;
		if (followed.isPresent()) {
			intent = followed.get();
			confidence = Math.max(FOLLOW_UP_CONFIDENCE, Scored.of(ranked, intent.name()));
			reason = "elliptical follow-up of " + intent.name();
		}
		else {
			Optional<Intent> best = corpus.intent(top.name());
			boolean low = top.score() < corpus.info().threshold() && !computing && !pointsBack && !conversing;
			if ((best.isEmpty() || best.get().isOutOfScope()) && !low) {
				return Decision.fallback(false, "best match is out of scope (" + Scored.rounded(top.score()) + ")");
			}
			if (low) {
				return underThreshold.refusal(top, extraction, reading);
			}
			Optional<Decision> instead = bestIntentRefusals.instead(top, best.get(), ranked, selected, extraction,
					reading, previous, computing, pointsBack, computer, overItsText);
			if (instead.isPresent()) {
				return instead.get();
			}
			double covered = coverage.applyAsDouble(top.name());
			intent = best.get();
			confidence = top.score();
			reason = "best score " + Scored.rounded(top.score()) + ", covering " + Scored.rounded(covered)
					+ " of the question"
					+ (computing ? "; under the threshold, but it computes what is asked over the values named" : "")
					+ (pointsBackToItsSlot ? "; under the threshold, but the question points back to values of its slot"
							: pointsBack ? "; under the threshold, but the question points back to the last answer"
									: "")
					+ ranksOne;
		}
		boolean all = false;
		if (intent.slot().isPresent()) {
			SlotFromContext.SlotFilling filling = slotFromContext.fill(intent, selected, extraction, reading, previous,
					following.fromContext(), wholeAdded, acrossTurns, reason);
			if (filling.refusal().isPresent()) {
				return filling.refusal().get();
			}
			all = filling.all();
			reason = filling.reason();
		}
		Map<String, List<String>> remember = SelectedValues.rememberedAfter(intent, previous, selected);
		Optional<String> perPart = perPartFigures.refusal(selected, extraction.folded(), reading.language(),
				reading.operation());
		if (perPart.isPresent()) {
			return Decision.fallback(true, perPart.get());
		}
		return Decision.answer(intent, selected, all, Math.min(1, confidence), remember, reason);
	}

}
