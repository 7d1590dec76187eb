package org.lacreview.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Hands updates to a few named worker threads, always the same worker for one chat, so that a chat's
 * messages are answered in order while a slow chat (waiting out its rate limit) does not hold up the others
 * on other workers. This is the channel's one catch-and-log boundary: no update can stop the loop.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

	private final UpdateHandler handler;

	private final ChatIds ids;

	private final List<ThreadPoolExecutor> workers = new ArrayList<>();

	UpdateDispatcher(UpdateHandler handler, ChatIds ids, TelegramSettings settings) {
		this.handler = handler;
		this.ids = ids;
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

	/** Long polling: waits for room, so a burst slows the polling instead of losing updates. */
	@Override
	public void consume(List<Update> updates) {
		for (Update update : updates) {
			try {
				workerFor(update).getQueue().put(() -> handle(update));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Webhook: false when the worker is full, so the webhook answers 503 and Telegram sends the update again. */
	boolean offer(Update update) {
		try {
			workerFor(update).execute(() -> handle(update));
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	private void handle(Update update) {
		try {
			handler.handle(update);
		}
		catch (RuntimeException ex) {
			// The exception's message may quote the user's text: log where it failed, not what it said.
			StackTraceElement[] trace = ex.getStackTrace();
			log.warn("update {} of chat {} failed: {} at {}", update.getUpdateId(), chatKey(update),
					ex.getClass().getName(), trace.length > 0 ? trace[0] : "?");
		}
	}

	private ThreadPoolExecutor workerFor(Update update) {
		Long chat = chatId(update);
		long key = chat != null ? chat : update.getUpdateId();
		return workers.get((int) Math.floorMod(key, (long) workers.size()));
	}

	private String chatKey(Update update) {
		Long chat = chatId(update);
		return chat == null ? "-" : ids.chat(chat);
	}

	private static Long chatId(Update update) {
		MaybeInaccessibleMessage message = update.hasMessage() ? update.getMessage()
				: update.hasEditedMessage() ? update.getEditedMessage()
				: update.hasCallbackQuery() ? update.getCallbackQuery().getMessage() : null;
		return message == null || message.getChat() == null ? null : message.getChat().getId();
	}

	/** Lets the workers finish the updates they hold, for up to 10 seconds. */
	@Override
	public void close() {
		workers.forEach(ThreadPoolExecutor::shutdown);
		for (ThreadPoolExecutor worker : workers) {
			try {
				if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
					worker.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				worker.shutdownNow();
			}
		}
	}
}
