package org.lacreview.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.lacreview.bot.support.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/** Without a token the app runs without Telegram and says so once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "chatbot.telegram.token=", TestCorpora.ON_MINI })
@ExtendWith(OutputCaptureExtension.class)
class TelegramOffTests {

	@Autowired
	ApplicationContext context;

	@Test
	void withoutATokenNoTelegramBeanExistsAndTheLogSaysSoOnce(CapturedOutput output) {
		assertThat(context.getBeanNamesForType(TelegramLauncher.class)).isEmpty();
		assertThat(context.getBeanNamesForType(UpdateDispatcher.class)).isEmpty();
		assertThat(output.getAll().split("Telegram is off", -1)).hasSize(2);
	}

}
