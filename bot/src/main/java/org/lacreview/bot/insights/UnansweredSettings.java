package org.lacreview.bot.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the unanswered-question log ({@code chatbot.unanswered.*}).
 *
 * @param retention how long a question is kept after it was last asked; older ones are deleted daily
 * @param queue questions waiting to be written; beyond it (a slow or absent database) new ones are dropped
 * @param maxLength longest text stored, in characters; longer questions are cut
 * @param maxGroups most distinct questions (by normalised text) kept; once reached, a question not kept yet is
 *        dropped and counted in the meter {@code chatbot.unanswered.dropped{reason=groups}}, while those kept
 *        go on counting
 * @param maxNewPerChannel most questions not kept yet that one channel (web, telegram) may add per
 *        {@code period}; beyond, they are dropped and counted ({@code reason=rate})
 * @param period the period of {@code maxNewPerChannel}
 */
@ConfigurationProperties("chatbot.unanswered")
record UnansweredSettings(@DefaultValue("90d") Duration retention, @DefaultValue("10000") int queue,
		@DefaultValue("300") int maxLength, @DefaultValue("2000") int maxGroups,
		@DefaultValue("300") int maxNewPerChannel, @DefaultValue("1h") Duration period) {

	UnansweredSettings {
		if (maxLength < 1 || maxGroups < 1 || maxNewPerChannel < 1 || queue < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException(
					"chatbot.unanswered: max-length, max-groups, max-new-per-channel, queue and period must be positive");
		}
	}
}
