package org.lacreview.bot.corpus;

import java.util.Locale;
import java.util.concurrent.Semaphore;

import org.lacreview.index.TrainingCost;

/**
 * The heap that building uploaded corpora may take, shared by the builds running at once
 * (a publish, drafts): each reserves its estimated cost (see {@link TrainingCost}) before
 * building and gives it back after, so that no upload, alone or with others, can run the
 * process (and with it the live bot) out of memory. Counted in KiB so that the
 * semaphore's {@code int} permits cover any heap.
 */
class BuildMemory {

	private static final long KIB = 1024;

	private final long budgetBytes;

	private final Semaphore kib;

	private final Runtime runtime;

	/**
	 * @param budgetBytes most bytes all builds may take at once; 0 means a third of the
	 * maximum heap
	 */
	BuildMemory(long budgetBytes, Runtime runtime) {
		this.runtime = runtime;
		this.budgetBytes = budgetBytes > 0 ? budgetBytes : runtime.maxMemory() / 3;
		this.kib = new Semaphore((int) Math.min(Integer.MAX_VALUE, this.budgetBytes / KIB));
	}

	/** A reservation, given back on close. */
	interface Reservation extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Whether training a corpus of this cost fits in this process now: within the budget
	 * and the heap free (other builds' reservations aside).
	 */
	boolean fits(TrainingCost cost) {
		return cost.bytes() <= budgetBytes && cost.bytes() <= free();
	}

	private long free() {
		return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
	}

	/**
	 * Reserves what building a corpus of this cost takes.
	 * @throws CandidateTooLarge when it exceeds the budget, the heap still free, or what
	 * other builds left of the budget
	 */
	Reservation reserve(TrainingCost cost) {
		long free = free();
		String needs = String.format(Locale.ROOT,
				"training the intent classifier on %d examples of %d intents (%d distinct words and word pairs) needs about %d MB",
				cost.examples(), cost.intents(), cost.features(), mb(cost.bytes()));
		if (cost.bytes() > budgetBytes) {
			throw new CandidateTooLarge(String.format(Locale.ROOT,
					"%s, more than the %d MB allowed for building a corpus (chatbot.publishing.build-memory): "
							+ "split intents that are alike, or remove examples that repeat others",
					needs, mb(budgetBytes)));
		}
		if (cost.bytes() > free) {
			throw new CandidateTooLarge(String.format(Locale.ROOT,
					"%s, more than the %d MB of heap free now; try again later", needs, mb(free)));
		}
		int permits = (int) Math.min(Integer.MAX_VALUE, (cost.bytes() + KIB - 1) / KIB);
		if (!kib.tryAcquire(permits)) {
			throw new CandidateTooLarge(String.format(Locale.ROOT,
					"%s, and other corpus builds are using the memory allowed for building now; try again when they finish",
					needs));
		}
		return () -> kib.release(permits);
	}

	private static long mb(long bytes) {
		return (bytes + (1 << 20) - 1) >> 20;
	}

}
