package org.lacreview.bot.insights;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the unanswered-question log ({@code chatbot.unanswered.*}).
 *
 * @param retention how long a question is kept after it was last asked; older ones are
 * deleted daily
 * @param queue questions waiting to be written; beyond it (a slow or absent database) new
 * ones are dropped
 * @param maxLength longest text stored, in characters; longer questions are cut
 * @param maxGroups most distinct questions (by normalised text) kept; once reached, a
 * question not kept yet is dropped and counted in the meter
 * {@code chatbot.unanswered.dropped{reason=groups}}, while those kept go on counting
 * @param maxNewPerClient most questions not kept yet that one client (a web address or
 * IPv6 /64, a Telegram conversation) may add per {@code period}; beyond, they are dropped
 * and counted ({@code reason=client})
 * @param maxNewPerChannel most questions not kept yet that one channel (web, telegram)
 * may add per {@code period}, all clients together: a backstop for many clients at once;
 * beyond, they are dropped and counted ({@code reason=rate})
 * @param period the period of {@code maxNewPerClient} and {@code maxNewPerChannel}
 * @param maxClients most clients whose allowance is remembered; beyond, the least
 * recently seen are forgotten (and start again with a full allowance)
 * @param clientsMemory heap the clients' allowances may take; with {@code maxClients} it
 * bounds them by bytes and by count
 */
@ConfigurationProperties("chatbot.unanswered")
record UnansweredSettings(@DefaultValue("90d") Duration retention, @DefaultValue("10000") int queue,
		@DefaultValue("300") int maxLength, @DefaultValue("2000") int maxGroups,
		@DefaultValue("20") int maxNewPerClient, @DefaultValue("2000") int maxNewPerChannel,
		@DefaultValue("1h") Duration period, @DefaultValue("5000") int maxClients,
		@DefaultValue("3MB") DataSize clientsMemory) {

	UnansweredSettings {
		if (maxLength < 1 || maxGroups < 1 || maxNewPerClient < 1 || maxNewPerChannel < 1 || queue < 1 || maxClients < 1
				|| clientsMemory.toBytes() < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("chatbot.unanswered: max-length, max-groups, max-new-per-client,"
					+ " max-new-per-channel, queue, max-clients, clients-memory and period must be positive");
		}
	}
}
