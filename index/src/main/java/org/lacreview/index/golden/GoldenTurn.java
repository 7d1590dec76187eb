package org.lacreview.index.golden;

import java.util.List;
import java.util.Optional;

/** One question of a golden test and what its answer must be. */
public record GoldenTurn(String question, Optional<String> language, Optional<String> intent, List<String> expect,
		boolean fallback) {

	public GoldenTurn {
		expect = List.copyOf(expect);
		if (question == null || question.isBlank()) {
			throw new IllegalArgumentException("a golden question cannot be blank");
		}
		if (!fallback && expect.isEmpty() && intent.isEmpty()) {
			throw new IllegalArgumentException("golden question \"" + question + "\" says nothing about its answer: give expect, intent or fallback");
		}
	}
}
