package org.lacreview.bot.web;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lacreview.bot.problem.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code maxPerClient} requests of one client (an IPv4 address or an IPv6 /64,
 * see {@link ClientAddress#limitKey}) are being handled at once; one more is answered 429
 * with {@code Retry-After} at once, before its body is read, so a client holding many
 * slow requests open cannot take more than that many worker threads. Exempt addresses (by
 * default this machine, where the reverse proxy runs) are not counted.
 * <p>
 * Memory: one entry per client with a request in progress, removed when its last request
 * ends.
 */
class InFlightLimitFilter extends OncePerRequestFilter {

	private final int maxPerClient;

	private final ClientAddress clients;

	private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

	private final Counter refused;

	private final ProblemWriter problems;

	/**
	 * @param maxPerClient requests one client may have in progress; 0 or less switches
	 * the limit off
	 */
	InFlightLimitFilter(int maxPerClient, ClientAddress clients, MeterRegistry meters, ProblemWriter problems) {
		this.maxPerClient = maxPerClient;
		this.clients = clients;
		this.problems = problems;
		this.refused = Counter.builder("chatbot.http.in.flight.refused")
			.description("requests refused because their client already had the most requests in progress")
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return maxPerClient <= 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = clients.clientOf(request);
		if (clients.isExempt(client)) {
			chain.doFilter(request, response);
			return;
		}
		String key = clients.keyOf(client);
		if (!enter(key)) {
			refused.increment();
			response.setHeader("Retry-After", "1");
			problems.write(response, 429, "rate_limited",
					"too many requests in progress from this address; try again in 1 s");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			inFlight.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
		}
	}

	private boolean enter(String key) {
		boolean[] entered = { false };
		inFlight.compute(key, (k, n) -> {
			int now = n == null ? 0 : n;
			if (now >= maxPerClient) {
				return n;
			}
			entered[0] = true;
			return now + 1;
		});
		return entered[0];
	}

}
