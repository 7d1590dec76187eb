package org.lacreview.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * pointer back ("ese día", "su página") fills the slot from the previous turn.
 */
final class DialogResolver {

	/**
	 * The confidence given to an elliptical follow-up resolved against the previous
	 * intent.
	 */
	private static final double FOLLOW_UP_CONFIDENCE = 0.8;

	/**
	 * The most values of one family a conversation keeps as asked about, for "¿y
	 * juntos?".
	 */
	static final int MAX_ASKED_VALUES = 5;

	private final Corpus corpus;

	private final LastTopic lastTopic;

	private final AnswerKinds kinds;

	private final UnderThreshold underThreshold;

	private final Map<String, Set<String>> definingFamilies;

	private final Breakdowns breakdowns;

	private final PerPartFigures perPartFigures;

	private final ValueParts parts;

	private final FirstChoice firstChoice;

	private final CountedFamilies countedFamilies;

	private final ValueDescription description;

	private final CloseRival closeRival;

	private final BareFollowUps bareFollowUps;

	private final ContextFollowUps contextFollowUps;

	private final CountPointingBack countPointingBack;

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
		this.definingFamilies = Map.copyOf(definingFamilies);
		this.breakdowns = new Breakdowns(corpus, definingFamilies, mentioned, examplesNamed, figuresInTexts);
		this.countedFamilies = new CountedFamilies(corpus, mentioned);
		this.perPartFigures = new PerPartFigures(corpus);
		this.parts = new ValueParts(corpus);
		this.firstChoice = new FirstChoice(corpus, figuresInTexts, mentioned);
		this.description = new ValueDescription(corpus);
		this.closeRival = new CloseRival(corpus);
		this.bareFollowUps = new BareFollowUps(corpus, lastTopic);
		this.contextFollowUps = new ContextFollowUps(corpus, lastTopic, firstChoice, analyzers);
		this.countPointingBack = new CountPointingBack(corpus);
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
			return description.of(selectedValues(extraction))
				.orElseGet(() -> Decision.nothingToFollow("a follow-up with no previous question to follow"));
		}
		Map<String, List<EntityValue>> selected = selectedValues(extraction);
		DateMentions.dropPartsOfDatedNames(extraction, selected, reading.language());
		boolean wholeAdded = contextFollowUps.addWholeOfLastSlot(extraction, reading, previous, selected)
				|| contextFollowUps.addWholeNamed(extraction, reading, ranked, selected);
		if (reading.operation().filter(Operation::comparesTwo).isPresent()) {
			// "¿cuánto bajó del lunes al viernes?": a comparison over one span of dates
			// is
			// between its ends.
			selected.replaceAll((family, values) -> DateMentions.spanEnds(extraction, family, values).orElse(values));
		}
		// "¿Cuándo fue el taller?" after a count of another event asks a
		// date: not the same question about another value.
		// Nor is "and how many from the press?" after the workshop with the fewest the
		// ranking's question again: an answer that ranks its family answers no question
		// of its own about one of its values ("¿y el último?" still goes on with it).
		Optional<Intent> elliptical = lastTopic.ellipticalFollowUp(extraction, selected, previous)
			.filter(i -> AnswerKinds.gives(i, reading.asksFor()))
			// "¿y la feria?" after the workshop with the most: a ranking of one value
			// ranks nothing; the question asks that value's figure.
			.flatMap(i -> AnswerAggregates.aggregates(i.answer()).isEmpty() || reading.asksComputation()
					|| reading.superlative().isPresent()
					|| i.slot().filter(slot -> selected.getOrDefault(slot, List.of()).size() == 1).isEmpty()
							? Optional.of(i) : AnswerAggregates.perValueOf(i, corpus.intents()))
			.filter(i -> reading.asksComputation() || (reading.asks()
					? AnswerAggregates.aggregates(i.answer()).isEmpty()
							&& !firstChoice.asksItsOwn(ranked, i, reading.asksFor())
					// "¿y la web de la feria?" after what the fair is: a word of the
					// question only another intent about the value knows asks that one.
					: !(firstChoice.asksItsOwn(ranked, i, reading.asksFor())
							&& coverage.applyAsDouble(ranked.get(0).name()) > coverage.applyAsDouble(i.name()))));
		// A comparison only when it computes over them: a difference over the many
		// values a listing gave is none, and may be across turns instead.
		Optional<Intent> overRemembered = elliptical.isPresent() ? Optional.empty()
				: lastTopic.computationOverRemembered(extraction, selected, previous, reading.operation())
					.filter(i -> reading.operation().filter(Operation::comparesTwo).isEmpty() || i.slot()
						.map(slot -> computer.test(i.name(), Map.of(slot, lastTopic.remembered(previous, slot))))
						.orElse(true));
		Optional<Intent> followed = elliptical.or(() -> overRemembered);
		boolean acrossTurns = false;
		if (followed.isEmpty() && reading.asksComputation()) {
			// "¿cuál es la diferencia?" after answers about values of two families: the
			// last intent computes over both turns' values.
			Optional<Map<String, List<EntityValue>>> across = lastTopic.acrossAnswers(extraction, selected, previous,
					reading.operation(), reading.namesAWhole());
			// The last intent, or when it cannot (a listing by group, set against
			// another family's figure), the best-ranked one that can.
			Optional<Intent> computing = across.flatMap(values -> previous.intent()
				.filter(last -> computer.test(last, values))
				.or(() -> ranked.stream().map(Scored::name).filter(i -> computer.test(i, values)).findFirst())
				.flatMap(corpus::intent));
			if (computing.isPresent()) {
				selected.putAll(across.get());
				followed = computing;
				acrossTurns = true;
			}
		}
		Optional<Intent> onContext = followed.isPresent() ? Optional.empty()
				: contextFollowUps.goingOn(wholeAdded, extraction, reading, previous, selected);
		if (onContext.isPresent()) {
			followed = onContext;
		}
		if (followed.isEmpty()) {
			followed = contextFollowUps.betweenLastEnds(extraction, reading, previous, selected, computer);
		}
		if (followed.isEmpty()) {
			followed = contextFollowUps.sumOverLastText(extraction, reading, previous, selected, overItsText);
		}
		if (followed.isEmpty() && reading.asksComputation() && reading.counted().isEmpty()
				&& reading.operation().filter(Operation::overDates).isEmpty() && previous.intent().isPresent()
				&& selected.isEmpty() && extraction.leansOnContext()) {
			// "¿cuántos en total?" after an answer whose values the conversation cannot
			// add up: a total of what was
			// said, which no other intent's answer is. Not "durou quantos dias?" after
			// dates: an answer giving them may say how long.
			return Decision.unsupportedComputation(
					"a computation over the last answers that their values do not support",
					reading.foreignShare() == 0);
		}
		Scored top = lastTopic.boundToLastTopic(extraction, selected, ranked, previous)
			.or(() -> firstChoice.rankingFromTheEndSaid(ranked, reading.superlative()))
			.or(() -> firstChoice.withinAnother(ranked, selected))
			.or(() -> firstChoice.aboutTheValueNamed(ranked, selected, coverage))
			.or(() -> firstChoice.coveringMore(ranked, coverage))
			.orElse(ranked.isEmpty() ? new Scored(Intent.OUT_OF_SCOPE, 0) : ranked.get(0));
		if (followed.isEmpty()) {
			followed = bareFollowUps.countOfListed(reading, previous, selected);
		}
		if (followed.isEmpty()) {
			followed = countedFamilies.spokenOfLast(reading, extraction, previous, selected);
		}
		if (followed.isEmpty()) {
			followed = bareFollowUps.numberOfTheLastValue(top, reading, previous, ranked, selected);
		}
		if (followed.isEmpty()) {
			Optional<Decision> refused = bareFollowUps.refusal(top, reading, previous, selected, extraction.folded());
			if (refused.isPresent()) {
				return refused.get();
			}
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
				return Decision.fallback(false, "best match is out of scope (" + round(top.score()) + ")");
			}
			if (low) {
				// Out of scope scoring under the threshold is no surer than any intent
				// there: an answer or a sentence of the document may still hold it.
				String below = "best score " + round(top.score()) + " for " + top.name() + " is below the threshold "
						+ corpus.info().threshold();
				// A short follow-up ("¿y juntos?") says too little of its own to be
				// answered by a sentence of the document.
				// Nor is one that asks for a kind of answer (a place, a date, a person)
				// no intent gives: a sentence near its words rarely holds it.
				// The few words an intro leaves are a question of their own:
				// "what does the document say about gender?".
				boolean asksAKind = reading.asksFor().filter(k -> !k.equals(AnswerKinds.DESCRIPTION)).isPresent();
				// A longer one joined by "y" ("y qué se dijo sobre el transporte a la
				// feria?") says enough.
				boolean leans = extraction.refersBack()
						|| extraction.isShort() && (extraction.followUp() || !reading.introduced());
				boolean everyWordKnown = reading.foreignShare() == 0;
				return leans || asksAKind ? Decision.belowThreshold(below, everyWordKnown)
						: Decision.noIntentFits(below, underThreshold.nearest(top, reading), everyWordKnown);
			}
			// "¿Cuántos talleres hubo en total?" ranked first for the registrations'
			// total: counted by an intent about the workshops.
			Optional<Intent> counting = countedFamilies.countingInstead(best.get(), reading, selected, ranked,
					computer);
			if (counting.isPresent()) {
				return Decision.answer(counting.get(), Map.of(), true, Math.min(1, top.score()), previous.values(),
						"counts values of " + reading.counted().orElseThrow() + ", which " + top.name()
								+ " does not speak of: counted with " + counting.get().name());
			}
			Optional<Decision> refused = refusedForAnUnknownWord(top.name(), selected, extraction, reading, previous);
			if (refused.isPresent()) {
				return refused.get();
			}
			Optional<String> rival = followed.isPresent() || computing || pointsBack || extraction.leansOnContext()
					? Optional.empty() : closeRival.refusal(top, ranked, selected, reading);
			if (rival.isPresent()) {
				return Decision.fallback(true, rival.get());
			}
			String chosen = top.name();
			Optional<String> notBrokenDown = computing ? Optional.empty()
					: breakdowns.notGivenBy(best.get(), lastTopic.withReferredTo(selected, extraction, previous),
							reading, () -> computer.test(chosen, selected) || overItsText.test(chosen, selected));
			if (notBrokenDown.isEmpty() && !computing
					&& breakdowns.quotesItsFigure(best.get(), selected, extraction.masked(), reading)) {
				return Decision.fallback(true,
						"quotes the figure " + top.name() + " gives and asks what it is made of");
			}
			// "¿Cuántos talleres hubo en marzo?" asks a figure of a part; "¿qué pasó en
			// marzo?" may be answered by the whole, and in "¿cuántos meses desde el
			// inicio de los talleres (marzo)?" the month is when it began.
			boolean asksAFigure = reading.operation().filter(Operation::overDates).isEmpty()
					&& (reading.operation().isPresent()
							|| reading.asksFor().filter(AnswerKinds.NUMBER::equals).isPresent());
			// An unanswerable intent says itself what the document lacks.
			// A computation over the parts ("¿cuántos tuvo cada taller en promedio?")
			// is no question about one of them.
			Optional<EntityValue> part = computing || best.get().unanswerable() ? Optional.empty() : parts
				.onePartAsked(selected, extraction.masked())
				.or(() -> asksAFigure ? parts.partInAMonthNamedByDate(extraction.mentions()) : Optional.empty());
			if (part.isEmpty() && !computing && !best.get().unanswerable() && !reading.asksComputation()) {
				part = parts.eachPartAsked(selected, extraction.masked())
					.or(() -> parts.partOfAMonthAsked(selected, extraction.masked()));
			}
			if (part.isEmpty() && !computing && reading.superlative().isPresent() && reading.operation().isEmpty()) {
				part = ValueParts.partsRanked(selected);
			}
			if (part.isPresent()) {
				return Decision.fallback(true,
						"asks about one part of " + part.get().id() + ", which the document gives as a whole");
			}
			if (notBrokenDown.isPresent()) {
				return Decision.fallback(true, "asks " + top.name() + "'s figure for a value of " + notBrokenDown.get()
						+ ", which it is not given by");
			}
			double covered = coverage.applyAsDouble(top.name());
			intent = best.get();
			confidence = top.score();
			reason = "best score " + round(top.score()) + ", covering " + round(covered) + " of the question"
					+ (computing ? "; under the threshold, but it computes what is asked over the values named" : "")
					+ (pointsBackToItsSlot ? "; under the threshold, but the question points back to values of its slot"
							: pointsBack ? "; under the threshold, but the question points back to the last answer"
									: "");
		}
		boolean all = false;
		if (intent.slot().isPresent()) {
			String slot = intent.slot().get();
			List<EntityValue> values = selected.getOrDefault(slot, List.of());
			if (values.isEmpty() && DateMentions.namesDateOutside(extraction, slot)) {
				return Decision.fallback(true, "the date named is not a value of " + slot);
			}
			if (values.size() == 1 && reading.operation().filter(Operation::comparesTwo).isPresent()) {
				// "¿y cuántos menos que el día anterior?" after the 28th: the value named
				// and the one the conversation
				// was about are the two compared.
				EntityValue named = values.get(0);
				Optional<EntityValue> other = lastTopic.remembered(previous, slot)
					.stream()
					.filter(v -> !v.equals(named))
					.findFirst();
				// Leaning on the conversation, or going on with the last turn's family:
				// "¿cuántos más tuvo el lunes?" after the Monday and the Tuesday, or
				// "¿cuántos más tiene el primero?" after the second of a ranking.
				if (other.isPresent() && (extraction.leansOnContext() || previous.intent()
					.flatMap(corpus::intent)
					.flatMap(Intent::slot)
					.filter(slot::equals)
					.isPresent())) {
					values = List.of(other.get(), named);
					selected.put(slot, values);
					reason += "; compared with " + other.get().id() + " from the previous turn";
				}
			}
			// Across turns, the values computed over are those of the two turns, not
			// what the last one listed.
			if (values.isEmpty() && !acrossTurns && (extraction.leansOnContext() || reading.bare()
					|| overRemembered.isPresent() || onContext.isPresent())) {
				// "¿y cuál tuvo menos?" after a list of the three largest groups asks
				// over all groups: an answer computed over its slot takes only the values
				// asked before, not those listed.
				values = intent.answerComputesOverSlot() && !reading.asksComputation() ? lastTopic.asked(previous, slot)
						: lastTopic.remembered(previous, slot);
				if (values.size() > 1 && reading.operation().filter(o -> o == Operation.SHARE).isPresent()
						&& lastTopic.asked(previous, slot).isEmpty()
						&& previous.intent().flatMap(corpus::intent).flatMap(AnswerAggregates::ranksFrom).isPresent()) {
					// "what percentage is that?" after the largest group, followed by the
					// next two: the share of the one the ranking picked, listed first.
					values = values.subList(0, 1);
				}
				// "¿y cuánto suman entre los dos?" after the two smallest and the next
				// two.
				Optional<Integer> first = reading.asksComputation()
						? countPointingBack.in(extraction.folded(), reading.language()) : Optional.empty();
				if (first.isPresent() && first.get() < values.size()) {
					values = values.subList(0, first.get());
				}
				if ((!reading.asksComputation() || reading.operation().filter(Operation.DURATION::equals).isPresent())
						&& values.size() > 1 && previous.intent().filter(intent.name()::equals).isPresent()) {
					// "¿y ese día?" after "¿y el 28?" means the 28th, the latest asked;
					// all of them only to compute, but for how long one lasted.
					values = values.subList(0, 1);
				}
				if (!values.isEmpty()) {
					selected.put(slot, values);
					reason += "; " + slot + " from the previous turn";
				}
			}
			// An average over no value named is over all of them ("the average daily
			// attendance across the days"): no value of another kind is asked.
			boolean overAll = reading.operation().filter(Operation.AVERAGE::equals).isPresent();
			if (values.isEmpty() && reading.foreignShare() > 0 && !reading.counted().equals(intent.slot())
					&& !overAll) {
				// "¿Cuántos de empresas privadas se registraron?": a value the family
				// does not have, by a name
				// the corpus does not know; listing every value would answer another
				// question. Any unknown word
				// counts: refusing "¿me das el desglose por grupo?" is the lesser harm
				// than a confident list.
				return Decision.fallback(true,
						"asks " + intent.name() + " about something that is not a value of " + slot);
			}
			// "¿y en los tres días?": the whole of the slot, as its answer over all says
			// it.
			all = values.isEmpty() || wholeAdded && reading.operation().isEmpty();
		}
		Map<String, List<String>> remember = new HashMap<>(previous.values());
		selected.forEach((family, values) -> remember.put(family, values.stream().map(EntityValue::id).toList()));
		if (intent.slot().isPresent() && previous.intent().filter(intent.name()::equals).isPresent()) {
			// "¿y el 28?" after "¿cuántos el 26?": the same question about another value,
			// so both
			// are the values asked about and "¿y juntos?" next adds them up. The latest
			// first, at most a few.
			String slot = intent.slot().get();
			List<String> asked = new ArrayList<>(remember.getOrDefault(slot, List.of()));
			previous.values()
				.getOrDefault(slot, List.of())
				.stream()
				.filter(id -> !asked.contains(id))
				.forEach(asked::add);
			remember.put(slot, List.copyOf(asked.subList(0, Math.min(asked.size(), MAX_ASKED_VALUES))));
		}
		Optional<String> perPart = perPartFigures.refusal(selected, extraction.folded(), reading.language(),
				reading.operation());
		if (perPart.isPresent()) {
			return Decision.fallback(true, perPart.get());
		}
		return Decision.answer(intent, selected, all, Math.min(1, confidence), remember, reason);
	}

	/**
	 * A refusal when a word the corpus does not know stands where the best intent needs
	 * something it knows: what the question counts or names, or a value of a family the
	 * intent is always about.
	 */
	private Optional<Decision> refusedForAnUnknownWord(String best, Map<String, List<EntityValue>> selected,
			Extraction extraction, Reading reading, DialogState previous) {
		if (reading.asksAboutUnknown()) {
			// "¿Cuántos periodistas se registraron?", "¿Cuál es el salario de…?": the
			// thing asked about is one the
			// document never mentions, so whatever the best intent says is about
			// something else.
			return Optional
				.of(Decision.fallback(true, "asks about something the corpus does not know (best was " + best + ")"));
		}
		Optional<String> counted = reading.counted()
			.filter(f -> reading.operation().filter(Operation.COUNT::equals).isPresent());
		if (counted.isPresent() && corpus.intent(best)
			.filter(i -> i.slot().isEmpty() && !countedFamilies.speaksOf(i, counted.get()))
			.isPresent()) {
			// "¿Cuántos talleres hubo en total?" is no question for the registrations'
			// total: it counts values the intent never speaks of.
			return Optional.of(Decision.fallback(true,
					"counts values of " + counted.get() + ", which " + best + " does not speak of"));
		}
		// A total of nothing named ("¿cuántos jóvenes en total?") counts as plainly.
		boolean totalOfNothing = reading.operation().filter(Operation.SUM::equals).isPresent() && selected.isEmpty();
		if ((!reading.asksComputation() || totalOfNothing) && reading.countsWhatTheIntentLacks().test(best)) {
			// "¿Cuántos jóvenes participaron?": the registrations count everyone, the
			// document never says how many of them were young.
			return Optional.of(Decision.fallback(true, "counts something " + best + " does not give"));
		}
		Optional<String> missing = definingFamilies.getOrDefault(best, Set.of())
			.stream()
			.filter(f -> !selected.containsKey(f) && !extraction.selectedFamilies().contains(f))
			// "¿y ella qué cargo tiene?": the value is the one the conversation was
			// about.
			.filter(f -> !extraction.leansOnContext() || lastTopic.remembered(previous, f).isEmpty())
			.findFirst();
		if (missing.isPresent() && reading.foreignShare() > 0 && !reading.counted().equals(missing)) {
			// "¿Cuántos se conectaron por Teams?": the intent is always about a value of
			// this family, the question
			// names none of its values but a word the bot does not know.
			return Optional.of(Decision.fallback(true, "names no value of " + missing.get() + ", which " + best
					+ " is always about, but a word the corpus does not know"));
		}
		return Optional.empty();
	}

	/**
	 * Values named in the question by family; a date selects values of every family it
	 * falls in.
	 */
	static Map<String, List<EntityValue>> selectedValues(Extraction extraction) {
		Map<String, List<EntityValue>> selected = new LinkedHashMap<>();
		for (Mention mention : extraction.mentions()) {
			if (mention.isDate() && extraction.mentions()
				.stream()
				.anyMatch(m -> m != mention && m.values().size() == 1 && mention.values().containsAll(m.values()))) {
				// "the first day, the one in April": a date around a value named
				// precisely says when that value was, and selects nothing more.
				continue;
			}
			for (EntityValue value : mention.values()) {
				List<EntityValue> values = selected.computeIfAbsent(value.family(), f -> new ArrayList<>());
				if (!values.contains(value)) {
					values.add(value);
				}
			}
		}
		return selected;
	}

	/**
	 * Two decimals, as text for the trace; cheaper than String.format, which showed in
	 * profiles of every answer.
	 */
	private static String round(double score) {
		if (!Double.isFinite(score)) {
			return String.valueOf(score);
		}
		return java.math.BigDecimal.valueOf(score).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
