package org.lacreview.bot.telegram;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;

import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.lacreview.bot.feedback.FeedbackStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram channel, wired only when a bot token is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramTokenSet.class)
class TelegramConfiguration {

	/**
	 * The HTTP client of Bot API calls, in a wrapper: no other part of the app should
	 * pick it up by type.
	 */
	record TelegramHttp(OkHttpClient client) {
	}

	@Bean
	TelegramHttp telegramHttp() {
		return new TelegramHttp(new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(Duration.ofSeconds(30))
			.writeTimeout(Duration.ofSeconds(30))
			.build());
	}

	@Bean
	TelegramClient telegramClient(TelegramSettings settings, TelegramHttp http) {
		return new OkHttpTelegramClient(new ObjectMapper(), http.client(), settings.token(),
				TelegramLauncher.url(settings));
	}

	@Bean
	ChatIds chatIds(TelegramSettings settings) {
		return new ChatIds(settings.token());
	}

	@Bean
	BotIdentity botIdentity() {
		return new BotIdentity();
	}

	@Bean
	TelegramSender telegramSender(TelegramClient client, TelegramSettings settings, MeterRegistry meters,
			TelegramHttp http) {
		return new TelegramSender(client, settings, meters, http.client().dispatcher()::cancelAll);
	}

	/** One instance: the update ids it took in lately. */
	@Bean
	@ConditionalOnProperty(name = "chatbot.context.store", havingValue = "memory", matchIfMissing = true)
	SeenUpdates recentUpdates(TelegramSettings settings) {
		return new RecentUpdates(settings.rememberedUpdates());
	}

	/**
	 * Several instances behind one webhook URL: the ids all of them took in, in the
	 * shared database.
	 */
	@Bean
	@ConditionalOnProperty(name = "chatbot.context.store", havingValue = "database")
	SharedSeenUpdates sharedSeenUpdates(JdbcClient jdbc) {
		return new SharedSeenUpdates(jdbc, Clock.systemUTC());
	}

	@Bean
	PendingUpdates pendingUpdates(JdbcClient jdbc) {
		return new PendingUpdates(jdbc, Clock.systemUTC());
	}

	@Bean
	UpdateDispatcher updateDispatcher(ChatService chat, ChatSettings chatSettings, TelegramSender sender, ChatIds ids,
			BotIdentity identity, TelegramSettings settings, SeenUpdates seen, PendingUpdates pending,
			MeterRegistry meters, FeedbackStore feedback) {
		ChatLanguages languages = new ChatLanguages(settings, chatSettings.maxSessions());
		Votes votes = new Votes(chat, feedback, Clock.systemUTC());
		return new UpdateDispatcher(new UpdateHandler(chat, chatSettings, sender, ids, languages, identity, votes), ids,
				settings, seen, pending, sender::abandon, meters);
	}

	@Bean
	TelegramLauncher telegramLauncher(TelegramSettings settings, TelegramSender sender, UpdateDispatcher dispatcher,
			BotIdentity identity, ChatService chat) {
		return new TelegramLauncher(settings, sender, dispatcher, identity, chat);
	}

}
