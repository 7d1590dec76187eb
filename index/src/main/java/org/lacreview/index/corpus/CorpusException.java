package org.lacreview.index.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A corpus that cannot be served; the message lists every error with its file and line.
 */
public class CorpusException extends RuntimeException {

	private final transient List<Problem> problems;

	public CorpusException(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public CorpusException(Location location, String message) {
		this(List.of(Problem.error(location, message)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
