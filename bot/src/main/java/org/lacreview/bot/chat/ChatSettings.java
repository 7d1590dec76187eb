package org.lacreview.bot.chat;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the chat service ({@code chatbot.*} in {@code config/application.yml}).
 *
 * @param corpus the corpus directory, relative to the working directory
 * @param maxMessageLength longest question accepted, in characters
 * @param maxSessions conversations remembered at once; the least recently used is forgotten first
 * @param sessionIdle how long an idle conversation is remembered
 * @param answerCache replies kept for questions asked again in the same state (0: none)
 */
@ConfigurationProperties("chatbot")
public record ChatSettings(@DefaultValue("corpus") Path corpus, @DefaultValue("1000") int maxMessageLength,
		@DefaultValue("100000") int maxSessions, @DefaultValue("30m") Duration sessionIdle,
		@DefaultValue("10000") int answerCache) {

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
}
