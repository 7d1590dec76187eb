package org.lacreview.bot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads a text message as a command or a question, and decides whether the bot is
 * addressed. In a private chat it always is; in a group only by a command (not one for
 * another bot), a mention of its username, or a reply to one of its messages: the
 * conventions of Telegram's privacy mode.
 */
final class Addressing {

	private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\\s|$)");

	/** What a message asks of the bot. */
	sealed interface Request {

	}

	record Command(String name) implements Request {
	}

	record Question(String text) implements Request {
	}

	private Addressing() {
	}

	/**
	 * What {@code message} asks of the bot, or empty when it is not addressed to the bot.
	 */
	static Optional<Request> read(Message message, boolean group, Optional<BotIdentity.Me> me) {
		String text = message.getText().strip();
		Matcher command = COMMAND.matcher(text);
		if (command.find()) {
			String to = command.group(2);
			boolean forMe = to == null || me.map(m -> m.username().equalsIgnoreCase(to)).orElse(!group);
			return forMe ? Optional.of(new Command(command.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
		}
		if (!group) {
			return Optional.of(new Question(text));
		}
		if (me.isEmpty()) {
			return Optional.empty();
		}
		Pattern mention = Pattern.compile("@" + Pattern.quote(me.get().username()) + "\\b", Pattern.CASE_INSENSITIVE);
		boolean mentioned = mention.matcher(text).find();
		boolean repliesToMe = message.getReplyToMessage() != null && message.getReplyToMessage().getFrom() != null
				&& message.getReplyToMessage().getFrom().getId() == me.get().id();
		if (!mentioned && !repliesToMe) {
			return Optional.empty();
		}
		String question = mention.matcher(text).replaceAll(" ").strip();
		return question.isEmpty() ? Optional.of(new Command("help")) : Optional.of(new Question(question));
	}

}
