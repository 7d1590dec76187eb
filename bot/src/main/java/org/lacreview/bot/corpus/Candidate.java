package org.lacreview.bot.corpus;

import java.util.List;
import java.util.Optional;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Problem;
import org.lacreview.index.golden.GoldenItem;
import org.lacreview.index.golden.GoldenReport;
import org.lacreview.index.golden.GoldenRunner;

/**
 * A corpus loaded, validated and built beside the live one, ready to be tried or
 * published.
 *
 * @param archive the corpus as a normalised zip, what a version stores
 * @param goldenItems the corpus's own golden tests (run on demand: they take a few
 * seconds)
 */
record Candidate(Corpus corpus, AnswerEngine engine, List<Problem> warnings, byte[] archive, String sha256,
		List<GoldenItem> goldenItems) {

	Candidate {
		warnings = List.copyOf(warnings);
		goldenItems = List.copyOf(goldenItems);
	}

	/** Runs the golden tests; empty when the corpus has none. */
	Optional<GoldenReport> runGolden() {
		return goldenItems.isEmpty() ? Optional.empty() : Optional.of(GoldenRunner.run(engine, goldenItems));
	}

	static Optional<CorpusVersion.GoldenScore> score(Optional<GoldenReport> report) {
		return report.map(g -> new CorpusVersion.GoldenScore(g.passed(), g.total()));
	}
}
