package org.lacreview.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * Which ranked intent goes first when the best is not clearly the one asked about: an
 * intent about the one value the question names, the ranking of the best's family from
 * the end a superlative says, or a runner-up that knows clearly more of the question's
 * words ({@link IntentVocabulary}). Used by {@link DialogResolver} after the
 * conversation's topic ({@link LastTopic}) had its say.
 */
final class FirstChoice {

	/**
	 * How close to the best an intent about the one value a question names must score to
	 * go before a best intent about no value.
	 */
	static final double SLOT_NAMED_SHARE = 0.75;

	/** How much more of the question a runner-up must cover to go first. */
	static final double MORE_COVERED = 0.2;

	/**
	 * How many of the best intents are looked at for one that ranks from the end a
	 * superlative says.
	 */
	static final int SUPERLATIVE_CANDIDATES = 3;

	/** How many intents after a best dropped for the kind asked may take its score. */
	static final int SAME_SLOT_RUNNERS_UP = 2;

	/**
	 * How many times the last intent's score the best must score for a follow-up naming a
	 * value of its slot to be a question of its own ({@link #asksItsOwn}). On the read
	 * blind sets (21,058 turns through the CLI), 2 gained five answers and lost none; no
	 * other value was tried.
	 */
	static final double OWN_QUESTION_ODDS = 2;

	private final Corpus corpus;

	private final FiguresInTexts figuresInTexts;

	/** Per intent, the families any of its examples names. */
	private final Map<String, Set<String>> mentioned;

	FirstChoice(Corpus corpus, FiguresInTexts figuresInTexts, Map<String, Set<String>> mentioned) {
		this.corpus = corpus;
		this.mentioned = Map.copyOf(mentioned);
		this.figuresInTexts = figuresInTexts;
	}

	/**
	 * {@code giving} (the intents of {@code ranked} that give the kind asked,
	 * {@link AnswerKinds#giving}) with one change when the best of {@code ranked} is not
	 * among them and the question says a {@code superlative}: the first of the next
	 * {@value #SAME_SLOT_RUNNERS_UP} about the same slot that gives the kind and whose
	 * answer picks that end ({@link AnswerAggregates#picks}) takes the best's score if
	 * higher. "¿Qué día hubo más gente?" scored best for the intent giving each day's
	 * figure; the words chose the family, the kind and the superlative choose the intent
	 * about it.
	 */
	List<Scored> withSuperlativeHeir(List<Scored> ranked, List<Scored> giving, Optional<Operation> superlative) {
		Optional<String> droppedSlot = ranked.isEmpty() || superlative.isEmpty()
				|| !giving.isEmpty() && giving.get(0).equals(ranked.get(0)) ? Optional.empty()
						: corpus.intent(ranked.get(0).name()).flatMap(Intent::slot);
		if (droppedSlot.isEmpty()) {
			return giving;
		}
		List<Scored> runnersUp = ranked.subList(1, Math.min(ranked.size(), SAME_SLOT_RUNNERS_UP + 1));
		List<Scored> heirs = new ArrayList<>(giving);
		for (int i = 0; i < heirs.size(); i++) {
			Scored s = heirs.get(i);
			if (runnersUp.contains(s) && corpus.intent(s.name())
				.filter(heir -> heir.slot().equals(droppedSlot) && AnswerAggregates.picks(heir, superlative.get()))
				.isPresent()) {
				heirs.set(i, new Scored(s.name(), Math.max(s.score(), ranked.get(0).score())));
				heirs.sort(Comparator.comparingDouble(Scored::score).reversed());
				break;
			}
		}
		return heirs;
	}

	/**
	 * Whether a question that names a value of {@code last}'s slot asks its own question
	 * about it rather than {@code last}'s again: the best of {@code ranked} is another
	 * intent about the same slot, at or above the threshold, scoring at least
	 * {@value #OWN_QUESTION_ODDS} times what {@code last} scores, or more than it when
	 * the question asks for the kind of answer the best gives first of all
	 * ({@code answers}) and {@code last} does not. "¿cuánta gente de los talleres?" after
	 * the workshops' date asks their participants, not their date.
	 * @param asksFor the kind of answer the question asks for, if it says one
	 */
	boolean asksItsOwn(List<Scored> ranked, Intent last, Optional<String> asksFor) {
		if (ranked.isEmpty() || ranked.get(0).name().equals(last.name())
				|| ranked.get(0).score() < corpus.info().threshold()) {
			return false;
		}
		Optional<Intent> best = corpus.intent(ranked.get(0).name());
		// "¿cuántas entidades?" after the date asks a number: the intent whose answer
		// is first of all one needs only to be ahead of the last.
		boolean kindOfBest = asksFor.isPresent() && best.filter(b -> firstKind(b).equals(asksFor)).isPresent()
				&& !firstKind(last).equals(asksFor);
		double odds = kindOfBest ? 1 : OWN_QUESTION_ODDS;
		return ranked.get(0).score() >= odds * Scored.of(ranked, last.name())
				&& best.flatMap(Intent::slot).equals(last.slot());
	}

	private static Optional<String> firstKind(Intent intent) {
		return intent.answers().stream().findFirst();
	}

	/**
	 * "¿Cuál fue el taller más chico?": when the best intent's answer ranks its slot
	 * family from the other end than the one superlative the question says
	 * ({@link AnswerAggregates#ranksFrom}), the best of the first
	 * {@value #SUPERLATIVE_CANDIDATES} intents about the same slot that ranks from that
	 * end goes first, with the best's score: the words "más" and "taller" chose the
	 * family, the superlative chooses the end.
	 */
	Optional<Scored> rankingFromTheEndSaid(List<Scored> ranked, Optional<Operation> superlative) {
		if (ranked.isEmpty() || superlative.isEmpty()) {
			return Optional.empty();
		}
		Scored best = ranked.get(0);
		Optional<Intent> top = corpus.intent(best.name());
		Optional<String> slot = top.flatMap(Intent::slot);
		if (slot.isEmpty() || top.flatMap(AnswerAggregates::ranksFrom).filter(o -> o != superlative.get()).isEmpty()) {
			return Optional.empty();
		}
		return ranked.stream()
			.limit(SUPERLATIVE_CANDIDATES)
			.filter(s -> corpus.intent(s.name())
				.filter(i -> i.slot().equals(slot) && !i.unanswerable())
				.flatMap(AnswerAggregates::ranksFrom)
				.equals(superlative))
			.findFirst()
			.map(s -> new Scored(s.name(), best.score()));
	}

	/**
	 * "¿Cuántos representantes de agencias de la ONU hubo en la consulta del 12 de
	 * abril?": when the best intent is about values of its slot one of which another
	 * value named gives a figure of its own in its texts ({@link FiguresInTexts}), the
	 * figure asked is the one within that other value, so an intent about that other
	 * value goes first if it clears the threshold; the best would give its own, overall
	 * figure.
	 */
	Optional<Scored> withinAnother(List<Scored> ranked, Map<String, List<EntityValue>> selected) {
		Optional<String> slot = ranked.isEmpty() ? Optional.empty()
				: corpus.intent(ranked.get(0).name()).flatMap(Intent::slot);
		List<EntityValue> own = slot.map(f -> selected.getOrDefault(f, List.of())).orElse(List.of());
		if (own.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> within = selected.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(slot.get()) && e.getValue().size() == 1)
			.filter(e -> givesAFigureOf(e.getValue(), Map.of(slot.get(), own)))
			.map(Map.Entry::getKey)
			.findFirst();
		return within.flatMap(family -> ranked.stream()
			.filter(s -> s.score() >= corpus.info().threshold())
			.filter(s -> corpus.intent(s.name()).flatMap(Intent::slot).filter(family::equals).isPresent())
			.findFirst());
	}

	/**
	 * "What happened on the 3rd?": when the question names one value and the best intent
	 * answers and has no slot (or picks the largest and smallest of that value's family),
	 * an intent whose slot is that value's family goes first if it clears the threshold,
	 * scores at least {@value #SLOT_NAMED_SHARE} of the best and covers as much of the
	 * question ({@link IntentVocabulary}); it answers about the value named, the other
	 * about something near it. Not when the best's examples name that family themselves:
	 * "¿qué personas hablaron por los talleres?" is about the workshops as much as the
	 * workshops' figures are. When the best picks an end and the question says no
	 * superlative ({@code superlative} empty), the intent about the value need only clear
	 * the threshold.
	 */
	Optional<Scored> aboutTheValueNamed(List<Scored> ranked, Map<String, List<EntityValue>> selected,
			ToDoubleFunction<String> coverage, Optional<Operation> superlative) {
		Optional<Intent> best = ranked.isEmpty() ? Optional.empty()
				: corpus.intent(ranked.get(0).name()).filter(i -> !i.unanswerable() && !i.isOutOfScope());
		if (best.isEmpty()) {
			return Optional.empty();
		}
		// Nor does one whose answer picks the largest and the smallest of the values
		// named of its slot, when one is named ("Zoom attendance Apr 27?" is no question
		// of the busiest day).
		Optional<String> comparing = best.get()
			.slot()
			.filter(f -> selected.getOrDefault(f, List.of()).size() == 1)
			.filter(f -> !AnswerAggregates.aggregates(best.get().answer()).isEmpty());
		boolean oneValueNamed = selected.size() == 1 && selected.values().iterator().next().size() == 1;
		if (comparing.isEmpty() && (!oneValueNamed || best.get().slot().isPresent())) {
			return Optional.empty();
		}
		String family = comparing.orElseGet(() -> selected.keySet().iterator().next());
		if (comparing.isEmpty() && mentioned.getOrDefault(best.get().name(), Set.of()).contains(family)) {
			return Optional.empty();
		}
		// An end picked of one value, when no superlative is said ("does the document
		// mention the workers?"), answers nothing asked: the intent about the value need
		// only clear the threshold.
		double floor = comparing.isPresent() && superlative.isEmpty() ? corpus.info().threshold()
				: Math.max(corpus.info().threshold(), ranked.get(0).score() * SLOT_NAMED_SHARE);
		// Not when the best knows words of the question the other does not: "¿quiénes
		// abrieron el taller?" asks who opened it, not who took part in it.
		double covered = coverage.applyAsDouble(ranked.get(0).name());
		return ranked.stream()
			.filter(s -> s.score() >= floor && coverage.applyAsDouble(s.name()) >= covered)
			.filter(s -> corpus.intent(s.name())
				.filter(i -> i.slot().filter(family::equals).isPresent()
						&& AnswerAggregates.aggregates(i.answer()).isEmpty())
				.isPresent())
			.findFirst();
	}

	/**
	 * Whether the texts of one of {@code within} give one of the values {@code selected}
	 * names a figure of its own ({@link FiguresInTexts}): the consultation's text gives
	 * the UN agencies their 20 there.
	 */
	boolean givesAFigureOf(List<EntityValue> within, Map<String, List<EntityValue>> selected) {
		return within.stream()
			.anyMatch(other -> selected.values()
				.stream()
				.flatMap(List::stream)
				// A number before a day's name is a date, not a figure of the day.
				.filter(v -> !v.family().equals(other.family()) && v.date().isEmpty())
				.anyMatch(v -> figuresInTexts.inTextsOf(other, v).isPresent()));
	}

	/**
	 * A runner-up that knows clearly more of the question's words ({@value #MORE_COVERED}
	 * more of their IDF weight, {@link IntentVocabulary}) and clears the threshold goes
	 * first when its score times its coverage beats the best's: two intents the
	 * classifier can hardly tell apart are told apart by the words only one of them knows
	 * ("¿quiénes abrieron el taller?" is about the opening, not the participants).
	 */
	Optional<Scored> coveringMore(List<Scored> ranked, ToDoubleFunction<String> coverage) {
		if (ranked.size() < 2 || corpus.intent(ranked.get(0).name()).filter(Intent::isOutOfScope).isPresent()) {
			return Optional.empty();
		}
		Scored best = ranked.get(0);
		Scored second = ranked.get(1);
		boolean answerable = corpus.intent(second.name()).filter(i -> !i.isOutOfScope()).isPresent();
		double bestCovers = coverage.applyAsDouble(best.name());
		double secondCovers = coverage.applyAsDouble(second.name());
		// Weighed by what each covers once more, the runner-up must come out ahead.
		return answerable && second.score() >= corpus.info().threshold() && secondCovers >= bestCovers + MORE_COVERED
				&& second.score() * secondCovers >= best.score() * bestCovers ? Optional.of(second) : Optional.empty();
	}

}
