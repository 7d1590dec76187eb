package org.lacreview.index.golden;

import java.util.List;
import java.util.Optional;

/**
 * One question of a golden test and what its answer must be.
 *
 * @param expect RE2/J patterns (see {@link GoldenPatterns}) that must each be found in
 * the folded answer
 * @throws IllegalArgumentException when the question is blank, says nothing about its
 * answer, or an {@code expect} pattern is not valid
 */
public record GoldenTurn(String question, Optional<String> language, Optional<String> intent, List<String> expect,
		boolean fallback) {

	public GoldenTurn {
		expect = List.copyOf(expect);
		// Checked now, so that a bad pattern is an error of the file that holds it, not
		// of the golden run.
		expect.forEach(GoldenPatterns::compile);
		if (question == null || question.isBlank()) {
			throw new IllegalArgumentException("a golden question cannot be blank");
		}
		if (!fallback && expect.isEmpty() && intent.isEmpty()) {
			throw new IllegalArgumentException("golden question \"" + question
					+ "\" says nothing about its answer: give expect, intent or fallback");
		}
	}
}
