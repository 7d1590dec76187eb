package org.lacreview.bot.chat;

import org.lacreview.index.corpus.CorpusException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a corpus that cannot be served at start-up into Spring Boot's plain failure
 * report — every error with its file and line, and what to do — instead of a page of
 * bean-creation stack trace.
 */
class CorpusFailureAnalyzer extends AbstractFailureAnalyzer<CorpusException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CorpusException cause) {
		return new FailureAnalysis("The corpus cannot be served:\n" + cause.getMessage(),
				"Fix the files named above (check with: ./mvnw -q -pl index compile exec:java -Dexec.args=\"validate corpus\"), "
						+ "or point chatbot.corpus at a corpus directory.",
				cause);
	}

}
