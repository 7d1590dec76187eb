package org.lacreview.bot.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of feedback ({@code chatbot.feedback.*}).
 *
 * @param capacity how many feedback entries are kept in memory (the oldest go first)
 * @param maxCommentLength longest comment accepted, in characters
 */
@ConfigurationProperties("chatbot.feedback")
public record FeedbackSettings(@DefaultValue("10000") int capacity, @DefaultValue("1000") int maxCommentLength) {
}
