package org.lacreview.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lacreview.bot.BotApplication;
import org.lacreview.bot.SecretTooShortException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A guessable admin token is refused at start-up, with a report that names the setting
 * and not the value.
 */
class AdminTokenStrengthTests {

	/** 31 characters: one short of the minimum. */
	private static final String SHORT = "short-admin-token-31-characters";

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theAppRefusesToStartWithAnAdminTokenShorterThan32Characters(CapturedOutput output) {
		assertThat(SHORT).hasSize(31);
		SpringApplication app = new SpringApplication(BotApplication.class);
		assertThatThrownBy(() -> app.run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:short-token;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--chatbot.admin.token=" + SHORT))
			.hasRootCauseInstanceOf(SecretTooShortException.class);
		assertThat(output.getAll()).contains("CHATBOT_ADMIN_TOKEN (chatbot.admin.token) is 31 characters long")
			.contains("at least 32")
			.contains("openssl rand -hex 24")
			.doesNotContain(SHORT);
	}

}
