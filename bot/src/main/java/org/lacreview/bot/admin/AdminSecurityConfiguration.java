package org.lacreview.bot.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.lacreview.bot.admin.accounts.StaffAccounts;
import org.lacreview.bot.admin.accounts.StaffRole;
import org.lacreview.bot.problem.ProblemWriter;
import org.lacreview.bot.web.ClientKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security guards only {@code /api/admin/**} and Actuator (but health). Everything
 * else (chat, feedback, widget, the staff page's static files, the Telegram webhook with
 * its own secret) is public and does not pass through Spring Security at all: its dozen
 * filters cost more than the rest of a cached answer, and have nothing to check there
 * ({@code SecurityHeadersFilter} sets the headers).
 * <p>
 * Two ways in: a staff account signed in on the page ({@code POST /api/admin/session}; a
 * session cookie, HttpOnly and SameSite=Strict, with Spring Security's CSRF protection
 * for single-page apps: the page echoes the {@code XSRF-TOKEN} cookie in
 * {@code X-XSRF-TOKEN}), or the admin token as {@code Authorization: Bearer}, for
 * scripts, with every role and no CSRF check (a foreign page cannot set that header).
 * Roles nest ({@link StaffRole}): editors edit and try, publishers publish and roll back,
 * admins manage accounts and read Actuator.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminSettings settings, ClientKeys clients,
			StaffAccounts accounts, SecurityContextRepository contexts, ProblemWriter problems) throws Exception {
		RequestMatcher bearer = request -> request.getHeader("Authorization") != null;
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher("/api/admin/**", "/actuator/**")
			.csrf(c -> c.spa().ignoringRequestMatchers(bearer, path.matcher(HttpMethod.POST, "/api/admin/session")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.securityContext(c -> c.securityContextRepository(contexts))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous(Customizer.withDefaults())
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				problems.write(response, 401, "unauthorized",
						"sign in on the staff page, or send the admin token as 'Authorization: Bearer <token>'");
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(response, 403, "forbidden",
						"your role does not allow this (or the page's security token is missing: reload the page)")))
			// Cache headers stay with each resource (the widget's script may be cached);
			// framing is never needed.
			.headers(h -> h.cacheControl(c -> c.disable()).frameOptions(f -> f.deny()))
			// Wrong tokens are counted per client as the chat's limits count them
			// (X-Forwarded-For believed only
			// from trusted proxies), so one guesser behind a proxy does not lock out
			// every staff member.
			.addFilterBefore(new AdminTokenFilter(settings, clients::limitKey, new FailedLogins(settings),
					accounts::any, problems), AuthorizationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/admin/session")
				.permitAll()
				.requestMatchers("/api/admin/accounts", "/api/admin/accounts/**", "/actuator/**")
				.hasRole(StaffRole.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/admin/draft/publish", "/api/admin/corpus",
						"/api/admin/corpus/rollback")
				.hasRole(StaffRole.PUBLISHER.name())
				.anyRequest()
				.hasRole(StaffRole.EDITOR.name()));
		return http.build();
	}

	static boolean isBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
