package org.lacreview.bot.corpus;

import java.util.List;
import java.util.Optional;

import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Problem;

/**
 * A corpus loaded and validated without being built: its problems (errors first, then
 * warnings, each with file and line), and the corpus itself when it has no error.
 */
public record Checked(List<Problem> problems, Optional<Corpus> corpus) {

	public Checked {
		problems = List.copyOf(problems);
	}
}
