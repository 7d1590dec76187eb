package org.lacreview.bot.insights;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.Footprint;

/**
 * How many questions not kept yet each client ({@code max-new-per-client}) and each
 * channel ({@code max-new-per-channel}) may still add to the unanswered-question log this
 * period: bucket4j buckets, refilled a little at a time. The clients' buckets live in a
 * cache bounded in number ({@code max-clients}) and in bytes ({@code clients-memory}), so
 * a flood of new clients costs a fixed amount of memory; a client forgotten starts again
 * with a full allowance, and the channel's cap still holds.
 */
final class NewQuestionAllowances {

	/**
	 * A bucket with one limit: ≈ 320 bytes measured (bucket4j 8.14, as the chat's rate
	 * limiter), with a margin.
	 */
	static final int BUCKET_BYTES = 352;

	private final UnansweredSettings settings;

	/** Channels are a handful of names from the code. */
	private final Map<String, Bucket> channels = new ConcurrentHashMap<>();

	/**
	 * By channel and client key. A client unseen for a period is forgotten: its allowance
	 * would be full again.
	 */
	private final Cache<String, Bucket> clients;

	NewQuestionAllowances(UnansweredSettings settings) {
		this.settings = settings;
		long budget = settings.clientsMemory().toBytes();
		this.clients = Caffeine.newBuilder()
			.maximumWeight(budget)
			.weigher(Footprint.atLeast(budget / settings.maxClients(), NewQuestionAllowances::entryBytes))
			.expireAfterAccess(settings.period())
			.build();
	}

	/**
	 * Takes one new question from the client's allowance; false when it is used up this
	 * period.
	 */
	boolean client(Asker asker) {
		// The channel in the key: a web address and a Telegram hash never meet, but two
		// channels may add one.
		return clients.get(asker.channel() + " " + asker.client(), k -> bucket(settings.maxNewPerClient()))
			.tryConsume(1);
	}

	/**
	 * Takes one new question from the channel's allowance; false when it is used up this
	 * period.
	 */
	boolean channel(String channel) {
		return channels.computeIfAbsent(channel, c -> bucket(settings.maxNewPerChannel())).tryConsume(1);
	}

	private Bucket bucket(int perPeriod) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, settings.period()))
			.build();
	}

	private static long entryBytes(String key, Bucket bucket) {
		return Footprint.CACHE_ENTRY + Footprint.of(key) + BUCKET_BYTES;
	}

	/** How many clients are remembered, after pending evictions (for tests). */
	long clients() {
		clients.cleanUp();
		return clients.estimatedSize();
	}

	/**
	 * The bytes the clients' buckets are estimated to take, after pending evictions (for
	 * tests).
	 */
	long clientBytes() {
		return Footprint.total(clients, NewQuestionAllowances::entryBytes);
	}

}
