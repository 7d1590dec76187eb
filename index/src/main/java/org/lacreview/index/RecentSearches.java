package org.lacreview.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hits of the last {@value #RECENT} searches of one {@link ExampleIndex} on this
 * thread, by field, terms and limit: the stages of one question search the same terms
 * again (over the 3,705 questions of {@code bench/compare/questions.txt}, 11,048 searches
 * were of 7,980 distinct ones), and a search of the same index gives the same hits. Each
 * index has its own, so a replaced corpus version never answers from the hits of the old
 * one.
 */
final class RecentSearches {

	/** Searches remembered per thread: a few questions' worth. */
	static final int RECENT = 16;

	private record Key(String field, List<String> terms, int limit) {
	}

	/**
	 * At most {@link #RECENT} searches, least recently used dropped first; a static
	 * class, so a thread's map keeps no index reachable.
	 */
	private static final class Recent extends LinkedHashMap<Key, List<ExampleIndex.Hit>> {

		private static final long serialVersionUID = 1L;

		Recent() {
			super(RECENT * 2, 0.75f, true);
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, List<ExampleIndex.Hit>> eldest) {
			return size() > RECENT;
		}

	}

	private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

	/**
	 * The hits of the search of {@code terms} in {@code field} with {@code limit}, from
	 * {@code search} unless this thread made it lately; an unmodifiable list.
	 */
	List<ExampleIndex.Hit> hits(String field, List<String> terms, int limit, Supplier<List<ExampleIndex.Hit>> search) {
		Key key = new Key(field, List.copyOf(terms), limit);
		Recent remembered = recent.get();
		List<ExampleIndex.Hit> hits = remembered.get(key);
		if (hits == null) {
			hits = List.copyOf(search.get());
			remembered.put(key, hits);
		}
		return hits;
	}

}
