package org.lacreview.bot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The most recent update ids taken in by this instance (Caffeine, bounded by count: about
 * 100 bytes each). Telegram delivers updates in order and retries only recent ones, so
 * older ids need not be kept.
 */
final class RecentUpdates implements SeenUpdates {

	private final Cache<Long, Boolean> seen;

	/**
	 * @param capacity how many ids to remember, at least 1
	 */
	RecentUpdates(int capacity) {
		this.seen = Caffeine.newBuilder().maximumSize(capacity).build();
	}

	@Override
	public boolean claim(long updateId) {
		return seen.asMap().putIfAbsent(updateId, Boolean.TRUE) == null;
	}

	@Override
	public void release(long updateId) {
		seen.invalidate(updateId);
	}

}
