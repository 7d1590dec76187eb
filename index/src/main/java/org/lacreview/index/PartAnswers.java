package org.lacreview.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.entity.EntityExtractor;
import org.lacreview.index.entity.Extraction;
import org.lacreview.index.text.QuestionSplitter;

/**
 * Answers a message that asks several questions ({@link QuestionSplitter}): each part in
 * turn, in the conversation so far, the replies combined ({@link PartsComposer}); the
 * whole message's reply instead when a part is refused for want of an answer (not by an
 * intent saying what the document lacks there, which answers the part as well as the
 * document allows) and the whole is answered. The splitting stage of
 * {@link AnswerEngine}.
 */
final class PartAnswers {

	private final EntityExtractor extractor;

	private final OperationReader operations;

	private final QuestionAnswerer answerer;

	private final PartsComposer partsComposer;

	private final Map<String, QuestionSplitter> splitters;

	PartAnswers(EntityExtractor extractor, OperationReader operations, QuestionAnswerer answerer,
			PartsComposer partsComposer, Map<String, QuestionSplitter> splitters) {
		this.extractor = extractor;
		this.operations = operations;
		this.answerer = answerer;
		this.partsComposer = partsComposer;
		this.splitters = splitters;
	}

	/**
	 * "¿Cuántos inscritos hubo en los talleres? ¿cuadra con lo que dijeron?", refused
	 * read whole: each question between question marks answered in turn, when one of them
	 * is; empty otherwise.
	 */
	Optional<Reply> eachAtItsQuestionMark(String message, String corrected, String lang,
			LanguageChoice.Languages languages, Map<String, String> corrections, DialogState previous) {
		List<String> pieces = splitters.get(lang).atQuestionMarks(corrected);
		if (pieces.size() < 2) {
			return Optional.empty();
		}
		Reply reply = answer(pieces, true, message, corrected, lang, languages, corrections, previous);
		return Optional.of(reply).filter(r -> !Answer.FALLBACK.equals(r.answer().intent()));
	}

	/**
	 * "dates of the fair, who opened it, and the radio audience?", refused read whole:
	 * each item of the list answered in turn, when every one of them is; empty otherwise,
	 * as a list whose items do not each make sense alone was no list of requests.
	 */
	Optional<Reply> eachListedRequest(String message, String corrected, String lang, LanguageChoice.Languages languages,
			Map<String, String> corrections, DialogState previous) {
		List<String> items = splitters.get(lang).atListSeparators(corrected);
		if (items.size() < 2) {
			return Optional.empty();
		}
		Reply reply = answer(items, true, message, corrected, lang, languages, corrections, previous);
		return Optional.of(reply).filter(r -> r.answer().answered());
	}

	/**
	 * Each of {@code parts} answered in turn, in the conversation so far; the whole
	 * message's reply when a part is refused and the whole is answered. A later part with
	 * a word pointing back, refused after parts that named nothing, is read again in the
	 * conversation as it was before the message: the pointer is the message's subject.
	 * @param wholeRefused whether the whole message was read and refused already: it is
	 * not read again
	 */
	Reply answer(List<String> parts, boolean wholeRefused, String message, String corrected, String lang,
			LanguageChoice.Languages languages, Map<String, String> corrections, DialogState previous) {
		List<Reply> replies = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		DialogState state = previous;
		Optional<Operation> computedBefore = Optional.empty();
		Deque<String> toAnswer = new ArrayDeque<>(parts);
		boolean namedBefore = false;
		while (!toAnswer.isEmpty()) {
			String part = toAnswer.poll();
			Extraction read = extractor.extract(part, lang);
			Optional<AskedOperation> reading = operations.asked(read, lang, Optional.empty());
			Optional<Operation> asked = reading.map(AskedOperation::operation);
			if (read.mentions().isEmpty() && asked.filter(Operation::comparesTwo).isPresent()
					&& asked.equals(computedBefore)) {
				// "¿…juntas? ¿por cuánto?": the difference between groups the part before
				// answered, not another one over two of the values it named.
				continue;
			}
			Reply reply = answerer.answerRead(message, part, lang, languages.reply(), corrections, state);
			if (!reply.answer().answered() && !replies.isEmpty() && !namedBefore && read.refersBack()
					&& AnswerComposer.missingSaidBy(reply.answer()).isEmpty()) {
				// "Quem abriu a reunião e em que datas ela aconteceu?": the parts before
				// named nothing, so the word pointing back is the message's own subject,
				// not one of the people the part before answered with. After a part
				// naming something ("¿cuántos por Zoom el 26 y cuántos de ellos…?") it
				// stands for that.
				Reply alone = answerer.answerRead(message, part, lang, languages.reply(), corrections, previous);
				reply = alone.answer().answered() ? alone : reply;
			}
			List<String> pieces = reply.answer().answered() ? List.of() : splitters.get(lang).atQuestionMarks(part);
			if (pieces.size() > 1) {
				// "¿inscritos? ¿y por radio? y el lunes?": a part refused read whole may
				// hold questions of its own between its question marks, each answered.
				for (int i = pieces.size() - 1; i >= 0; i--) {
					toAnswer.addFirst(pieces.get(i));
				}
				continue;
			}
			replies.add(reply);
			kept.add(part);
			namedBefore = namedBefore || !named(part, lang).isEmpty();
			computedBefore = reply.answer().answered() && reading.filter(r -> !r.firstGroup().isEmpty()).isPresent()
					? asked : Optional.empty();
			// A part the bot cannot answer still says what the message is about: the
			// second part of "¿Qué talleres hubo el lunes y cuántos vinieron?" asks
			// about the Monday the first named.
			state = reply.answer().answered() ? reply.state() : state.withNamed(named(part, lang));
		}
		// A part refused by saying what the document has instead ("only the radio's
		// total", for "and on the radio?" after a day's TV figure) is answered as well
		// as the document allows: the parts stand.
		if (!wholeRefused && replies.stream()
			.anyMatch(r -> !r.answer().answered() && AnswerComposer.missingSaidBy(r.answer()).isEmpty())) {
			// A part that makes no sense alone ("¿la transmitieron por YouTube? ¿cuántos
			// la vieron por ahí?") may
			// make sense read with the rest: the whole message, when it is answered, is
			// the better reading.
			Reply whole = answerer.answerRead(message, corrected, lang, languages.reply(), corrections, previous);
			if (whole.answer().answered()) {
				return whole;
			}
		}
		return kept.size() == 1 ? replies.get(0) : partsComposer.combine(kept, replies, languages.reply());
	}

	/** The values {@code part} names one each, by family (family → value ids). */
	private Map<String, List<String>> named(String part, String lang) {
		Map<String, List<String>> named = new LinkedHashMap<>();
		extractor.extract(part, lang)
			.mentions()
			.stream()
			.filter(m -> m.isCovered() && m.values().size() == 1)
			.forEach(m -> named.computeIfAbsent(m.values().get(0).family(), f -> new ArrayList<>())
				.add(m.values().get(0).id()));
		return named;
	}

}
