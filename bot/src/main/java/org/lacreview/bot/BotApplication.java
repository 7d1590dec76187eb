package org.lacreview.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The chatbot: web chat API over the answer engine and the bundled corpus. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BotApplication {

	public static void main(String[] args) {
		SpringApplication.run(BotApplication.class, args);
	}
}
