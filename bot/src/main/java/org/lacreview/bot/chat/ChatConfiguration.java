package org.lacreview.bot.chat;

import org.lacreview.index.AnswerEngine;
import org.lacreview.index.corpus.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the corpus at start-up and wires the chat service. A corpus with errors stops the start. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChatConfiguration.class);

	@Bean
	LiveEngine liveEngine(ChatSettings settings) {
		long start = System.nanoTime();
		var loaded = CorpusLoader.loadWithWarnings(settings.corpus());
		loaded.warnings().forEach(w -> log.warn("corpus: {}", w));
		AnswerEngine engine = AnswerEngine.build(loaded.corpus());
		log.info("corpus {} loaded: {} intents, {} examples, {} sections in {} ms", settings.corpus().toAbsolutePath(),
				loaded.corpus().intents().size(), loaded.corpus().exampleCount(), loaded.corpus().sections().size(),
				(System.nanoTime() - start) / 1_000_000);
		return new LiveEngine(engine);
	}

	@Bean
	ConversationStore conversationStore(ChatSettings settings) {
		return new InMemoryConversationStore(settings);
	}

	@Bean
	ChatService chatService(LiveEngine engine, ConversationStore conversations, ChatSettings settings) {
		return new ChatService(engine, conversations, settings);
	}
}
