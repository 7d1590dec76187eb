package org.lacreview.bot.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the responses that went wrong ({@code chatbot.http.errors}, by status and
 * endpoint), so staff can see errors without Spring's per-request
 * {@code http.server.requests} timers, which are switched off: observing every request
 * cost ≈ 7 % of the throughput of cached answers, and the chat's own meters already time
 * answers.
 */
@Component
// First of all filters, so that refusals by the others (request size, admin token) are
// counted too.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponseMetrics extends OncePerRequestFilter {

	/**
	 * Endpoints named in the tag; any other path counts as "other", so hostile paths
	 * cannot add series.
	 */
	private static final List<String> ENDPOINTS = List.of("/api/chat", "/api/welcome", "/api/feedback", "/api/admin",
			"/telegram/webhook", "/actuator");

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	ErrorResponseMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			count(500, request);
			throw ex;
		}
		if (response.getStatus() >= 400) {
			count(response.getStatus(), request);
		}
	}

	private void count(int status, HttpServletRequest request) {
		// The decoded path: /api/%63hat is the chat endpoint too.
		String uri = RequestSizeFilter.path(request);
		String endpoint = ENDPOINTS.stream().filter(uri::startsWith).findFirst().orElse("other");
		counters
			.computeIfAbsent(status + " " + endpoint,
					k -> Counter.builder("chatbot.http.errors")
						.description("responses with a 4xx or 5xx status")
						.tag("status", Integer.toString(status))
						.tag("endpoint", endpoint)
						.register(meters))
			.increment();
	}

}
