package org.lacreview.bot.insights;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unanswered-question log, listening to every channel through the chat service. */
@Configuration(proxyBeanMethods = false)
class InsightsConfiguration {

	@Bean
	UnansweredLog unansweredLog(JdbcClient jdbc, UnansweredSettings settings) {
		return new UnansweredLog(jdbc, settings, Clock.systemUTC());
	}
}
