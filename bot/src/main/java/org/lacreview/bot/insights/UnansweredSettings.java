package org.lacreview.bot.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the unanswered-question log ({@code chatbot.unanswered.*}).
 *
 * @param retention how long a question is kept; older ones are deleted daily
 * @param queue questions waiting to be written; beyond it (a slow or absent database) new ones are dropped
 */
@ConfigurationProperties("chatbot.unanswered")
record UnansweredSettings(@DefaultValue("180d") Duration retention, @DefaultValue("10000") int queue) {
}
