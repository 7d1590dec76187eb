package org.lacreview.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacreview.bot.web.RateLimitSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class ChatSettingsTests {

	private static ChatSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("chatbot", ChatSettings.class);
	}

	@Test
	void theDefaultMemoryBudgetsTakeAtMostAFifthOfA256MegabyteHeap() {
		ChatSettings.Memory memory = bind(Map.of()).memory();
		DataSize buckets = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("chatbot.rate-limit", RateLimitSettings.class)
			.memory();
		long total = memory.conversations().toBytes() + memory.answers().toBytes() + memory.answered().toBytes()
				+ buckets.toBytes();
		assertThat(total).isLessThanOrEqualTo(DataSize.ofMegabytes(256).toBytes() / 5);
	}

	@Test
	void eachBudgetCanBeSetAndMustBePositive() {
		assertThat(bind(Map.of("chatbot.memory.answers", "1MB")).memory().answers()).isEqualTo(DataSize.ofMegabytes(1));
		assertThatThrownBy(() -> bind(Map.of("chatbot.memory.conversations", "0MB")))
			.hasRootCauseMessage("chatbot.memory budgets must be positive: 0B");
	}

}
