package org.lacreview.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.lacreview.bot.chat.ChatService;
import org.lacreview.index.corpus.ChatCommand;
import org.lacreview.index.corpus.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Connects the bot once the app has started, on its own thread so that an unreachable
 * Telegram delays nothing else: learns who the bot is ({@code getMe}), registers the
 * command menu per language, then starts long polling or registers the webhook with its
 * secret; in between, answers the updates kept when an instance last stopped. Retries
 * until it succeeds or the app stops. On stop, polling ends first and then the updates
 * already received are answered, or kept for the next start (see
 * {@link UpdateDispatcher#close()}).
 */
class TelegramLauncher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramLauncher.class);

	/**
	 * The only updates the bot reads; channel posts and member changes are not even
	 * fetched.
	 */
	static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");

	private final TelegramSettings settings;

	private final TelegramSender sender;

	private final UpdateDispatcher dispatcher;

	private final BotIdentity identity;

	private final ChatService chat;

	private volatile boolean running;

	private Thread starter;

	private TelegramBotsLongPollingApplication polling;

	private final List<ScheduledExecutorService> pollers = new ArrayList<>();

	TelegramLauncher(TelegramSettings settings, TelegramSender sender, UpdateDispatcher dispatcher,
			BotIdentity identity, ChatService chat) {
		this.settings = settings;
		this.sender = sender;
		this.dispatcher = dispatcher;
		this.identity = identity;
		this.chat = chat;
	}

	/** The Bot API's address in the library's terms. */
	static TelegramUrl url(TelegramSettings settings) {
		String scheme = settings.apiUrl().getScheme();
		int port = settings.apiUrl().getPort() > 0 ? settings.apiUrl().getPort() : scheme.equals("https") ? 443 : 80;
		return new TelegramUrl(scheme, settings.apiUrl().getHost(), port, false);
	}

	@Override
	public synchronized void start() {
		running = true;
		starter = new Thread(this::connect, "telegram-start");
		starter.setDaemon(true);
		starter.start();
	}

	private void connect() {
		Optional<User> me = Optional.empty();
		while (running && me.isEmpty()) {
			me = sender.send(new GetMe());
			if (me.isEmpty() && !pause()) {
				return;
			}
		}
		if (me.isEmpty()) {
			return;
		}
		identity.set(new BotIdentity.Me(me.get().getId(), me.get().getUserName()));
		registerCommands(chat.corpus());
		dispatcher.resume();
		if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
			registerWebhook();
		}
		else {
			startPolling();
		}
	}

	/**
	 * The command menu in each language of the corpus, and in its default language for
	 * every other.
	 */
	private void registerCommands(Corpus corpus) {
		List<String> languages = corpus.info().languages();
		for (String language : languages) {
			sender.send(SetMyCommands.builder()
				.commands(menu(corpus, language))
				.scope(new BotCommandScopeDefault())
				.languageCode(language)
				.build());
		}
		sender.send(SetMyCommands.builder()
			.commands(menu(corpus, corpus.info().defaultLanguage()))
			.scope(new BotCommandScopeDefault())
			.build());
	}

	private static List<BotCommand> menu(Corpus corpus, String language) {
		List<BotCommand> menu = new ArrayList<>();
		for (ChatCommand command : corpus.telegram().commands()) {
			String name = command.names().get(language);
			Optional<String> description = command.description().in(language, List.of(corpus.info().defaultLanguage()));
			if (name != null && description.isPresent()) {
				menu.add(new BotCommand(name, description.get()));
			}
		}
		return menu;
	}

	private void registerWebhook() {
		SetWebhook webhook = SetWebhook.builder()
			.url(settings.webhookUrl())
			.secretToken(settings.webhookSecret())
			.allowedUpdates(UPDATES)
			.build();
		while (running) {
			Optional<Boolean> done = sender.call("setWebhook", Optional.empty(), c -> c.execute(webhook));
			if (done.orElse(false)) {
				log.info("Telegram webhook registered: {}", settings.webhookUrl());
				return;
			}
			if (!pause()) {
				return;
			}
		}
	}

	private void startPolling() {
		while (running) {
			TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
					new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), this::poller);
			try {
				// A lambda, not the dispatcher itself: the library closes its consumer on
				// unregister, and the
				// dispatcher must outlive a failed attempt.
				app.registerBot(settings.token(), () -> url(settings), new DefaultGetUpdatesGenerator(UPDATES),
						updates -> dispatcher.consume(updates));
				synchronized (this) {
					polling = app;
				}
				log.info("Telegram long polling started for @{}",
						identity.me().map(BotIdentity.Me::username).orElse("?"));
				return;
			}
			catch (TelegramApiException ex) {
				log.warn("Telegram long polling could not start: {}", settings.redact(ex.getMessage()));
				close(app);
			}
			if (!pause()) {
				return;
			}
		}
	}

	private synchronized ScheduledExecutorService poller() {
		ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "telegram-polling");
			thread.setDaemon(true);
			return thread;
		});
		pollers.add(poller);
		return poller;
	}

	/** Waits before the next try; false when the app is stopping. */
	private boolean pause() {
		try {
			Thread.sleep(settings.maxBackoff().toMillis());
			return running;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (starter != null) {
			starter.interrupt();
		}
		if (polling != null) {
			close(polling);
			polling = null;
		}
		pollers.forEach(ScheduledExecutorService::shutdownNow);
		pollers.clear();
		// No more updates come in (but through the webhook, which answers 503 from now
		// on, so Telegram retries):
		// let the workers finish answering the ones they hold, and keep the rest.
		dispatcher.close();
	}

	private static void close(TelegramBotsLongPollingApplication app) {
		try {
			app.close();
		}
		catch (Exception ex) {
			log.warn("Telegram long polling did not stop cleanly: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
