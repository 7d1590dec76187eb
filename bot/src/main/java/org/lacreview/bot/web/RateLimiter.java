package org.lacreview.bot.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Token buckets (bucket4j) per session and per client address; a request takes one token from each. Buckets
 * live in bounded caches, so a flood of new session ids or addresses costs a fixed amount of memory.
 */
class RateLimiter {

	private final RateLimitSettings settings;

	private final Cache<String, Bucket> sessions;

	private final Cache<String, Bucket> addresses;

	private final Counter rejected;

	RateLimiter(RateLimitSettings settings, MeterRegistry meters) {
		this.settings = settings;
		this.sessions = Caffeine.newBuilder().maximumSize(settings.maxClients()).expireAfterAccess(settings.period().multipliedBy(2))
			.build();
		this.addresses = Caffeine.newBuilder().maximumSize(settings.maxClients()).expireAfterAccess(settings.period().multipliedBy(2))
			.build();
		this.rejected = Counter.builder("chatbot.rate.limited").description("requests refused by the rate limits")
			.register(meters);
	}

	/**
	 * Takes a token for the address and, when there is one, the session.
	 *
	 * @throws RateLimitedException with how long to wait when either is exhausted
	 */
	void acquire(String address, String session) {
		if (!settings.enabled()) {
			return;
		}
		if (!settings.exempt().contains(address)) {
			take(addresses.get(address, k -> bucket(settings.perAddress())), "this address");
		}
		if (session != null) {
			take(sessions.get(session, k -> bucket(settings.perSession())), "this conversation");
		}
	}

	private void take(Bucket bucket, String who) {
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			rejected.increment();
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new RateLimitedException("too many requests from " + who + "; try again in " + seconds + " s", seconds);
		}
	}

	private Bucket bucket(int perPeriod) {
		return Bucket.builder().addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, settings.period())).build();
	}
}
