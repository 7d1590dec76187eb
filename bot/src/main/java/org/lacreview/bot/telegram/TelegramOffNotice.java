package org.lacreview.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once, at start-up, that the app runs without Telegram, so nobody wonders why the
 * bot is silent.
 */
@Component
@Conditional(TelegramTokenSet.Missing.class)
class TelegramOffNotice {

	private static final Logger log = LoggerFactory.getLogger(TelegramOffNotice.class);

	@EventListener(ApplicationReadyEvent.class)
	void tell() {
		log.info("Telegram is off: set TELEGRAM_BOT_TOKEN to start the Telegram bot");
	}

}
