package org.lacreview.bot.insights;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.lacreview.bot.privacy.Redactor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The unanswered-question log and the dashboard's question counts, listening to every
 * channel through the chat service.
 */
@Configuration(proxyBeanMethods = false)
class InsightsConfiguration {

	@Bean
	UnansweredLog unansweredLog(JdbcClient jdbc, UnansweredSettings settings, Redactor redactor, MeterRegistry meters) {
		return new UnansweredLog(new UnansweredTable(jdbc), settings, Clock.systemUTC(), redactor, meters);
	}

	@Bean
	QuestionCounts questionCounts(JdbcClient jdbc) {
		return new QuestionCounts(jdbc, Clock.systemUTC());
	}

}
