package org.lacreview.bot.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.lacreview.bot.chat.Footprint;

/**
 * Token buckets (bucket4j) per session and per client address; a request takes one token
 * from each. Buckets live in caches bounded in number and in bytes
 * ({@code chatbot.rate-limit.memory}), so a flood of new session ids or addresses costs a
 * fixed amount of memory.
 */
class RateLimiter {

	private final RateLimitSettings settings;

	private final Cache<String, Bucket> sessions;

	private final Cache<String, Bucket> addresses;

	private final Counter rejected;

	/**
	 * A bucket with one limit: ≈ 320 bytes measured (200,000 of them, bucket4j 8.14),
	 * with some margin.
	 */
	static final int BUCKET_BYTES = 352;

	RateLimiter(RateLimitSettings settings, MeterRegistry meters) {
		this.settings = settings;
		this.sessions = buckets(settings);
		this.addresses = buckets(settings);
		this.rejected = Counter.builder("chatbot.rate.limited")
			.description("requests refused by the rate limits")
			.register(meters);
	}

	/**
	 * A table of buckets: half the memory budget, each entry weighed by its key and its
	 * bucket.
	 */
	private static Cache<String, Bucket> buckets(RateLimitSettings settings) {
		long budget = settings.memory().toBytes() / 2;
		return Caffeine.newBuilder()
			.maximumWeight(budget)
			.weigher(Footprint.atLeast(budget / settings.maxClients(), RateLimiter::entryBytes))
			.expireAfterAccess(settings.period().multipliedBy(2))
			.build();
	}

	private static long entryBytes(String key, Bucket bucket) {
		return Footprint.CACHE_ENTRY + Footprint.of(key) + BUCKET_BYTES;
	}

	/**
	 * The bytes the buckets of both tables are estimated to take, after pending
	 * evictions.
	 */
	long bytes() {
		return Footprint.total(sessions, RateLimiter::entryBytes) + Footprint.total(addresses, RateLimiter::entryBytes);
	}

	/**
	 * Takes a token for the address and, when there is one, the session.
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
			throw new RateLimitedException("too many requests from " + who + "; try again in " + seconds + " s",
					seconds);
		}
	}

	private Bucket bucket(int perPeriod) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, settings.period()))
			.build();
	}

}
