package org.lacreview.bot.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of feedback ({@code chatbot.feedback.*}).
 *
 * @param maxCommentLength longest comment accepted, in characters
 * @param retention how long feedback is kept; older entries are deleted daily
 */
@ConfigurationProperties("chatbot.feedback")
public record FeedbackSettings(@DefaultValue("1000") int maxCommentLength, @DefaultValue("90d") Duration retention) {
}
