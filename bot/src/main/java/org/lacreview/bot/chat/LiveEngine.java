package org.lacreview.bot.chat;

import java.util.concurrent.atomic.AtomicReference;

import org.lacreview.index.AnswerEngine;

/**
 * The engine currently serving and the corpus version it was built from. Swapping in a
 * new one is a single atomic write, so a request in flight finishes on the engine it
 * started with.
 */
public class LiveEngine {

	/** An engine and the id of the published corpus version it serves. */
	public record Live(AnswerEngine engine, long version) {
	}

	private final AtomicReference<Live> current;

	public LiveEngine(AnswerEngine initial, long version) {
		this.current = new AtomicReference<>(new Live(initial, version));
	}

	/** The engine and its version, read together. */
	public Live live() {
		return current.get();
	}

	public AnswerEngine current() {
		return current.get().engine();
	}

	public long version() {
		return current.get().version();
	}

	public void replace(AnswerEngine next, long version) {
		current.set(new Live(next, version));
	}

}
