package org.lacreview.bot.privacy;

import org.lacreview.bot.chat.LiveEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The redactor, reading its name-introducing phrases from the corpus being served. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	@Bean
	Redactor redactor(LiveEngine engine) {
		return new Redactor(() -> engine.current().corpus());
	}

}
