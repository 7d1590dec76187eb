package org.lacreview.bot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API within Telegram's limits: about one message per second per chat and
 * 30 per second in all (token buckets), waiting {@code retry_after} on a 429 and backing
 * off on network errors and 5xx. It blocks the calling Telegram worker, never a web
 * request. A 4xx other than 429 (the user blocked the bot, a bad request) is not retried.
 * Once {@link #abandon() abandoned} (the app stops), calls under way end and no call is
 * made or retried.
 */
class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

	private final TelegramClient client;

	private final TelegramSettings settings;

	private final Bucket overall;

	/** One bucket per chat key, dropped once the chat has been quiet for a minute. */
	private final Cache<String, Bucket> perChat = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	private final Counter throttled;

	private final Counter failures;

	/** Ends the HTTP calls under way. */
	private final Runnable cancelCalls;

	private volatile boolean abandoned;

	/**
	 * @param cancelCalls ends the HTTP calls {@code client} has under way, so that their
	 * threads return
	 */
	TelegramSender(TelegramClient client, TelegramSettings settings, MeterRegistry meters, Runnable cancelCalls) {
		this.client = client;
		this.cancelCalls = cancelCalls;
		this.settings = settings;
		this.throttled = Counter.builder("chatbot.telegram.throttled")
			.description("429 answers from Telegram")
			.register(meters);
		this.failures = Counter.builder("chatbot.telegram.send.failures")
			.description("Bot API calls that failed (each try) or were refused")
			.register(meters);
		this.overall = Bucket.builder()
			.addLimit(limit -> limit.capacity(settings.perSecond())
				.refillGreedy(settings.perSecond(), Duration.ofSeconds(1)))
			.build();
	}

	/** One call to the Bot API. */
	@FunctionalInterface
	interface Call<T> {

		T on(TelegramClient client) throws TelegramApiException;

	}

	/**
	 * Sends a message to the chat {@code chatKey} names, after that chat's and the
	 * overall limit allow it.
	 */
	<T extends Serializable> Optional<T> toChat(String chatKey, BotApiMethod<T> method) {
		return call(method.getMethod(), Optional.of(chatKey), c -> c.execute(method));
	}

	/**
	 * Makes a call that is not a message to a chat (answering a button, registering
	 * commands).
	 */
	<T extends Serializable> Optional<T> send(BotApiMethod<T> method) {
		return call(method.getMethod(), Optional.empty(), c -> c.execute(method));
	}

	/**
	 * Makes {@code call}, retrying as Telegram asks; empty when Telegram refused it or
	 * every try failed.
	 * @param what the method's name, for the log
	 */
	<T> Optional<T> call(String what, Optional<String> chatKey, Call<T> call) {
		for (int attempt = 1;; attempt++) {
			if (abandoned) {
				return Optional.empty();
			}
			Duration wait;
			try {
				throttle(chatKey);
				return Optional.ofNullable(call.on(client));
			}
			catch (TelegramApiRequestException ex) {
				int code = ex.getErrorCode() == null ? 0 : ex.getErrorCode();
				if (code == 429) {
					throttled.increment();
					Integer retryAfter = ex.getParameters() == null ? null : ex.getParameters().getRetryAfter();
					wait = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
					log.info("Telegram asked to slow down on {} (429); retrying in {} s", what, wait.toSeconds());
				}
				else if (code == 0 || code >= 500) {
					failures.increment();
					wait = backoff(attempt);
					log.warn("Telegram {} failed ({}); try {} of {}", what, redacted(ex), attempt,
							settings.sendAttempts());
				}
				else {
					failures.increment();
					log.warn("Telegram refused {} for chat {}: {}", what, chatKey.orElse("-"), redacted(ex));
					return Optional.empty();
				}
			}
			catch (TelegramApiException ex) {
				failures.increment();
				wait = backoff(attempt);
				log.warn("Telegram {} failed ({}); try {} of {}", what, redacted(ex), attempt, settings.sendAttempts());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
			if (attempt >= settings.sendAttempts()) {
				log.warn("gave up on Telegram {} for chat {} after {} tries", what, chatKey.orElse("-"), attempt);
				return Optional.empty();
			}
			if (!sleep(wait)) {
				return Optional.empty();
			}
		}
	}

	/**
	 * Ends the calls under way and refuses every further one: the app is stopping and
	 * will not wait for them.
	 */
	void abandon() {
		abandoned = true;
		cancelCalls.run();
	}

	private void throttle(Optional<String> chatKey) throws InterruptedException {
		if (chatKey.isPresent()) {
			perChat
				.get(chatKey.get(),
						k -> Bucket.builder()
							.addLimit(limit -> limit.capacity(1).refillGreedy(1, settings.perChatInterval()))
							.build())
				.asBlocking()
				.consume(1);
		}
		overall.asBlocking().consume(1);
	}

	private Duration backoff(int attempt) {
		Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 16));
		return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
	}

	/**
	 * The exception's message with anything secret blanked, and its cause when it is the
	 * real reason.
	 */
	private String redacted(TelegramApiException ex) {
		String message = ex.getMessage();
		if (ex.getCause() != null) {
			message += ": " + ex.getCause().getClass().getSimpleName() + " " + ex.getCause().getMessage();
		}
		return settings.redact(message);
	}

	private static boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
