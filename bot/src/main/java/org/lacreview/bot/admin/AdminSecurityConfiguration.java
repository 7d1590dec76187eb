package org.lacreview.bot.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import org.lacreview.bot.web.ClientKeys;

/**
 * Spring Security guards only {@code /api/admin/**} and Actuator (but health), which need the admin token.
 * Everything else (chat, feedback, widget, the admin page's static files, the Telegram webhook with its own
 * secret) is public and does not pass through Spring Security at all: its dozen filters cost more than the
 * rest of a cached answer, and have nothing to check there ({@code SecurityHeadersFilter} sets the headers).
 * No sessions or cookies: the token travels in a header a foreign page cannot set, so CSRF protection has
 * nothing to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminSettings settings, ClientKeys clients)
			throws Exception {
		http.securityMatcher("/api/admin/**", "/actuator/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous(Customizer.withDefaults())
			// Cache headers stay with each resource (the widget's script may be cached); framing is never needed.
			.headers(h -> h.cacheControl(c -> c.disable()).frameOptions(f -> f.deny()))
			// Wrong tokens are counted per client as the chat's limits count them (X-Forwarded-For believed only
			// from trusted proxies), so one guesser behind a proxy does not lock out every staff member.
			.addFilterBefore(new AdminTokenFilter(settings, clients::limitKey), AuthorizationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole(AdminTokenFilter.ROLE));
		return http.build();
	}
}
