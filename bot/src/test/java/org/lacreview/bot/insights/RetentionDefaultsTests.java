package org.lacreview.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.feedback.FeedbackSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * Unanswered questions and feedback are kept 90 days, by default and in the shipped
 * settings.
 */
class RetentionDefaultsTests {

	@Test
	void withoutSettingsQuestionsAndFeedbackAreKept90Days() {
		Binder nothingSet = new Binder(new MapConfigurationPropertySource());
		assertThat(nothingSet.bindOrCreate("chatbot.unanswered", UnansweredSettings.class).retention())
			.isEqualTo(Duration.ofDays(90));
		assertThat(nothingSet.bindOrCreate("chatbot.feedback", FeedbackSettings.class).retention())
			.isEqualTo(Duration.ofDays(90));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theShippedConfigurationKeepsThem90DaysToo() throws Exception {
		// The tests run in the repository root, where the deployment's settings are.
		try (Reader reader = Files.newBufferedReader(Path.of("config", "application.yml"))) {
			Map<String, Object> chatbot = (Map<String, Object>) new Yaml().<Map<String, Object>>load(reader)
				.get("chatbot");
			assertThat(((Map<String, Object>) chatbot.get("unanswered")).get("retention")).isEqualTo("90d");
			assertThat(((Map<String, Object>) chatbot.get("feedback")).get("retention")).isEqualTo("90d");
		}
	}

}
