package org.lacreview.index;

import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;

/**
 * Stages 4 and 5 for one question: a value named by a noun and a pointer read as the
 * value the last one links to ({@link LinkedValues}), its entities
 * ({@link EntityExtractor}), read again after each rewriting that restores what the
 * question says once (an open list cut, an ordinal's noun, a shared head, the other end
 * of a span, an operand named by a superlative, the holder of a figure), then the
 * follow-up read as the previous question ({@link FollowUpRewriter}); with the
 * computation the question asks as written ({@link OperationReader}). Part of
 * {@link QuestionAnswerer}.
 */
final class QuestionRewriting {

	private final Corpus corpus;

	private final EntityExtractor extractor;

	private final FollowUpRewriter followUps;

	private final OperationReader operations;

	private final OpenLists openLists;

	private final ElidedOrderWords elidedOrderWords;

	private final ElidedHeads elidedHeads;

	private final SharedHeads sharedHeads;

	private final DaysOfSpans daysOfSpans;

	private final SpanEnds spanEnds;

	private final PointedEnds pointedEnds;

	private final SuperlativeOperands superlativeOperands;

	private final FigureHolders figureHolders;

	private final LinkedValues linkedValues;

	/**
	 * @param daysOfSpans what a question adds up days of, shared with the reading of the
	 * computation in the conversation ({@link OperationInContext})
	 */
	QuestionRewriting(Corpus corpus, EngineBuilder.Parts parts, DaysOfSpans daysOfSpans) {
		this.corpus = corpus;
		this.extractor = parts.extractor();
		this.followUps = parts.followUps();
		this.operations = parts.operations();
		this.figureHolders = parts.figureHolders();
		this.openLists = new OpenLists(corpus);
		this.elidedOrderWords = new ElidedOrderWords(corpus);
		this.elidedHeads = new ElidedHeads(corpus);
		this.sharedHeads = new SharedHeads(corpus);
		this.daysOfSpans = daysOfSpans;
		this.spanEnds = new SpanEnds(corpus, parts.askedKinds());
		this.pointedEnds = new PointedEnds(corpus, extractor);
		this.superlativeOperands = new SuperlativeOperands(corpus);
		this.linkedValues = new LinkedValues(corpus);
	}

	/**
	 * The question as read.
	 *
	 * @param named its entities once what it says once is restored, before the follow-up
	 * stage
	 * @param askedAsWritten the computation {@code named} asks, if any
	 * @param extraction its entities after the follow-up stage (the same object as
	 * {@code named} when that stage changed nothing)
	 */
	record Rewritten(Extraction named, Optional<AskedOperation> askedAsWritten, Extraction extraction) {
	}

	/**
	 * Reads {@code corrected} (a question read and spelling-corrected) in {@code lang} in
	 * the conversation {@code previous}.
	 */
	Rewritten rewrite(String corrected, String lang, DialogState previous) {
		// 4. Entities (EntityExtractor), and 5. a follow-up read as the previous question
		// (FollowUpRewriter). "¿y el
		// segundo?" after the largest group is the second largest (OperationReader), not
		// the second value named.
		// "¿y su organización?" after one person: the organisation that person links to.
		String linkedRead = linkedValues.restored(corrected, lang, previous).orElse(corrected);
		Extraction listed = extractor.extract(linkedRead, lang, previous.values());
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
		boolean asksBetween = firstRead.filter(a -> a.operation() == Operation.DAYS_BETWEEN).isPresent();
		Optional<String> spanEnd = spanEnds.restored(named, lang, asksDays, asksBetween)
			.or(() -> spanEnds.fromEarlier(spanAsked, lang, asksDays, previous.question()))
			// "…entre el fin de esas consultas y la reunión": the consultations just
			// answered about.
			.or(() -> pointedEnds.pointedEnd(spanAsked, lang, asksDays, previous))
			// "et à la réunion régionale ?" after the webinars' figure: the meeting's.
			.or(() -> spanEnds.swapped(spanAsked, lang, previous))
			// "¿y cuántos días antes fue la feria?" after a day's answer: from that day.
			.or(() -> pointedEnds.lastEnd(spanAsked, lang, asksBetween, previous));
		if (spanEnd.isPresent()) {
			named = extractor.extract(spanEnd.get(), lang, previous.values());
			// "…entre el final de esas consultas y la reunión": both ends, one by each.
			Extraction oneEnd = named;
			Optional<String> pointed = pointedEnds.pointedEnd(oneEnd, lang, asksDays, previous);
			if (pointed.isPresent()) {
				named = extractor.extract(pointed.get(), lang, previous.values());
			}
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
		return new Rewritten(named, askedAsWritten, extraction);
	}

}
