package org.lacreview.bot.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the configured origins, and only those, call the chat and feedback API from their pages (and read the
 * {@code Retry-After} of a 429, which the widget turns into "wait N s"), and caps the size of what those
 * endpoints read.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final WebSettings settings;

	WebConfiguration(WebSettings settings) {
		this.settings = settings;
	}

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter() {
		FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(settings.maxBody().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (settings.allowedOrigins().isEmpty()) {
			return;
		}
		registry.addMapping("/api/chat").allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
			.allowedMethods("POST").allowedHeaders("Content-Type").exposedHeaders("Retry-After").maxAge(3600);
		registry.addMapping("/api/feedback").allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
			.allowedMethods("POST").allowedHeaders("Content-Type").exposedHeaders("Retry-After").maxAge(3600);
	}
}
