package org.lacreview.bot.corpus;

import java.util.List;
import java.util.Optional;

import org.lacreview.index.golden.GoldenReport;

/**
 * An upload that was not published, with why: its errors (each naming file and line), or
 * the golden tests it fails beyond the live version's score. The live version keeps
 * serving.
 */
public class PublishRejected extends RuntimeException {

	private final List<String> errors;

	private final Optional<GoldenReport> golden;

	PublishRejected(String reason, List<String> errors, Optional<GoldenReport> golden) {
		super(reason);
		this.errors = List.copyOf(errors);
		this.golden = golden;
	}

	public List<String> errors() {
		return errors;
	}

	public Optional<GoldenReport> golden() {
		return golden;
	}

}
