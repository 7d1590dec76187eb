package org.lacreview.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;

/**
 * What the dialogue decides instead of answering by the best-ranked intent: the count by
 * an intent about what the question counts, or a refusal — a word the corpus does not
 * know where the intent needs one it knows, a close rival, a figure the intent's answer
 * does not break down, one part of a value the document gives as a whole. Part of
 * {@link DialogResolver}.
 */
final class BestIntentRefusals {

	private final Corpus corpus;

	private final LastTopic lastTopic;

	private final Map<String, Set<String>> definingFamilies;

	private final Breakdowns breakdowns;

	private final ValueParts parts;

	private final CountedFamilies countedFamilies;

	private final CloseRival closeRival;

	private final QuotedFigureOwners figureOwners;

	private final Map<String, Set<String>> mentioned;

	private final CountsOfUnspokenValues unspokenValues = new CountsOfUnspokenValues();

	private final FiguresAskedPerFamily perFamily;

	/**
	 * @param mentioned per intent, the families any of its examples names (see
	 * {@link DefiningFamilies#mentioned()})
	 */
	BestIntentRefusals(Corpus corpus, LastTopic lastTopic, Map<String, Set<String>> definingFamilies,
			Breakdowns breakdowns, ValueParts parts, CountedFamilies countedFamilies, CloseRival closeRival,
			QuotedFigureOwners figureOwners, Map<String, Set<String>> mentioned) {
		this.figureOwners = figureOwners;
		this.mentioned = mentioned;
		this.corpus = corpus;
		this.lastTopic = lastTopic;
		this.definingFamilies = definingFamilies;
		this.breakdowns = breakdowns;
		this.perFamily = new FiguresAskedPerFamily(corpus, breakdowns::breaksDown);
		this.parts = parts;
		this.countedFamilies = countedFamilies;
		this.closeRival = closeRival;
	}

	/**
	 * The decision taken instead of answering by {@code best}, the intent of {@code top}
	 * (scored at the threshold or over it, or taken under it because it computes what is
	 * asked or the question points back); empty when {@code best} answers.
	 * @param computing whether {@code best} was taken under the threshold because it
	 * computes what is asked over the values named
	 * @param pointsBack whether it was taken under the threshold because the question
	 * points back to its slot's values or to the last answer
	 * @param computer whether an intent, by name, computes what the question asks over
	 * the values given
	 * @param overItsText whether an intent's answer over the values given has figures in
	 * its text that the question's computation adds
	 */
	Optional<Decision> instead(Scored top, Intent best, List<Scored> ranked, Map<String, List<EntityValue>> selected,
			Extraction extraction, Reading reading, DialogState previous, boolean computing, boolean pointsBack,
			BiPredicate<String, Map<String, List<EntityValue>>> computer,
			BiPredicate<String, Map<String, List<EntityValue>>> overItsText) {
		// "¿Cuántos talleres hubo en total?" ranked first for the registrations'
		// total: counted by an intent about the workshops.
		Optional<Intent> counting = countedFamilies.countingInstead(best, reading, selected, ranked, computer);
		if (counting.isPresent()) {
			return Optional.of(Decision.answer(counting.get(), Map.of(), true, Math.min(1, top.score()),
					previous.values(), "counts values of " + reading.counted().orElseThrow() + ", which " + top.name()
							+ " does not speak of: counted with " + counting.get().name()));
		}
		Optional<Decision> refused = refusedForAnUnknownWord(top.name(), selected, extraction, reading, previous);
		if (refused.isPresent()) {
			return refused;
		}
		// A computation may quote a figure of another family to set the values named
		// against ("the workshops as a % of the fair's 120"); a count does not.
		Optional<String> quoted = computing || reading.operation().filter(o -> o != Operation.COUNT).isPresent()
				? Optional.empty()
				: figureOwners.ofValuesNotSpokenOf(extraction.masked(), best, mentioned, extraction.selectedFamilies());
		if (quoted.isPresent()) {
			// "¿De cuántos pueblos vinieron los 120 expositores?": the 120 are the
			// fair's, which the workshops' answer never speaks of.
			return Optional.of(Decision.fallback(true,
					"quotes the figure " + quoted.get() + ", of values " + top.name() + " does not speak of"));
		}
		Optional<String> rival = computing || pointsBack || extraction.leansOnContext() ? Optional.empty()
				: closeRival.refusal(top, ranked, selected, reading);
		if (rival.isPresent()) {
			return Optional.of(Decision.fallback(true, rival.get()));
		}
		String chosen = top.name();
		// "How much busier was the radio on Monday than on Tuesday?" compares two days'
		// figures the intent gives only for the video call.
		boolean betweenItsSlotValues = best.slot()
			.filter(s -> selected.getOrDefault(s, List.of()).size() >= 2)
			.isPresent();
		Optional<String> notBrokenDown = computing
				? betweenItsSlotValues
						? breakdowns.notGivenBy(best, namedByName(selected, extraction), reading, () -> false)
						: Optional.empty()
				: breakdowns.notGivenBy(best, lastTopic.withReferredTo(selected, extraction, previous), reading,
						() -> computer.test(chosen, selected) || overItsText.test(chosen, selected));
		if (notBrokenDown.isEmpty() && !computing) {
			// "¿Cuántos inscritos hubo cada día?" names no day, but asks a figure per
			// day.
			notBrokenDown = perFamily.notGivenBy(best, mentioned.getOrDefault(chosen, Set.of()), extraction.folded(),
					reading.language(), reading);
		}
		if (notBrokenDown.isEmpty() && !computing
				&& breakdowns.quotesItsFigure(best, selected, extraction.masked(), reading)) {
			return Optional
				.of(Decision.fallback(true, "quotes the figure " + top.name() + " gives and asks what it is made of"));
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
		Optional<EntityValue> part = computing || best.unanswerable() ? Optional.empty()
				: parts.onePartAsked(selected, extraction.masked())
					.or(() -> asksAFigure ? parts.partInAMonthNamedByDate(extraction.mentions()) : Optional.empty());
		if (part.isEmpty() && !computing && !best.unanswerable() && !reading.asksComputation()) {
			part = parts.eachPartAsked(selected, extraction.masked())
				.or(() -> parts.partOfAMonthAsked(selected, extraction.masked()))
				.or(() -> parts.eachPartOfTheLastAsked(selected, extraction.masked(), previous.values()));
		}
		if (part.isEmpty() && !computing && reading.superlative().isPresent() && reading.operation().isEmpty()) {
			part = ValueParts.partsRanked(selected);
		}
		if (part.isPresent()) {
			return Optional.of(Decision.fallback(true,
					"asks about one part of " + part.get().id() + ", which the document gives as a whole"));
		}
		if (notBrokenDown.isPresent()) {
			return Optional.of(Decision.fallback(true, "asks " + top.name() + "'s figure for a value of "
					+ notBrokenDown.get() + ", which it is not given by"));
		}
		Optional<String> unspoken = computing || pointsBack || best.unanswerable() || extraction.leansOnContext()
				? Optional.empty() : unspokenValues.familyOf(best, selected, extraction, reading, mentioned);
		if (unspoken.isPresent()) {
			return Optional.of(Decision.fallback(true, "asks " + top.name() + "'s figure of a value of "
					+ unspoken.get() + ", which none of its examples names"));
		}
		return Optional.empty();
	}

	/**
	 * Of {@code selected}, the families whose values the question names by name: a date
	 * between two days may select the event held on them, which the question does not
	 * name.
	 */
	private static Map<String, List<EntityValue>> namedByName(Map<String, List<EntityValue>> selected,
			Extraction extraction) {
		Set<String> named = extraction.namedValues();
		Map<String, List<EntityValue>> byName = new HashMap<>();
		selected.forEach((family, values) -> {
			List<EntityValue> kept = values.stream().filter(v -> named.contains(family + ":" + v.id())).toList();
			if (!kept.isEmpty()) {
				byName.put(family, kept);
			}
		});
		return byName;
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
		Optional<String> slot = corpus.intent(best).flatMap(Intent::slot);
		if (counted.isPresent() && slot.isPresent() && !slot.equals(counted) && selected.containsKey(slot.get())
				&& !countedFamilies.valuesSpeakOf(selected.get(slot.get()), counted.get())) {
			// "How many towns came to the cooking workshop?": only the fair's text
			// counts towns; a workshop's figure counts people.
			return Optional.of(Decision.fallback(true,
					"counts values of " + counted.get() + ", which the " + slot.get() + " named does not speak of"));
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

}
