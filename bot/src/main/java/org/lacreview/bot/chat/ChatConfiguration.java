package org.lacreview.bot.chat;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the chat service and where conversations are remembered. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	@ConditionalOnProperty(name = "chatbot.context.store", havingValue = "memory", matchIfMissing = true)
	ConversationStore conversationStore(ChatSettings settings) {
		return new InMemoryConversationStore(settings);
	}

	@Bean
	@ConditionalOnProperty(name = "chatbot.context.store", havingValue = "database")
	ConversationStore sharedConversationStore(JdbcClient jdbc, ChatSettings settings) {
		return new JdbcConversationStore(jdbc, settings, Clock.systemUTC());
	}

	@Bean
	ChatService chatService(LiveEngine engine, ConversationStore conversations, List<QuestionLog> logs,
			MeterRegistry meters, ChatSettings settings) {
		// Every log hears every question (the unanswered log, the dashboard's counts);
		// each returns at once.
		QuestionLog questions = (asker, question, answer) -> logs.forEach(log -> log.answered(asker, question, answer));
		return new ChatService(engine, conversations, questions, new ChatMetrics(meters, engine), settings);
	}

}
