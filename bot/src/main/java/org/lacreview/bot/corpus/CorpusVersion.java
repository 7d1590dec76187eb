package org.lacreview.bot.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A published corpus version, as staff see it in the version list.
 *
 * @param note how it came to be: "bundled corpus/", an upload, a forced upload
 * @param golden its golden-test score on its own golden files, once measured
 */
public record CorpusVersion(long id, Instant publishedAt, String author, String note, int sections, int intents,
		int examples, List<String> languages, Optional<GoldenScore> golden) {

	public CorpusVersion {
		languages = List.copyOf(languages);
	}

	/** Golden items passed out of those run. */
	public record GoldenScore(int passed, int total) {

		public double accuracy() {
			return total == 0 ? 1 : (double) passed / total;
		}
	}
}
