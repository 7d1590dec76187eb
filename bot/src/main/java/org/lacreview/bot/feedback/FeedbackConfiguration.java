package org.lacreview.bot.feedback;

import java.time.Clock;

import org.lacreview.bot.privacy.Redactor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps feedback in the database. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	@Bean
	FeedbackStore feedbackStore(JdbcClient jdbc, FeedbackSettings settings, Redactor redactor) {
		return new JdbcFeedbackStore(jdbc, settings, Clock.systemUTC(), redactor);
	}

}
