package org.lacreview.bot.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Per-client limits on {@code /api/chat} and {@code /api/feedback}
 * ({@code chatbot.rate-limit.*}): token buckets per session id and per client IP address.
 *
 * @param enabled off only for load benchmarks from one address
 * @param perSession requests a session may make per {@code period} (its burst too)
 * @param perAddress requests one IP address may make per {@code period}: several people
 * behind one NAT
 * @param period the window both limits refill over
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is
 * believed; from anyone else the header is ignored, so a client cannot pick its own
 * address
 * @param exempt addresses without an address limit (the session limit still applies): by
 * default this machine, for local tools and health checks; requests a trusted proxy
 * forwards count as their client's
 * @param maxClients clients tracked at once (least recently seen dropped first)
 * @param memory the heap the buckets may take, each of the two tables (sessions,
 * addresses) half of it, however many clients {@code maxClients} allows: a bucket and its
 * key take ≈ 0.5 KB
 */
@ConfigurationProperties("chatbot.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("20") int perSession,
		@DefaultValue("300") int perAddress, @DefaultValue("1m") Duration period,
		@DefaultValue("127.0.0.1,::1,0:0:0:0:0:0:0:1") List<String> trustedProxies,
		@DefaultValue("127.0.0.1,::1,0:0:0:0:0:0:0:1") List<String> exempt, @DefaultValue("100000") int maxClients,
		@DefaultValue("8MB") DataSize memory) {

	public RateLimitSettings {
		trustedProxies = List.copyOf(trustedProxies);
		exempt = List.copyOf(exempt);
		if (perSession < 1 || perAddress < 1 || maxClients < 1 || period.isNegative() || period.isZero()
				|| memory.toBytes() < 2) {
			throw new IllegalArgumentException("chatbot.rate-limit limits, period and memory must be positive");
		}
	}
}
