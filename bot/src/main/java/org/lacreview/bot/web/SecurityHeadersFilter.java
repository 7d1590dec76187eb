package org.lacreview.bot.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves every page under a strict Content-Security-Policy — no inline script or style,
 * connections only to this server — which is what the widget must work under on a host
 * page that cares about security.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Frame-Options", "DENY");
		if (!request.getRequestURI().startsWith("/api/")) {
			response.setHeader("Content-Security-Policy", POLICY);
		}
		chain.doFilter(request, response);
	}

}
