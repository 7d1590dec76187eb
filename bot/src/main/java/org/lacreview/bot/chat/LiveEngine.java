package org.lacreview.bot.chat;

import java.util.concurrent.atomic.AtomicReference;

import org.lacreview.index.AnswerEngine;

/**
 * The engine currently serving. Swapping in a new one is a single atomic write, so a request in flight
 * finishes on the engine it started with.
 */
public class LiveEngine {

	private final AtomicReference<AnswerEngine> current;

	public LiveEngine(AnswerEngine initial) {
		this.current = new AtomicReference<>(initial);
	}

	public AnswerEngine current() {
		return current.get();
	}

	public void replace(AnswerEngine next) {
		current.set(next);
	}
}
