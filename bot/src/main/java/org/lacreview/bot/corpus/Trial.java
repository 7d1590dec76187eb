package org.lacreview.bot.corpus;

import java.util.List;
import java.util.Optional;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.GoldenReport;

/**
 * A corpus built beside the live one to be tried, never served: its engine, its golden
 * tests (run on demand, a few seconds), its warnings and its normalised zip.
 */
public final class Trial {

	private final Candidate candidate;

	Trial(Candidate candidate) {
		this.candidate = candidate;
	}

	public AnswerEngine engine() {
		return candidate.engine();
	}

	/** Runs the corpus's golden tests; empty when it has none. */
	public Optional<GoldenReport> golden() {
		return candidate.runGolden();
	}

	public List<Problem> warnings() {
		return candidate.warnings();
	}

	/** The corpus as the normalised zip a version stores. */
	public byte[] archive() {
		return candidate.archive().clone();
	}

}
