package org.lacreview.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lacreview.bot.BotApplication;
import org.lacreview.index.corpus.CorpusException;
import org.lacreview.index.corpus.Location;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

class CorpusFailureAnalyzerTests {

	@Test
	void reportsEachCorpusErrorWithItsFileAndLine() {
		var analysis = new CorpusFailureAnalyzer().analyze(new IllegalStateException("wrapped"),
				new CorpusException(new Location("intents/meeting.yml", 12), "intent greeting has no answer"));
		assertThat(analysis.getDescription()).contains("intents/meeting.yml:12: error: intent greeting has no answer");
		assertThat(analysis.getAction()).contains("validate corpus");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theAppRefusesToStartOnAMissingCorpusAndSaysWhy(@TempDir Path dir, CapturedOutput output) {
		// Started as BotApplication.main starts it, with the bundled corpus built early
		// on its own thread.
		SpringApplication app = new SpringApplication(BotApplication.class);
		app.addInitializers(new org.lacreview.bot.corpus.EarlyBundledCorpus());
		assertThatThrownBy(() -> app.run("--server.port=0", "--server.address=127.0.0.1",
				"--chatbot.corpus=" + dir.resolve("nowhere")))
			.hasRootCauseInstanceOf(CorpusException.class);
		assertThat(output.getAll()).contains("The corpus cannot be served")
			.contains("nowhere: error: corpus directory not found");
	}

}
