package org.lacreview.bot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Hands updates to a few named worker threads, always the same worker for one chat, so
 * that a chat's messages are answered in order while a slow chat (waiting out its rate
 * limit) does not hold up the others on other workers. An update id seen before
 * ({@link SeenUpdates}) is not answered again, however it arrives. On stop, the workers
 * get {@code shutdownGrace} to finish; what is left then (being answered or waiting) is
 * kept in {@link PendingUpdates} and answered by the next instance to start. This is the
 * channel's one catch-and-log boundary: no update can stop the loop.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

	private final UpdateHandler handler;

	private final ChatIds ids;

	private final SeenUpdates seen;

	private final PendingUpdates pending;

	/**
	 * Ends the Bot API calls under way and refuses further ones, once the grace period is
	 * over.
	 */
	private final Runnable abandonCalls;

	private final Duration shutdownGrace;

	private final List<ThreadPoolExecutor> workers = new ArrayList<>();

	/** The update each worker is answering now, or null. */
	private final AtomicReferenceArray<Update> current;

	private final Counter repeats;

	/**
	 * A worker's task: one update, kept visible so that an unstarted one can be kept at
	 * shutdown.
	 */
	private record Job(UpdateDispatcher dispatcher, int worker, Update update) implements Runnable {

		@Override
		public void run() {
			dispatcher.handle(worker, update);
		}
	}

	UpdateDispatcher(UpdateHandler handler, ChatIds ids, TelegramSettings settings, SeenUpdates seen,
			PendingUpdates pending, Runnable abandonCalls, MeterRegistry meters) {
		this.handler = handler;
		this.ids = ids;
		this.seen = seen;
		this.pending = pending;
		this.abandonCalls = abandonCalls;
		this.shutdownGrace = settings.shutdownGrace();
		this.current = new AtomicReferenceArray<>(settings.workers());
		this.repeats = Counter.builder("chatbot.telegram.repeated.updates")
			.description("updates delivered again and not answered again")
			.register(meters);
		for (int i = 0; i < settings.workers(); i++) {
			String name = "telegram-worker-" + i;
			ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
					new ArrayBlockingQueue<>(settings.queuePerWorker()), task -> {
						Thread thread = new Thread(task, name);
						thread.setDaemon(true);
						return thread;
					});
			worker.prestartAllCoreThreads();
			workers.add(worker);
		}
	}

	/**
	 * Long polling: waits for room, so a burst slows the polling instead of losing
	 * updates.
	 */
	@Override
	public void consume(List<Update> updates) {
		for (Update update : updates) {
			if (!first(update)) {
				continue;
			}
			try {
				put(update);
			}
			catch (InterruptedException ex) {
				// Polling is stopping: the update was not taken, and Telegram will offer
				// it again.
				seen.release(update.getUpdateId());
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Webhook: true when the update is taken (or was taken before); false when the worker
	 * is full, so the webhook answers 503 and Telegram sends the update again.
	 */
	boolean offer(Update update) {
		if (!first(update)) {
			return true;
		}
		int worker = workerFor(update);
		try {
			workers.get(worker).execute(new Job(this, worker, update));
			return true;
		}
		catch (RejectedExecutionException ex) {
			seen.release(update.getUpdateId());
			return false;
		}
	}

	/**
	 * Answers the updates kept when an instance last stopped; call once the bot knows who
	 * it is.
	 */
	void resume() {
		List<Update> kept = pending.take();
		if (!kept.isEmpty()) {
			log.info("answering {} Telegram updates kept when the app last stopped", kept.size());
		}
		for (Update update : kept) {
			// Claimed so that a delivery of the same update from Telegram is not answered
			// a second time.
			seen.claim(update.getUpdateId());
			try {
				put(update);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private boolean first(Update update) {
		if (seen.claim(update.getUpdateId())) {
			return true;
		}
		repeats.increment();
		return false;
	}

	private void put(Update update) throws InterruptedException {
		int worker = workerFor(update);
		workers.get(worker).getQueue().put(new Job(this, worker, update));
	}

	private void handle(int worker, Update update) {
		current.set(worker, update);
		try {
			handler.handle(update);
		}
		catch (RuntimeException ex) {
			// The exception's message may quote the user's text: log where it failed, not
			// what it said.
			StackTraceElement[] trace = ex.getStackTrace();
			log.warn("update {} of chat {} failed: {} at {}", update.getUpdateId(), chatKey(update),
					ex.getClass().getName(), trace.length > 0 ? trace[0] : "?");
		}
		finally {
			current.set(worker, null);
		}
	}

	private int workerFor(Update update) {
		Long chat = chatId(update);
		long key = chat != null ? chat : update.getUpdateId();
		return (int) Math.floorMod(key, (long) workers.size());
	}

	private String chatKey(Update update) {
		Long chat = chatId(update);
		return chat == null ? "-" : ids.chat(chat);
	}

	private static Long chatId(Update update) {
		MaybeInaccessibleMessage message = update.hasMessage() ? update.getMessage() : update.hasEditedMessage()
				? update.getEditedMessage() : update.hasCallbackQuery() ? update.getCallbackQuery().getMessage() : null;
		return message == null || message.getChat() == null ? null : message.getChat().getId();
	}

	/**
	 * Lets the workers finish the updates they hold for up to {@code shutdownGrace} in
	 * all, then ends the Bot API calls still under way and keeps every update not
	 * answered (the ones being answered and the ones waiting) for the next start. An
	 * update being answered when time ran out may have got part of its reply.
	 */
	@Override
	public void close() {
		workers.forEach(ThreadPoolExecutor::shutdown);
		long deadline = System.nanoTime() + shutdownGrace.toNanos();
		boolean finished = true;
		try {
			for (ThreadPoolExecutor worker : workers) {
				finished &= worker.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			finished = false;
		}
		if (finished) {
			return;
		}
		List<Update> left = new ArrayList<>();
		for (int i = 0; i < workers.size(); i++) {
			Update answering = current.get(i);
			if (answering != null) {
				left.add(answering);
			}
			for (Runnable waiting : workers.get(i).shutdownNow()) {
				left.add(((Job) waiting).update());
			}
		}
		abandonCalls.run();
		left.sort(Comparator.comparing(Update::getUpdateId));
		int kept = pending.keep(left);
		log.warn("stopped with {} Telegram updates not answered: {} kept for the next start, {} lost", left.size(),
				kept, left.size() - kept);
	}

}
