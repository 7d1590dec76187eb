package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;
import org.lacreview.index.entity.Extraction;

/**
 * The kind of answer a short follow-up keeps: "¿y sobre la cerámica?" after what was said
 * about safety at the fair asks what was said about it too, not the number of visitors to
 * the workshop of that name. Part of the decision stage ({@link DialogResolver}).
 */
final class KindKept {

	private final Corpus corpus;

	KindKept(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The best of {@code ranked} at or above the threshold whose first kind of answer
	 * ({@link Intent#answers()}) is the last answer's, when the question is a short
	 * follow-up ("y …", at most three words besides its values) that asks no question and
	 * no kind of its own and names values, none of the last intent's slot, and the best
	 * ranked does not give that kind. Empty otherwise.
	 */
	Optional<Scored> keeping(Extraction extraction, Map<String, List<EntityValue>> selected, List<Scored> ranked,
			DialogState previous, Reading reading) {
		if (!extraction.followUp() || !extraction.isShort() || reading.asks() || reading.asksFor().isPresent()
				|| reading.asksComputation() || selected.isEmpty() || ranked.isEmpty()) {
			return Optional.empty();
		}
		Optional<Intent> last = previous.intent()
			.flatMap(corpus::intent)
			.filter(Intent::answersFromTheDocument)
			.filter(i -> i.slot().filter(selected::containsKey).isEmpty());
		Optional<String> kind = last.flatMap(i -> i.answers().stream().findFirst());
		if (kind.isEmpty()
				|| corpus.intent(ranked.get(0).name()).filter(best -> AnswerKinds.gives(best, kind)).isPresent()) {
			return Optional.empty();
		}
		return ranked.stream()
			.filter(s -> s.score() >= corpus.info().threshold())
			.filter(s -> corpus.intent(s.name())
				.filter(i -> i.answersFromTheDocument() && i.answers().stream().findFirst().equals(kind))
				.isPresent())
			.findFirst();
	}

	/**
	 * The least score, as a share of the threshold, at which the last intent is described
	 * again for a bare follow-up: "why?" names nothing the classifier can weigh, and
	 * after what was said about safety it may rank that intent just under the threshold.
	 */
	static final double DESCRIBED_AGAIN_SHARE = 0.5;

	/**
	 * "why?" or "and what for?" after what was said about safety: a short question naming
	 * nothing, asking no computation and no kind of answer but a description, after an
	 * answer whose intent (no slot) gives a description first, goes on with that intent
	 * when it ranks first or second and scores at least {@value #DESCRIBED_AGAIN_SHARE}
	 * of the threshold: its answer is all the document says about it, reasons included.
	 * Empty otherwise.
	 */
	Optional<Intent> describedAgain(Extraction extraction, Map<String, List<EntityValue>> selected, List<Scored> ranked,
			DialogState previous, Reading reading) {
		if (!selected.isEmpty() || !extraction.mentions().isEmpty() || !extraction.isShort()
				|| reading.asksComputation()
				|| reading.asksFor().filter(k -> !k.equals(AnswerKinds.DESCRIPTION)).isPresent()) {
			return Optional.empty();
		}
		Optional<Intent> last = previous.intent()
			.flatMap(corpus::intent)
			.filter(i -> i.answersFromTheDocument() && i.slot().isEmpty()
					&& i.answers().stream().findFirst().filter(AnswerKinds.DESCRIPTION::equals).isPresent());
		return last.filter(i -> ranked.stream()
			.limit(2)
			.anyMatch(
					s -> s.name().equals(i.name()) && s.score() >= corpus.info().threshold() * DESCRIBED_AGAIN_SHARE));
	}

}
