package org.lacreview.bot.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web channel ({@code chatbot.web.*}).
 *
 * @param allowedOrigins origins of pages that may call the chat API from another site (the widget embedded on
 * the review's web page); empty means same-origin only
 * @param maxBody largest body read by the chat and feedback endpoints and the Telegram webhook
 */
@ConfigurationProperties("chatbot.web")
record WebSettings(@DefaultValue List<String> allowedOrigins, @DefaultValue("64KB") DataSize maxBody) {
}
