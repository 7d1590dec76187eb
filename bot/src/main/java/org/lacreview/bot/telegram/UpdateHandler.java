package org.lacreview.bot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lacreview.bot.chat.Asker;
import org.lacreview.bot.chat.ChatService;
import org.lacreview.bot.chat.ChatSettings;
import org.lacreview.index.LanguageHints;
import org.lacreview.index.corpus.ChatCommand;
import org.lacreview.index.corpus.Corpus;
import org.lacreview.index.corpus.Localized;
import org.lacreview.index.corpus.TelegramTexts;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The Telegram channel's adapter: reads one update, asks the chat service (the same
 * engine and conversation context as the web chat) and sends the reply. Every sentence
 * comes from the live corpus.
 */
class UpdateHandler {

	/** This channel's name in the unanswered-question log. */
	private static final String CHANNEL = "telegram";

	private final ChatService chat;

	private final TelegramSender sender;

	private final ChatIds ids;

	private final ChatLanguages languages;

	private final BotIdentity identity;

	private final int maxQuestionLength;

	private final ReplyRenderer renderer = new ReplyRenderer();

	private final Votes votes;

	UpdateHandler(ChatService chat, ChatSettings settings, TelegramSender sender, ChatIds ids, ChatLanguages languages,
			BotIdentity identity, Votes votes) {
		this.votes = votes;
		this.chat = chat;
		this.maxQuestionLength = settings.maxMessageLength();
		this.sender = sender;
		this.ids = ids;
		this.languages = languages;
		this.identity = identity;
	}

	void handle(Update update) {
		if (update.hasCallbackQuery()) {
			pressed(update.getCallbackQuery());
			return;
		}
		boolean edited = update.hasEditedMessage();
		Message message = edited ? update.getEditedMessage() : update.getMessage();
		if (message == null || message.getChat() == null || message.isChannelMessage()
				|| (message.getFrom() != null && Boolean.TRUE.equals(message.getFrom().getIsBot()))) {
			return;
		}
		Turn turn = Turn.of(message.getChat(), message.getFrom(), message.getMessageId(), ids);
		if (edited || !message.hasText()) {
			if (!turn.group()) {
				say(turn, corpus().telegram().textOnly(), null);
			}
			return;
		}
		Addressing.read(message, turn.group(), identity.me()).ifPresent(request -> {
			if (request instanceof Addressing.Command command) {
				command(turn, command.name());
			}
			else if (request instanceof Addressing.Question question) {
				ask(turn, question.text());
			}
		});
	}

	private void command(Turn turn, String name) {
		TelegramTexts texts = corpus().telegram();
		if (name.equals("start")) {
			String lang = language(turn);
			List<String> questions = texts.welcomeSuggestions()
				.stream()
				.map(intent -> corpus().intent(intent)
					.flatMap(i -> i.firstExample(lang).or(() -> i.firstExample(corpus().info().defaultLanguage()))))
				.flatMap(Optional::stream)
				.toList();
			say(turn, texts.welcome(), Buttons.questions(questions));
			return;
		}
		Optional<ChatCommand> command = texts.command(name);
		if (command.isPresent() && command.get().intent().isPresent()) {
			reply(turn, chat.askTopic(turn.session(), command.get().intent().get(), language(turn)));
		}
		else if (command.isPresent() && command.get().action().equals(Optional.of("language"))) {
			say(turn, texts.chooseLanguage(), Buttons.languages(chat.languages(), texts.languageNames()));
		}
		else {
			help(turn, texts);
		}
	}

	private void help(Turn turn, TelegramTexts texts) {
		String lang = language(turn);
		String commands = texts.commands()
			.stream()
			.map(c -> "/" + c.names().getOrDefault(lang, c.names().values().iterator().next()) + " — "
					+ text(c.description(), lang))
			.collect(Collectors.joining("\n"));
		send(turn, renderer.text(turn, text(texts.help(), lang) + "\n\n" + commands, null));
	}

	private void ask(Turn turn, String text) {
		// A Telegram message can be four times longer than a web question; the rest adds
		// nothing to one question.
		String question = text.length() > maxQuestionLength ? text.substring(0, maxQuestionLength) : text;
		// The session stands for the client: a keyed hash, one per private chat and per
		// member of a group.
		// The language picked with the language command is the reply's; the app's only a
		// hint: a question is
		// always understood in the language it is written in.
		LanguageHints hints = new LanguageHints(languages.chosen(turn.session()),
				turn.appLanguage().filter(chat.languages()::contains));
		reply(turn, chat.ask(new Asker(CHANNEL, turn.session()), turn.session(), question, hints));
	}

	private void pressed(CallbackQuery press) {
		if (!(press.getMessage() instanceof Message message) || message.getChat() == null) {
			sender.send(AnswerCallbackQuery.builder().callbackQueryId(press.getId()).build());
			return;
		}
		Turn turn = Turn.of(message.getChat(), press.getFrom(), null, ids);
		Optional<Buttons.Vote> vote = Buttons.vote(press);
		// Stop the button's spinner first, whatever the press leads to; a vote's thanks
		// shows as Telegram's toast.
		sender.send(AnswerCallbackQuery.builder()
			.callbackQueryId(press.getId())
			.text(vote.filter(votes::record)
				.flatMap(v -> corpus().telegram().feedback())
				.map(f -> text(f.thanks(), language(turn)))
				.orElse(null))
			.build());
		if (vote.isPresent()) {
			return;
		}
		Optional<String> language = Buttons.language(press).filter(chat.languages()::contains);
		if (language.isPresent()) {
			languages.choose(turn.session(), language.get());
			say(turn, corpus().telegram().languageChosen(), null);
			return;
		}
		Buttons.question(press).ifPresent(question -> ask(turn, question));
	}

	private void reply(Turn turn, ChatService.Answered answered) {
		send(turn, renderer.answer(turn, answered.answer(), corpus(), Optional.of(answered.messageId())));
	}

	private void say(Turn turn, Localized text, InlineKeyboardMarkup buttons) {
		send(turn, renderer.text(turn, text(text, language(turn)), buttons));
	}

	private void send(Turn turn, List<SendMessage> messages) {
		for (SendMessage message : messages) {
			if (sender.toChat(turn.chatKey(), message).isEmpty()) {
				return;
			}
		}
	}

	/**
	 * The language to speak in: the one picked, else the app's, else the corpus's
	 * default.
	 */
	private String language(Turn turn) {
		return languages.chosen(turn.session())
			.or(() -> turn.appLanguage().filter(chat.languages()::contains))
			.orElse(corpus().info().defaultLanguage());
	}

	private String text(Localized text, String lang) {
		return text.in(lang, corpus().info().fallbacksFor(lang))
			.or(() -> text.in(corpus().info().defaultLanguage(), List.of()))
			.orElse("");
	}

	private Corpus corpus() {
		return chat.corpus();
	}

}
