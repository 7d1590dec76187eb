package org.lacreview.bot.chat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongBiFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Weigher;

import org.lacreview.index.Answer;
import org.lacreview.index.DialogState;
import org.lacreview.index.Reply;
import org.lacreview.index.Scored;
import org.lacreview.index.Source;
import org.lacreview.index.Trace;

/**
 * Bytes of heap what the chat caches keep is estimated to take, for Caffeine's weighers:
 * a little more than a 64-bit JVM with compressed pointers takes, so that a cache's
 * budget bounds the heap its entries use. Objects shared with the corpus (intent names,
 * answer texts) are counted as if they were not, and strings at two bytes a character
 * (Latin-1 strings take one).
 */
public final class Footprint {

	/**
	 * One entry of a Caffeine cache that expires and is bounded by weight: its node, its
	 * slot in the hash table and its share of the frequency sketch. Measured: ≈ 100 bytes
	 * besides the key (200,000 entries, Caffeine 3.2).
	 */
	public static final int CACHE_ENTRY = 112;

	/** An object's header and a few fields. */
	private static final int OBJECT = 24;

	/** A String's object, its array's header, and two bytes a character. */
	public static long of(String text) {
		return text == null ? 0 : 40 + 2L * text.length();
	}

	/**
	 * As int, the unit of Caffeine's weighers: never more than {@link Integer#MAX_VALUE}.
	 */
	public static int weight(long bytes) {
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	/**
	 * A weigher that weighs each entry at least {@code floor} bytes: with a budget
	 * divided by the most entries allowed as the floor, one weight bounds both the bytes
	 * and the number of entries.
	 */
	public static <K, V> Weigher<K, V> atLeast(long floor, ToLongBiFunction<K, V> bytes) {
		return (key, value) -> weight(Math.max(floor, bytes.applyAsLong(key, value)));
	}

	/**
	 * The bytes the entries of a cache are estimated to take, after its pending
	 * evictions: entry by entry, so that it holds however the cache is bounded. For tests
	 * and diagnostics; it walks the whole cache.
	 */
	public static <K, V> long total(Cache<K, V> cache, ToLongBiFunction<K, V> bytes) {
		cache.cleanUp();
		return cache.asMap().entrySet().stream().mapToLong(e -> bytes.applyAsLong(e.getKey(), e.getValue())).sum();
	}

	static long of(Optional<String> text) {
		return 16 + text.map(Footprint::of).orElse(0L);
	}

	static long of(DialogState state) {
		long bytes = OBJECT + of(state.language()) + of(state.intent()) + of(state.question())
				+ of(state.earlierQuestion());
		return bytes + map(state.values(), (family, ids) -> of(family) + strings(ids))
				+ map(state.listed(), (family, ids) -> of(family) + strings(ids))
				+ map(state.earlier(), (family, ids) -> of(family) + strings(ids));
	}

	static long of(Reply reply) {
		return OBJECT + of(reply.answer()) + of(reply.state());
	}

	static long of(Answer answer) {
		long bytes = 2 * OBJECT + of(answer.text()) + of(answer.intent()) + of(answer.language())
				+ strings(answer.suggestions()) + of(answer.trace());
		for (Source source : answer.sources()) {
			bytes += OBJECT + of(source.id()) + of(source.title()) + of(source.url());
		}
		return bytes;
	}

	private static long of(Trace trace) {
		if (trace == null) {
			return 0;
		}
		return OBJECT + of(trace.language()) + map(trace.corrections(), (word, correction) -> of(word) + of(correction))
				+ of(trace.masked()) + strings(trace.entities()) + scored(trace.intents()) + scored(trace.sections())
				+ of(trace.decision());
	}

	private static long scored(List<Scored> scored) {
		return OBJECT + scored.stream().mapToLong(s -> OBJECT + 8 + of(s.name())).sum();
	}

	private static long strings(Collection<String> strings) {
		return OBJECT + strings.stream().mapToLong(s -> 8 + of(s)).sum();
	}

	private static <K, V> long map(Map<K, V> map, ToLongBiFunction<K, V> entry) {
		long bytes = OBJECT + 8L * map.size();
		for (Map.Entry<K, V> e : map.entrySet()) {
			bytes += OBJECT + entry.applyAsLong(e.getKey(), e.getValue());
		}
		return bytes;
	}

	private Footprint() {
	}

}
