package org.lacreview.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * A refusal when the best intent barely beats one that would refuse. "¿Cuántos
 * representantes de iglesias se registraron?" ranks the total of registrations and the
 * registrations by group nearly level: by group, the question names no group but a word
 * the corpus does not know, which is refused; the total answers another question. An
 * answer is only as sure as its lead over that reading, so the bot says it does not know.
 */
final class CloseRival {

	/**
	 * How close to the best score a rival must be to count as as likely a reading. One
	 * example more or less moves scores near the threshold by a few hundredths on the
	 * bundled corpus; for "¿Cuántos representantes de iglesias se registraron?" the total
	 * and the by-group registrations scored 0.36 and 0.35 after one training and 0.38 and
	 * 0.30 after another.
	 */
	static final double MARGIN = 0.1;

	private final Corpus corpus;

	CloseRival(Corpus corpus) {
		this.corpus = corpus;
	}

	/**
	 * The refusal's reason, when an intent other than {@code top} scores within
	 * {@link #MARGIN} of it and has a slot the question names no value of (nor counts),
	 * while the question has a word nothing the bot answers uses; empty otherwise.
	 * @param selected the values named, by family
	 */
	Optional<String> refusal(Scored top, List<Scored> ranked, Map<String, List<EntityValue>> selected,
			Reading reading) {
		if (reading.foreignShare() == 0) {
			return Optional.empty();
		}
		return ranked.stream()
			.filter(s -> !s.name().equals(top.name()) && s.score() >= top.score() - MARGIN)
			.map(s -> corpus.intent(s.name()))
			.flatMap(Optional::stream)
			.filter(i -> !i.isOutOfScope() && !i.unanswerable())
			.filter(i -> i.slot()
				.filter(slot -> selected.getOrDefault(slot, List.of()).isEmpty()
						&& !reading.counted().equals(Optional.of(slot)))
				.isPresent())
			.findFirst()
			.map(Intent::name)
			.map(rival -> "as close to " + rival + ", which would need a value of "
					+ corpus.intent(rival).flatMap(Intent::slot).orElseThrow()
					+ " the question does not name but a word the corpus does not know, as to " + top.name());
	}

}
