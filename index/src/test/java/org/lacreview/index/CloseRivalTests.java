package org.lacreview.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.EntityValue;
import org.lacreview.index.corpus.Intent;

/**
 * An answer that barely beats a reading which would be refused is refused too: the
 * rankings here are made up over the bundled corpus's intents, one with a slot (the
 * rival) and one without (the best).
 */
class CloseRivalTests {

	private static final Corpus corpus = BundledEngine.get().corpus();

	private static final Intent slotted = corpus.intents()
		.stream()
		.filter(i -> i.slot().isPresent() && !i.isOutOfScope() && !i.unanswerable())
		.findFirst()
		.orElseThrow();

	private static final Intent unslotted = corpus.intents()
		.stream()
		.filter(i -> i.slot().isEmpty() && !i.isOutOfScope() && !i.unanswerable())
		.findFirst()
		.orElseThrow();

	private static final CloseRival rival = new CloseRival(corpus);

	private static Reading reading(double foreignShare) {
		return new Reading(foreignShare, true, false, Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), false, false, false, Optional.empty(), "es", Map.of(), intent -> false, false,
				Optional.empty());
	}

	private static Optional<String> refusal(double rivalScore, Map<String, List<EntityValue>> selected,
			double foreignShare) {
		Scored top = new Scored(unslotted.name(), 0.40);
		return rival.refusal(top, List.of(top, new Scored(slotted.name(), rivalScore)), selected,
				reading(foreignShare));
	}

	@Test
	void aCloseRivalNeedingAValueTheQuestionDoesNotNameRefusesWhenAWordIsUnknown() {
		assertThat(refusal(0.40 - CloseRival.MARGIN / 2, Map.of(), 0.25)).hasValueSatisfying(
				reason -> assertThat(reason).contains(slotted.name(), slotted.slot().orElseThrow(), unslotted.name()));
	}

	@Test
	void everyWordKnownOrAFarRivalOrAValueNamedLetsTheBestAnswer() {
		assertThat(refusal(0.40 - CloseRival.MARGIN / 2, Map.of(), 0)).isEmpty();
		assertThat(refusal(0.40 - 2 * CloseRival.MARGIN, Map.of(), 0.25)).isEmpty();
		EntityValue value = corpus.family(slotted.slot().orElseThrow()).orElseThrow().values().get(0);
		assertThat(refusal(0.40 - CloseRival.MARGIN / 2, Map.of(value.family(), List.of(value)), 0.25)).isEmpty();
	}

}
