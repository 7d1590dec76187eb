package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;

/**
 * The two cases in which {@link DialogResolver} answers with an intent that scores under
 * the corpus's threshold, because something other than the ranking says what the question
 * wants: a computation over values it names, and a question pointing back to values the
 * conversation has; a message of small talk whose parts go to different small-talk
 * intents ({@link #conversing}); and it names the intent whose answer
 * {@link AnswerSearch} may still find holding a question no intent fits
 * ({@link #nearest}). Neither applies to a question with a word the corpus does not know,
 * except a computation over values of two families or more.
 */
final class UnderThreshold {

	/**
	 * How many of the best intents are looked at for one that computes what a question
	 * asks, when none scores the threshold: the operation and the values named say what
	 * is wanted; the ranking only picks whose figures.
	 */
	static final int COMPUTING_CANDIDATES = 3;

	/**
	 * The least share of the threshold an intent must score to answer a question that
	 * points back to its slot.
	 */
	static final double POINTING_BACK_SHARE = 0.5;

	/**
	 * The least share of the threshold the best intent must score for its answer to be
	 * searched for the question ({@link #nearest}).
	 */
	static final double NEAREST_SHARE = 1.0 / 3;

	/**
	 * The least that the small-talk intents together score for small talk of words no
	 * example has ({@link #conversing}). With {@link #CONVERSING_SHARE}, chosen on the
	 * golden, seen and read blind sets (about 12,700 turns): 0.1 and 0.8 gain 2 and lose
	 * none; without the two intents each scoring half of it, "Can you help me apply for a
	 * US green card?" got the help text.
	 */
	static final double CONVERSING_SCORE = 0.1;

	/** The least share of the ranked intents' scores the small-talk intents take. */
	static final double CONVERSING_SHARE = 0.8;

	private final Corpus corpus;

	private final LastTopic lastTopic;

	UnderThreshold(Corpus corpus, LastTopic lastTopic) {
		this.corpus = corpus;
		this.lastTopic = lastTopic;
	}

	/**
	 * The first of the {@value #COMPUTING_CANDIDATES} best intents that computes what the
	 * question asks over values of its slot that the question names (or, for a rank or an
	 * average, over its whole slot family; or, for an intent without a slot, over two or
	 * more values named): "What's the difference in Zoom attendance between April 26 and
	 * April 27?" says what it wants by its operation and its values, whatever its other
	 * words.
	 * @param computes whether an intent, by name, computes what the question asks over
	 * the values given
	 * @param answeredLast the intent that gave the previous answer, for a question that
	 * names nothing: a candidate after the best few, wherever it ranks
	 */
	Optional<Scored> computing(List<Scored> ranked, Map<String, List<EntityValue>> selected, Reading reading,
			BiPredicate<String, Map<String, List<EntityValue>>> computes, Optional<String> answeredLast) {
		boolean overDates = reading.operation().filter(Operation::overDates).isPresent();
		if (!reading.asksComputation()
				|| reading.foreignShare() > 0 && selected.size() < 2 && !overDates && reading.counted().isEmpty()) {
			// Words the corpus does not know may be what is computed over ("¿cuántos
			// periodistas…?", "¿cuántos más por fax el lunes que el martes?"); with
			// values of
			// two families named, the values are ("¿cuántos más vinieron en tren que en
			// autobús el lunes?"), and the words around them only verbs or fillers; so
			// are they when the question counts a family's values ("¿cuántas categorías
			// aparecen en el desglose?"); and days are counted over the dates of the
			// values named, whatever the words.
			return Optional.empty();
		}
		// A rank ("the second-highest group"), an order ("de mayor a menor"), an
		// average ("la media diaria"), a count ("¿cuántos grupos…?") or a sum over a
		// kind ("add up every category") may be over the whole family: it need name no
		// value.
		// So may a difference between its largest and smallest values.
		boolean ranks = reading.operation()
			.filter(o -> o.isRank() || o.isOrder() || o == Operation.AVERAGE || o == Operation.MEDIAN
					|| o == Operation.COUNT || o == Operation.SUM && reading.counted().isPresent())
			.isPresent() || reading.betweenExtremes();
		// Days are counted over the dates of the values named, however low the intents
		// giving those dates rank ("combien de jours séparent le … du …?" ranks a count
		// first): those come after the best few.
		Stream<Scored> candidates = Stream.concat(ranked.stream().limit(COMPUTING_CANDIDATES),
				answeredLast.stream().map(name -> new Scored(name, Scored.of(ranked, name))));
		if (overDates) {
			candidates = Stream.concat(candidates,
					ranked.stream()
						.skip(COMPUTING_CANDIDATES)
						.filter(s -> corpus.intent(s.name())
							.filter(i -> AnswerKinds.gives(i, Optional.of(AnswerKinds.DATE))
									&& i.slot().filter(selected::containsKey).isPresent())
							.isPresent()));
		}
		return candidates.filter(s -> corpus.intent(s.name())
			.filter(i -> !i.unanswerable() && !i.isOutOfScope())
			// Without a slot, the figures compared must all be named ("how many more
			// joined via Zoom than watched on YouTube?"): two values or more, a
			// family's whole counting as one ("¿cuántos registrados más que por
			// YouTube?").
			.filter(i -> i.slot()
				.map(slot -> ranks || !selected.getOrDefault(slot, List.of()).isEmpty())
				.orElse(selected.values().stream().mapToInt(List::size).sum() + (reading.namesAWhole() ? 1 : 0) >= 2))
			.filter(i -> computes.test(i.name(), selected))
			.isPresent()).findFirst();
	}

	/**
	 * The best intent under the threshold, when its answer could still be the reply: it
	 * scores at least {@link #NEAREST_SHARE} of the threshold, answers from the document
	 * with one answer (no slot), and the question has no word the corpus does not know.
	 * {@link AnswerSearch#agreeing} then decides by what its answer says.
	 */
	Optional<Intent> nearest(Scored top, Reading reading) {
		if (top.score() < corpus.info().threshold() * NEAREST_SHARE || reading.foreignShare() > 0) {
			return Optional.empty();
		}
		return corpus.intent(top.name())
			.filter(i -> i.answersFromTheDocument() && i.slot().isEmpty() && !i.unanswerable() && !i.isOutOfScope());
	}

	/**
	 * "Hola, gracias por estar acá", "Bonjour, merci de votre patience": small talk that
	 * greets and thanks at once splits the classifier between the intents that answer it.
	 * The best intent is one of those that answer from no section of the document (and
	 * are not {@code unanswerable}), and those intents together score the threshold; or,
	 * when words no example has lower every score ("hey there, thanks for being around"),
	 * two of them score at least half of {@value #CONVERSING_SCORE} each, together at
	 * least {@value #CONVERSING_SCORE} and {@value #CONVERSING_SHARE} of what every
	 * ranked intent scores.
	 */
	boolean conversing(List<Scored> ranked, Scored top) {
		if (!conversational(top.name())) {
			return false;
		}
		double together = ranked.stream().filter(s -> conversational(s.name())).mapToDouble(Scored::score).sum();
		double all = ranked.stream().mapToDouble(Scored::score).sum();
		long speaking = ranked.stream()
			.filter(s -> conversational(s.name()) && s.score() >= CONVERSING_SCORE / 2)
			.count();
		return together >= corpus.info().threshold()
				|| speaking >= 2 && together >= CONVERSING_SCORE && together >= CONVERSING_SHARE * all;
	}

	private boolean conversational(String name) {
		return corpus.intent(name)
			.filter(i -> !i.answersFromTheDocument() && !i.unanswerable() && !i.isOutOfScope())
			.isPresent();
	}

	/**
	 * "and what did she announce?" after the answer about the fair's closing speech: a
	 * question that names nothing but points back with a word of the language's
	 * {@code anaphora}, whose best intent (at least {@value #POINTING_BACK_SHARE} of the
	 * threshold) is the one that gave the last answer, asks that answer's topic again.
	 */
	boolean pointsBackToTheLastAnswer(Scored top, Extraction extraction, Map<String, List<EntityValue>> selected,
			Reading reading, DialogState previous) {
		return extraction.refersBack() && selected.isEmpty() && reading.foreignShare() == 0
				&& top.score() >= corpus.info().threshold() * POINTING_BACK_SHARE
				&& previous.intent().filter(top.name()::equals).isPresent()
				&& corpus.intent(top.name())
					.filter(i -> i.answersFromTheDocument() && !i.unanswerable() && !i.isOutOfScope())
					.isPresent();
	}

	/**
	 * "what's their website?" after an answer naming the organisers: a question that
	 * names nothing but points back with a word of the language's {@code anaphora}, or
	 * that leans on the conversation and names only values it has ("and the third one,
	 * what is her role?" after three speakers, the ordinal read as the third), asks for
	 * no computation (that is {@link LastTopic}'s), whose best intent (at least
	 * {@value #POINTING_BACK_SHARE} of the threshold) is about a family the conversation
	 * has values of, is about those values.
	 */
	boolean pointsBackToItsSlot(Scored top, Extraction extraction, Map<String, List<EntityValue>> selected,
			Reading reading, DialogState previous) {
		boolean pointing = extraction.refersBack() && selected.isEmpty()
				|| extraction.leansOnContext() && !selected.isEmpty()
						&& selected.entrySet()
							.stream()
							.allMatch(e -> lastTopic.remembered(previous, e.getKey()).containsAll(e.getValue()));
		return pointing && reading.foreignShare() == 0 && !reading.asksComputation()
				&& top.score() >= corpus.info().threshold() * POINTING_BACK_SHARE
				&& corpus.intent(top.name())
					.filter(i -> !i.unanswerable())
					.flatMap(Intent::slot)
					.filter(slot -> !lastTopic.remembered(previous, slot).isEmpty())
					.isPresent();
	}

	/**
	 * The refusal of a question whose best intent {@code top} scores under the threshold
	 * and that nothing else answers: {@link Decision#belowThreshold} for a short
	 * follow-up, a question pointing back or one asking a kind of answer (a place, a
	 * date, a person) that a sentence near its words rarely holds; otherwise
	 * {@link Decision#noIntentFits}, whose answer or sentence of the document may still
	 * hold it.
	 */
	Decision refusal(Scored top, Extraction extraction, Reading reading) {
		// Out of scope scoring under the threshold is no surer than any intent
		// there: an answer or a sentence of the document may still hold it.
		String below = "best score " + Scored.rounded(top.score()) + " for " + top.name() + " is below the threshold "
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
				: Decision.noIntentFits(below, nearest(top, reading), everyWordKnown);
	}

}
