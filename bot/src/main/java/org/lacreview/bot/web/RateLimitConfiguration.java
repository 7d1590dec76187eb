package org.lacreview.bot.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The per-client rate limits of the public API. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimiter rateLimiter(RateLimitSettings settings, MeterRegistry meters) {
		return new RateLimiter(settings, meters);
	}

}
