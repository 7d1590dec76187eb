package org.lacreview.bot.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.lacreview.bot.problem.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets the configured origins, and only those, call the chat, welcome and feedback API
 * from their pages (and read the {@code Retry-After} of a 429, which the widget turns
 * into "wait N s"); and, first of all filters after the error counter, bounds what one
 * request may cost: a direct {@code /error} is a 404, one client's requests in progress
 * are capped, then every body is capped in size and time.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final WebSettings settings;

	WebConfiguration(WebSettings settings) {
		this.settings = settings;
	}

	/**
	 * Declared with the filters that use it, so that a test slice that loads this class
	 * has it too.
	 */
	@Bean
	ProblemWriter problemWriter(JsonMapper json) {
		return new ProblemWriter(json);
	}

	@Bean
	ClientAddress clientAddress(RateLimitSettings limits) {
		return new ClientAddress(limits.trustedProxies(), limits.exempt());
	}

	@Bean
	FilterRegistrationBean<ErrorPathFilter> errorPathFilter(ProblemWriter problems) {
		FilterRegistrationBean<ErrorPathFilter> registration = new FilterRegistrationBean<>(
				new ErrorPathFilter(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<InFlightLimitFilter> inFlightLimitFilter(ClientAddress clients, MeterRegistry meters,
			ProblemWriter problems) {
		FilterRegistrationBean<InFlightLimitFilter> registration = new FilterRegistrationBean<>(
				new InFlightLimitFilter(settings.maxInFlightPerClient(), clients, meters, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(ProblemWriter problems) {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(settings.maxBody().toBytes(), settings.maxUploadBody().toBytes(),
						settings.bodyDeadline().toMillis(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (settings.allowedOrigins().isEmpty()) {
			return;
		}
		registry.addMapping("/api/chat")
			.allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
			.allowedMethods("POST")
			.allowedHeaders("Content-Type")
			.exposedHeaders("Retry-After")
			.maxAge(3600);
		// A simple GET: no preflight, and the browser's own cache sends If-None-Match.
		registry.addMapping("/api/welcome")
			.allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET")
			.maxAge(3600);
		registry.addMapping("/api/feedback")
			.allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
			.allowedMethods("POST")
			.allowedHeaders("Content-Type")
			.exposedHeaders("Retry-After")
			.maxAge(3600);
	}

}
