package org.lacreview.bot.admin;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * Counts wrong admin tokens per client address (token buckets, bucket4j): each address
 * may fail {@code maxFailures} times per {@code failurePeriod}, refilled gradually. An
 * address without tries left is refused before its token is even looked at, so guessing
 * costs the guesser time, not the server. Buckets live in a bounded cache, so a flood of
 * addresses costs a fixed amount of memory.
 */
final class FailedLogins {

	private final AdminSettings settings;

	private final int capacity;

	private final Cache<String, Bucket> addresses;

	/** Counts {@code settings.maxFailures()} failures per key and period. */
	FailedLogins(AdminSettings settings) {
		this(settings, 1);
	}

	/**
	 * Counts {@code times} × {@code settings.maxFailures()} failures per key and period.
	 */
	FailedLogins(AdminSettings settings, int times) {
		this.settings = settings;
		this.capacity = settings.maxFailures() * times;
		this.addresses = Caffeine.newBuilder()
			.maximumSize(settings.maxClients())
			.expireAfterAccess(settings.failurePeriod().multipliedBy(2))
			.build();
	}

	/**
	 * How long {@code address} (or another key) must wait before it may try again; empty
	 * when it may try now.
	 */
	Optional<Duration> wait(String address) {
		Bucket bucket = addresses.getIfPresent(address);
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
	}

	/** Counts one wrong token from {@code address}. */
	void failed(String address) {
		addresses
			.get(address,
					a -> Bucket.builder()
						.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.failurePeriod()))
						.build())
			.tryConsume(1);
	}

}
