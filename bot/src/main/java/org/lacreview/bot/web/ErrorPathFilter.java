package org.lacreview.bot.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lacreview.bot.problem.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards a failed request to have its error
 * rendered; asked for directly it has no error to render and Spring Boot answers 500,
 * which then counts as a server fault. A client asking for it directly gets the 404 of
 * any unknown path. Forwards (error dispatches) are not filtered.
 */
class ErrorPathFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	ErrorPathFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = RequestSizeFilter.path(request);
		if (path.equals("/error") || path.startsWith("/error/")) {
			problems.write(response, 404, "not_found", "no such path: /error");
			return;
		}
		chain.doFilter(request, response);
	}

}
