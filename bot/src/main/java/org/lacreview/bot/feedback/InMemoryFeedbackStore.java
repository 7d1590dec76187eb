package org.lacreview.bot.feedback;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Feedback in memory, the most recent {@code capacity} entries; the staff tools move it to a database. Bounded
 * so that a flood of clicks cannot exhaust the heap.
 */
public class InMemoryFeedbackStore implements FeedbackStore {

	private final int capacity;

	private final Deque<Feedback> entries = new ArrayDeque<>();

	public InMemoryFeedbackStore(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("feedback capacity must be positive: " + capacity);
		}
		this.capacity = capacity;
	}

	@Override
	public synchronized void add(Feedback feedback) {
		if (entries.size() == capacity) {
			entries.removeFirst();
		}
		entries.addLast(feedback);
	}

	@Override
	public synchronized List<Feedback> all() {
		return List.copyOf(entries);
	}
}
