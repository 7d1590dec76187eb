package org.lacreview.bot.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web channel ({@code chatbot.web.*}).
 *
 * @param allowedOrigins origins of pages that may call the chat API from another site
 * (the widget embedded on the review's web page); empty means same-origin only
 * @param maxBody largest body of any request outside {@code /api/admin/} (chat, feedback,
 * the Telegram webhook, and every path that has no use for a body at all)
 * @param maxUploadBody largest raw body under {@code /api/admin/} (a corpus zip); keep it
 * equal to {@code chatbot.publishing.max-upload}
 * @param bodyDeadline time from the start of a request by which its body (outside
 * {@code /api/admin/}) must have arrived; a body still arriving then is answered 408
 * @param bodyReadTimeout longest wait for the next bytes of a body (Tomcat's
 * {@code connectionUploadTimeout})
 * @param maxInFlightPerClient requests one client (IPv4 address or IPv6 /64) may have in
 * progress at once; one more is answered 429 before its body is read; 0 switches the
 * limit off
 * @param maxConnectionsPerClient connections one client may hold open; one more is closed
 * when accepted; 0 switches the cap off. Neither limit applies to trusted proxies or
 * exempt addresses ({@code chatbot.rate-limit.*})
 */
@ConfigurationProperties("chatbot.web")
record WebSettings(@DefaultValue List<String> allowedOrigins, @DefaultValue("64KB") DataSize maxBody,
		@DefaultValue("10MB") DataSize maxUploadBody, @DefaultValue("10s") Duration bodyDeadline,
		@DefaultValue("5s") Duration bodyReadTimeout, @DefaultValue("16") int maxInFlightPerClient,
		@DefaultValue("64") int maxConnectionsPerClient) {

	WebSettings {
		allowedOrigins = List.copyOf(allowedOrigins);
		if (maxBody.toBytes() < 1 || maxUploadBody.toBytes() < 1 || bodyDeadline.isNegative() || bodyDeadline.isZero()
				|| bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
			throw new IllegalArgumentException("chatbot.web body sizes and times must be positive");
		}
	}
}
