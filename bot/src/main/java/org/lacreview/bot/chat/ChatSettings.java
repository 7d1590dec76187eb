package org.lacreview.bot.chat;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the chat service ({@code chatbot.*} in {@code config/application.yml}).
 *
 * @param corpus the corpus directory, relative to the working directory
 * @param maxMessageLength longest question accepted, in characters
 * @param maxSessions conversations remembered at once; the least recently used is
 * forgotten first
 * @param sessionIdle how long an idle conversation is remembered
 * @param answerCache replies kept for questions asked again in the same state (0: none)
 * @param memory the heap what is kept per visitor may take, whatever the counts above
 * allow
 */
@ConfigurationProperties("chatbot")
public record ChatSettings(@DefaultValue("corpus") Path corpus, @DefaultValue("1000") int maxMessageLength,
		@DefaultValue("100000") int maxSessions, @DefaultValue("30m") Duration sessionIdle,
		@DefaultValue("10000") int answerCache, @DefaultValue Memory memory) {

	public ChatSettings {
		if (maxMessageLength < 1) {
			throw new IllegalArgumentException("chatbot.max-message-length must be positive: " + maxMessageLength);
		}
		if (answerCache < 0) {
			throw new IllegalArgumentException("chatbot.answer-cache must not be negative: " + answerCache);
		}
		if (maxSessions < 1) {
			throw new IllegalArgumentException("chatbot.max-sessions must be positive: " + maxSessions);
		}
	}

	/**
	 * Heap budgets ({@code chatbot.memory.*}), estimated from what each entry holds (see
	 * {@link Footprint}). A flood of new sessions with long questions then evicts the
	 * least used entries instead of filling the heap (issue 11: 35,000 such requests
	 * filled 256 MB). Together with the rate limiter's
	 * ({@code chatbot.rate-limit.memory}) the defaults take 24 MB at most, small enough
	 * for the process to stay under 256 MiB of RSS (issue 15; BENCHMARKS.md "Fast and
	 * light", fifth session).
	 *
	 * @param conversations conversation context in memory
	 * ({@code chatbot.context.store=memory})
	 * @param answers the answer cache ({@code chatbot.answer-cache})
	 * @param answered recent answers by message id, for attributing feedback
	 */
	public record Memory(@DefaultValue("8MB") DataSize conversations, @DefaultValue("4MB") DataSize answers,
			@DefaultValue("4MB") DataSize answered) {

		public Memory {
			for (DataSize budget : new DataSize[] { conversations, answers, answered }) {
				if (budget.toBytes() < 1) {
					throw new IllegalArgumentException("chatbot.memory budgets must be positive: " + budget);
				}
			}
		}
	}
}
