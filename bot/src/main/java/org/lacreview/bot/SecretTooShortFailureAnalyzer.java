package org.lacreview.bot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a secret setting that is too short in Spring Boot's plain failure report.
 * Ordered first: Boot's own report of a failed binding would come first otherwise, and it
 * prints the value given, here a secret.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecretTooShortFailureAnalyzer extends AbstractFailureAnalyzer<SecretTooShortException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SecretTooShortException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.advice(), cause);
	}

}
