package org.lacreview.bot.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps feedback in memory until the staff tools give it a database. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	@Bean
	FeedbackStore feedbackStore(FeedbackSettings settings) {
		return new InMemoryFeedbackStore(settings.capacity());
	}
}
