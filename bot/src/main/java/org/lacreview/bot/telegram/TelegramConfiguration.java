package org.lacreview.bot.telegram;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;

import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram channel, wired only when a bot token is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramTokenSet.class)
class TelegramConfiguration {

	@Bean
	TelegramClient telegramClient(TelegramSettings settings) {
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(Duration.ofSeconds(30)).writeTimeout(Duration.ofSeconds(30)).build();
		return new OkHttpTelegramClient(new ObjectMapper(), http, settings.token(), TelegramLauncher.url(settings));
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
	TelegramSender telegramSender(TelegramClient client, TelegramSettings settings, MeterRegistry meters) {
		return new TelegramSender(client, settings, meters);
	}

	@Bean
	UpdateDispatcher updateDispatcher(ChatService chat, ChatSettings chatSettings, TelegramSender sender, ChatIds ids,
			BotIdentity identity, TelegramSettings settings) {
		ChatLanguages languages = new ChatLanguages(settings, chatSettings.maxSessions());
		return new UpdateDispatcher(new UpdateHandler(chat, chatSettings, sender, ids, languages, identity), ids, settings);
	}

	@Bean
	TelegramLauncher telegramLauncher(TelegramSettings settings, TelegramSender sender, UpdateDispatcher dispatcher,
			BotIdentity identity, ChatService chat) {
		return new TelegramLauncher(settings, sender, dispatcher, identity, chat);
	}
}
