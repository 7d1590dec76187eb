package org.lacreview.bot;

import org.lacreview.bot.corpus.EarlyBundledCorpus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The chatbot: web chat, Telegram and staff tools over the answer engine and the
 * published corpus.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
// No user store: staff authenticate with the admin token (see bot.admin), nobody else
// needs to.
public class BotApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(BotApplication.class);
		app.addInitializers(new EarlyBundledCorpus());
		app.run(args);
	}

}
